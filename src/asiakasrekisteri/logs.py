"""The diagnostic log: one rotating file in the user log directory, a logger per area.

Every module logs through ``logging.getLogger(__name__)``, so a line names its area
(``asiakasrekisteri.storage.db``, ``asiakasrekisteri.services.invoicing``, ``…ui``). The
program's entry points call :func:`configure_logging` once; importing this module does
nothing.

No personal data in the log: write ids, counts, durations, schema versions and the kind
of an error, never a name, an address, an e-mail address, a phone number, a business id
or any other value a user typed. The log is sent to whoever helps with a fault, and the
register's own protections (private file, anonymisation, deletion) do not reach it.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from asiakasrekisteri.paths import log_dir

LOG_FILE_NAME = "asiakasrekisteri.log"
ROOT_LOGGER = "asiakasrekisteri"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLER_NAME = "asiakasrekisteri-file"


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the program's log to a rotating file (1 MiB × 5); returns the file's path.

    Calling it again changes only the level, or moves the log when :func:`log_dir` now
    names another folder; there is never a second file handler.
    """
    path = (log_dir() / LOG_FILE_NAME).absolute()
    logger = logging.getLogger(ROOT_LOGGER)
    logger.setLevel(level)
    for handler in list(logger.handlers):
        if handler.get_name() != _HANDLER_NAME:
            continue
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
        logger.removeHandler(handler)
        handler.close()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger.addHandler(handler)
    return path
