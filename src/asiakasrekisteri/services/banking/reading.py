"""One entry for every bank file: which reader it needs, and the refusal of anything else."""

from __future__ import annotations

from pathlib import Path

from asiakasrekisteri.domain.bank_payments import BankFile, BankFileError
from asiakasrekisteri.domain.reference_payment_file import is_reference_file, read_reference_file
from asiakasrekisteri.services.banking.camt import is_camt, read_camt

MAX_FILE_SIZE = 200 * 1024 * 1024
"""A bank's file of a day is a few megabytes; a file larger than this is not one."""


def read_bank_file(data: bytes) -> BankFile:
    """Read a camt.054/053 file or a reference payment file, whichever ``data`` is.

    Raises:
        BankFileError: Empty, of another kind, or damaged.
    """
    if not data.strip():
        raise BankFileError("The file is empty.", code="bank_file.empty")
    if is_camt(data):
        return read_camt(data)
    if is_reference_file(data):
        return read_reference_file(data)
    raise BankFileError(
        "The file is neither a camt.054 or camt.053 XML file nor a reference payment file "
        "(viitesiirto).",
        code="bank_file.unknown",
    )


def load_bank_file(path: Path) -> bytes:
    """The bytes of the file at ``path``.

    Raises:
        BankFileError: Too large to be a bank file.
        OSError: It cannot be read.
    """
    size = path.stat().st_size
    if size > MAX_FILE_SIZE:
        raise BankFileError(
            "The file is {size} MB, too large for a bank payment file.",
            code="bank_file.too_large",
            size=size // (1024 * 1024),
        )
    return path.read_bytes()


def looks_like_bank_file(path: Path) -> bool:
    """Whether a file starts like one the readers take (for drops on the window)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if is_reference_file(head):
        return True
    return is_camt(head) and (b"camt.05" in head or b"BkToCstmr" in head)
