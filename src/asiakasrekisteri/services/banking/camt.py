"""ISO 20022 camt.054 notifications and camt.053 statements, read with lxml.

Finnish banks report incoming reference payments as one booked credit entry (``Ntry``,
bank transaction code ``705 VIITESIIRROT``, family ``RCDT``) holding the whole batch, with
one ``TxDtls`` per payment::

    Ntry  Amt Ccy, CdtDbtInd CRDT, Sts BOOK (Sts/Cd BOOK from version .05 on),
          BookgDt/Dt, ValDt/Dt, AcctSvcrRef, RvslInd, BkTxCd/Prtry/Cd,
          NtryDtls/Btch/NbOfTxs
      TxDtls  Refs/AcctSvcrRef            archive id of the payment
              AmtDtls/TxAmt/Amt Ccy       its amount (or TxDtls/Amt from .04 on)
              CdtDbtInd                   from .04 on; the entry's when absent
              RltdPties/Dbtr/Nm           payer (Dbtr/Pty/Nm from .08 on)
              RmtInf/Strd/CdtrRefInf/Ref  reference, national or RF, maybe zero-padded
              RmtInf/Ustrd                free text
              RltdDts/AccptncDtTm         when the payer paid

The reader follows element names in the document's own namespace, whatever its version
(.02, .04, .08 and the rest read alike), and takes every ``TxDtls`` of an entry. Only
booked credit entries are payments in; a reversal (``RvslInd``) is a correction, never
settled. The file checks itself: an entry's payments must add up to the entry and be as
many as its batch says, and the report's summary (``TxsSummry``) must count and add up
its entries.

A file of 10,000 payments asks for each field 10,000 times, and every element lxml hands
to Python costs a wrapper object: the fields are taken out by one XSLT pass in C, as tab-
separated lines (:func:`_stylesheet`), and only those lines are read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from lxml import etree

from asiakasrekisteri.domain.bank_payments import (
    BankFile,
    BankFileError,
    BankFileFormat,
    FallbackArchiveIds,
    IncomingPayment,
    SkippedEntry,
    SkipReason,
)
from asiakasrekisteri.domain.money import ZERO

__all__ = ["is_camt", "read_camt"]

_MESSAGES = {
    "BkToCstmrDbtCdtNtfctn": BankFileFormat.CAMT054,
    "BkToCstmrStmt": BankFileFormat.CAMT053,
}
_CENT = Decimal("0.01")
_TRUE = ("true", "1")

# The stylesheet writes one line a page header (M), report (R), entry (E) and payment
# (T): the values of the XPath expressions below, relative to the element, separated by
# tabs. Every value has its white space normalised, so none holds a tab or a line break.
# Element names are put in the document's namespace when the stylesheet is made.
_PAGE_FIELDS = ("PgNb", "LastPgInd")
# An element's value is all the text inside it: ``Sts`` is "BOOK" as ``<Sts>BOOK</Sts>``
# and as ``<Sts><Cd>BOOK</Cd></Sts>``, ``BookgDt`` the text of its ``Dt`` or ``DtTm``.
_REPORT_FIELDS = (
    "Acct/Id/IBAN", "Acct/Id/Othr/Id", "TxsSummry/TtlNtries/NbOfNtries",
    "TxsSummry/TtlCdtNtries/NbOfNtries", "TxsSummry/TtlCdtNtries/Sum",
    "TxsSummry/TtlDbtNtries/NbOfNtries", "TxsSummry/TtlDbtNtries/Sum",
)  # fmt: skip
_ENTRY_FIELDS = (
    "NtryRef", "Amt", "Amt/@Ccy", "CdtDbtInd", "Sts", "RvslInd", "BookgDt", "ValDt",
    "AcctSvcrRef", "BkTxCd/Prtry/Cd", "NtryDtls/Btch/NbOfTxs", "AddtlNtryInf",
)  # fmt: skip
_PAYMENT_FIELDS = (
    "Refs/AcctSvcrRef", "AmtDtls/TxAmt/Amt", "AmtDtls/TxAmt/Amt/@Ccy", "Amt", "Amt/@Ccy",
    "CdtDbtInd", "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm", "RmtInf/Strd/CdtrRefInf/Ref",
    "*USTRD*", "RltdDts/AccptncDtTm",
)  # fmt: skip
_ELEMENT = re.compile(r"(?<![@\w:-])([A-Z][A-Za-z]*)")


def _qualified(expression: str, namespace: str) -> str:
    """An XPath expression with its element names in the namespace bound to ``n``."""
    return _ELEMENT.sub(r"n:\1", expression) if namespace else expression


def _line(kind: str, fields: tuple[str, ...], namespace: str) -> str:
    """The XSLT of one output line: the kind, then each field's normalised value."""
    values = []
    for field in fields:
        if field == "*USTRD*":
            # Free text comes in lines of its own: all of them, one space apart.
            values.append(
                f'<xsl:for-each select="{_qualified("RmtInf/Ustrd", namespace)}">'
                '<xsl:value-of select="normalize-space()"/><xsl:text> </xsl:text></xsl:for-each>'
            )
        else:
            select = _qualified(field, namespace)
            values.append(f'<xsl:value-of select="normalize-space({select})"/>')
    tab = "<xsl:text>&#9;</xsl:text>"
    return f"<xsl:text>{kind}</xsl:text>{tab}" + tab.join(values) + "<xsl:text>&#10;</xsl:text>"


def _stylesheet(namespace: str) -> str:
    """The extracting stylesheet for documents in ``namespace`` ("" for none)."""

    def each(select: str, content: str) -> str:
        return f'<xsl:for-each select="{_qualified(select, namespace)}">{content}</xsl:for-each>'

    body = each("/*/*/GrpHdr/MsgPgntn", _line("M", _PAGE_FIELDS, namespace)) + each(
        "/*/*/Ntfctn | /*/*/Stmt",
        _line("R", _REPORT_FIELDS, namespace)
        + each(
            "Ntry",
            _line("E", _ENTRY_FIELDS, namespace)
            + each("NtryDtls/TxDtls", _line("T", _PAYMENT_FIELDS, namespace)),
        ),
    )
    bound = f' xmlns:n="{namespace}"' if namespace else ""
    return (
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
        f'{bound}><xsl:output method="text" encoding="UTF-8"/>'
        f'<xsl:template match="/">{body}</xsl:template></xsl:stylesheet>'
    )


@lru_cache(maxsize=8)
def _extractor(namespace: str) -> Any:
    """The compiled stylesheet for one namespace ("" for none); a few versions at most."""
    return etree.XSLT(etree.XML(_stylesheet(namespace).encode()))


def is_camt(data: bytes) -> bool:
    """Whether the bytes look like an XML document (the reader decides the rest)."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def _parse(data: bytes) -> Any:
    # No entities, no network: a bank file needs neither, and a hostile one gets neither.
    # Blank text between elements means nothing in camt; leaving it out halves the time
    # of the parse and of the extraction after it.
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        remove_comments=True,
        remove_blank_text=True,
        huge_tree=True,
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise BankFileError(
            "The XML file is damaged near line {line}; it may have been cut short.",
            code="bank_file.xml",
            line=exc.lineno or 0,
        ) from None


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal("NaN")


def _amount(text: str, entry: str) -> Decimal:
    """An amount in whole cents, not negative (the side is given apart)."""
    value = _decimal(text)
    if not value.is_finite() or value < 0 or value != value.quantize(_CENT):
        raise BankFileError(
            "The amount “{value}” of entry {entry} is not an amount in cents.",
            code="bank_file.amount",
            value=text,
            entry=entry,
        )
    return value.quantize(_CENT)


def _day(text: str, seen: dict[str, date | None] | None = None) -> date | None:
    """A date from ``YYYY-MM-DD`` or the date part of a date-time; None for "".

    ``seen`` keeps the days already read: a file's payments share a few dates.
    """
    if seen is not None and text in seen:
        return seen[text]
    if not text:
        return None
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        raise BankFileError(
            "The file has an invalid date “{value}”.", code="bank_file.date", value=text
        ) from None
    if seen is not None:
        seen[text] = day
    return day


def _check_count(stated: str, found: int) -> None:
    """Refuse a summary count that differs from the entries found (when one is given)."""
    if stated and not (stated.isdigit() and int(stated) == found):
        raise BankFileError(
            "The file's summary counts {stated} entries, but the file holds {found}; it may "
            "be damaged.",
            code="bank_file.summary",
            stated=stated,
            found=found,
        )


def _check_sum(stated: str, found: Decimal) -> None:
    given = _decimal(stated)
    if stated and given != found:
        raise BankFileError(
            "The file's summary gives its entries a sum of {stated} €, but they add up to "
            "{found} €; it may be damaged.",
            code="bank_file.summary_sum",
            stated=given.quantize(_CENT) if given.is_finite() else stated,
            found=found.quantize(_CENT),
        )


@dataclass
class _Entry:
    """An entry's values, which its payments inherit."""

    number: str
    amount: Decimal
    currency: str
    credit: bool
    booked: bool
    reversal: bool
    booking_date: date | None
    value_date: date | None
    archive_id: str
    description: str
    batch: str
    info: str

    @classmethod
    def of(cls, fields: list[str], position: int) -> _Entry:
        ref, amount, currency, side, status, reversal = fields[1:7]
        booking, value, archive, description, batch, info = fields[7:13]
        number = ref or str(position)
        if not amount:
            raise BankFileError(
                "Entry {entry} of the file has no amount.", code="bank_file.amount_missing",
                entry=number,
            )  # fmt: skip
        return cls(
            number=number,
            amount=_amount(amount, number),
            currency=currency,
            credit=side == "CRDT",
            booked=status == "BOOK",
            reversal=reversal.lower() in _TRUE,
            booking_date=_day(booking),
            value_date=_day(value),
            archive_id=archive,
            description=description,
            batch=batch,
            info=info,
        )


@dataclass
class _Report:
    """A report (``Ntfctn``/``Stmt``): its account and summary, and its entries' sides."""

    account: str
    summary: list[str]
    entries: list[tuple[bool, Decimal]]

    def check(self) -> None:
        """Refuse a report whose summary does not count and add up its entries (each
        figure only when the file gives it)."""
        total, credit_count, credit_sum, debit_count, debit_sum = self.summary
        _check_count(total, len(self.entries))
        for stated_count, stated_sum, side in (
            (credit_count, credit_sum, True),
            (debit_count, debit_sum, False),
        ):
            mine = [amount for credit, amount in self.entries if credit is side]
            _check_count(stated_count, len(mine))
            _check_sum(stated_sum, sum(mine, ZERO))


class _Reader:
    """The lines of the stylesheet's output, turned into payments."""

    def __init__(self, data: bytes) -> None:
        self.fallback_id = FallbackArchiveIds(data)
        self.payments: list[IncomingPayment] = []
        self.skipped: list[SkippedEntry] = []
        self.reports: list[_Report] = []
        self.whole_message = True
        self.days: dict[str, date | None] = {}

    def read(self, lines: Iterator[list[str]]) -> None:
        entry: _Entry | None = None
        details: list[list[str]] = []
        position = 0
        for fields in lines:
            kind = fields[0]
            if kind == "T":
                details.append(fields)
                continue
            if entry is not None:
                self._entry(entry, details)
            entry, details = None, []
            if kind == "E":
                position += 1
                entry = _Entry.of(fields, position)
                self.reports[-1].entries.append((entry.credit, entry.amount))
            elif kind == "R":
                position = 0
                self.reports.append(_Report(fields[1] or fields[2], fields[3:8], []))
            else:  # "M": one page of a message split over several files
                self.whole_message = fields[1] in ("", "1") and fields[2].lower() in _TRUE
        if entry is not None:
            self._entry(entry, details)

    def _skip(self, entry: _Entry, reason: SkipReason) -> None:
        self.skipped.append(
            SkippedEntry(
                entry.archive_id,
                entry.amount,
                entry.currency,
                entry.booking_date,
                reason,
                entry.description,
            )
        )

    def _entry(self, entry: _Entry, details: list[list[str]]) -> None:
        if not entry.booked:
            self._skip(entry, SkipReason.NOT_BOOKED)
        elif not entry.credit and not entry.reversal:
            self._skip(entry, SkipReason.DEBIT)
        elif not details:
            if entry.batch.isdigit() and int(entry.batch) > 1:
                self._skip(entry, SkipReason.BATCH_TOTAL)
            else:
                self._add(entry, entry.archive_id, entry.amount, entry.currency, message=entry.info)
        else:
            if entry.batch.isdigit() and int(entry.batch) != len(details):
                raise BankFileError(
                    "Entry {entry} of the file says it holds {count} payments but lists "
                    "{listed}; the file may be damaged.",
                    code="bank_file.batch_count",
                    entry=entry.number,
                    count=int(entry.batch),
                    listed=len(details),
                )
            self._details(entry, details)

    def _details(self, entry: _Entry, details: list[list[str]]) -> None:
        """Every payment of a batch entry, checked against the entry's amount."""
        net = ZERO
        comparable = True
        single = len(details) == 1
        for index, fields in enumerate(details, start=1):
            archive, tx_amount, tx_currency, amount_text, amount_currency, side = fields[1:7]
            payer = fields[7] or fields[8]
            ref, message, paid = fields[9:12]
            if tx_amount:
                amount, currency = _amount(tx_amount, entry.number), tx_currency
            elif amount_text:
                amount, currency = _amount(amount_text, entry.number), amount_currency
            elif single:
                amount, currency = entry.amount, entry.currency
            else:
                raise BankFileError(
                    "A payment of entry {entry} has no amount.",
                    code="bank_file.amount_missing",
                    entry=entry.number,
                )
            credit = side == "CRDT" if side else entry.credit
            comparable = comparable and currency == entry.currency
            net += amount if credit == entry.credit else -amount
            if not archive and entry.archive_id:
                archive = entry.archive_id if single else f"{entry.archive_id}/{index}"
            if credit or entry.reversal:
                self._add(entry, archive, amount, currency, payer, ref, message, paid)
            else:
                self.skipped.append(
                    SkippedEntry(
                        archive,
                        amount,
                        currency,
                        entry.booking_date,
                        SkipReason.DEBIT,
                        entry.description,
                    )
                )
        if comparable and net != entry.amount:
            raise BankFileError(
                "The payments of entry {entry} add up to {found} €, the entry to {amount} €; "
                "the file may be damaged.",
                code="bank_file.batch_sum",
                entry=entry.number,
                found=net.quantize(_CENT),
                amount=entry.amount.quantize(_CENT),
            )

    def _add(
        self,
        entry: _Entry,
        archive: str,
        amount: Decimal,
        currency: str,
        payer: str = "",
        ref: str = "",
        message: str = "",
        paid: str = "",
    ) -> None:
        booking = entry.booking_date or entry.value_date
        if booking is None:
            raise BankFileError(
                "Entry {entry} of the file has no booking date.",
                code="bank_file.date_missing",
                entry=entry.number,
            )
        self.payments.append(
            IncomingPayment(
                archive_id=archive or self.fallback_id(len(self.payments)),
                amount=amount,
                currency=currency,
                booking_date=booking,
                payment_date=_day(paid, self.days) or entry.value_date or booking,
                reference=ref,
                payer_name=payer,
                message=message.strip(),
                correction=entry.reversal,
            )
        )


def read_camt(data: bytes) -> BankFile:
    """Read a camt.054 notification or a camt.053 statement.

    Args:
        data: The whole XML file.

    Returns:
        Every payment in and every other entry.

    Raises:
        BankFileError: Not well-formed XML, not camt.053/054, or damaged (amounts, dates,
            a batch or summary that does not add up).
    """
    root = _parse(data)
    name = etree.QName(root)
    kind = None
    if name.localname == "Document" and len(root):
        child = root[0]
        if isinstance(child.tag, str) and etree.QName(child).namespace == name.namespace:
            kind = _MESSAGES.get(etree.QName(child).localname)
    if kind is None:
        raise BankFileError(
            "The XML file is not a bank's camt.053 statement or camt.054 notification.",
            code="bank_file.not_camt",
        )
    text = str(_extractor(name.namespace or "")(root))
    reader = _Reader(data)
    reader.read(line.split("\t") for line in text.splitlines() if line)
    if reader.whole_message:
        for report in reader.reports:
            report.check()
    account = next((r.account for r in reader.reports if r.account), "")
    return BankFile(kind, account, tuple(reader.payments), tuple(reader.skipped))
