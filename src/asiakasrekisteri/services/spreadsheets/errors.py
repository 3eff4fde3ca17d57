"""The error of a file that cannot be imported at all."""

from __future__ import annotations

from asiakasrekisteri.domain.errors import ValidationError


class ImportFileError(ValidationError):
    """The file as a whole cannot be imported; nothing was changed.

    Raised for: a missing or unreadable file, a file that is not a spreadsheet, an
    encrypted workbook, an empty sheet, no recognisable header row, a sheet name that
    does not exist, a file over one of the limits of :mod:`.limits`. ``message`` is a
    plain sentence for the user.
    """

    code = "import.file"
    template = "The file cannot be imported."


__all__ = ["ImportFileError"]
