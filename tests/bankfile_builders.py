"""Bank payment files built from data: camt.054/053 and the reference payment file.

The tests and the import benchmark make their files here, in the shapes Finnish banks
send: a camt.054 puts a batch of reference payments in one entry with one ``TxDtls``
each; the fixed-width file has a header, 90-character payment records and totals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:{message}.001.{version}"


@dataclass(frozen=True)
class Tx:
    """One payment of a batch entry."""

    archive_id: str
    amount: Decimal
    reference: str = ""
    payer: str = "Maksaja"
    currency: str = "EUR"
    credit: bool = True
    message: str = ""


@dataclass(frozen=True)
class Entry:
    """One ``Ntry``: a batch of payments (or none, for an entry without details)."""

    txs: Sequence[Tx]
    status: str = "BOOK"
    credit: bool = True
    reversal: bool = False
    code: str = "705 VIITESIIRROT"
    archive_id: str = "REFP0001"
    booking: date = date(2025, 3, 14)
    amount: Decimal | None = None  # default: the net of the payments
    batch_count: int | None = None  # default: the number of payments
    currency: str = "EUR"


def _net(entry: Entry) -> Decimal:
    if entry.amount is not None:
        return entry.amount
    return sum((t.amount if t.credit == entry.credit else -t.amount for t in entry.txs), Decimal(0))


def _tx_xml(tx: Tx, version: str) -> str:
    amount = f'<Amt Ccy="{tx.currency}">{tx.amount:.2f}</Amt>'
    side = "CRDT" if tx.credit else "DBIT"
    if version >= "04":
        amounts = f"{amount}<CdtDbtInd>{side}</CdtDbtInd><AmtDtls><TxAmt>{amount}</TxAmt></AmtDtls>"
    else:
        amounts = f"<AmtDtls><TxAmt>{amount}</TxAmt></AmtDtls>"
    payer = (
        f"<Dbtr><Pty><Nm>{escape(tx.payer)}</Nm></Pty></Dbtr>"
        if version >= "08"
        else f"<Dbtr><Nm>{escape(tx.payer)}</Nm></Dbtr>"
    )
    remittance = ""
    if tx.reference:
        remittance += (
            "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>"
            f"<Ref>{escape(tx.reference)}</Ref></CdtrRefInf></Strd>"
        )
    if tx.message:
        remittance = f"<Ustrd>{escape(tx.message)}</Ustrd>" + remittance
    return (
        f"<TxDtls><Refs><AcctSvcrRef>{tx.archive_id}</AcctSvcrRef></Refs>{amounts}"
        f"<RltdPties>{payer}</RltdPties>"
        + (f"<RmtInf>{remittance}</RmtInf>" if remittance else "")
        + "<RltdDts><AccptncDtTm>2025-03-13T10:11:12</AccptncDtTm></RltdDts></TxDtls>"
    )


def _entry_xml(entry: Entry, number: int, version: str) -> str:
    status = (
        f"<Sts><Cd>{entry.status}</Cd></Sts>" if version >= "08" else f"<Sts>{entry.status}</Sts>"
    )
    count = entry.batch_count if entry.batch_count is not None else len(entry.txs)
    details = "".join(_tx_xml(t, version) for t in entry.txs)
    return (
        f"<Ntry><NtryRef>{number}</NtryRef>"
        f'<Amt Ccy="{entry.currency}">{_net(entry):.2f}</Amt>'
        f"<CdtDbtInd>{'CRDT' if entry.credit else 'DBIT'}</CdtDbtInd>"
        + ("<RvslInd>true</RvslInd>" if entry.reversal else "")
        + f"{status}<BookgDt><Dt>{entry.booking.isoformat()}</Dt></BookgDt>"
        f"<ValDt><Dt>{entry.booking.isoformat()}</Dt></ValDt>"
        f"<AcctSvcrRef>{entry.archive_id}</AcctSvcrRef>"
        "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn>"
        f"<Prtry><Cd>{entry.code}</Cd><Issr>FFFS</Issr></Prtry></BkTxCd>"
        f"<NtryDtls><Btch><NbOfTxs>{count}</NbOfTxs></Btch>{details}</NtryDtls></Ntry>"
    )


@dataclass(frozen=True)
class Report:
    """A ``Ntfctn`` (camt.054) or ``Stmt`` (camt.053) of one account."""

    entries: Sequence[Entry]
    iban: str = "FI2112345600000785"
    summary: bool = True


def camt(
    reports: Sequence[Report] | Sequence[Entry],
    *,
    message: str = "camt.054",
    version: str = "02",
) -> bytes:
    """A camt.054 notification (or camt.053 statement) of the entries, UTF-8."""
    if reports and isinstance(reports[0], Entry):
        reports = [Report(list(reports))]  # type: ignore[arg-type]
    root, report_tag = (
        ("BkToCstmrDbtCdtNtfctn", "Ntfctn") if message == "camt.054" else ("BkToCstmrStmt", "Stmt")
    )
    parts = []
    for index, report in enumerate(reports, start=1):
        assert isinstance(report, Report)
        body = "".join(_entry_xml(e, n, version) for n, e in enumerate(report.entries, start=1))
        summary = ""
        if report.summary:
            credits = [e for e in report.entries if e.credit]
            debits = [e for e in report.entries if not e.credit]
            summary = (
                f"<TxsSummry><TtlNtries><NbOfNtries>{len(report.entries)}</NbOfNtries></TtlNtries>"
                f"<TtlCdtNtries><NbOfNtries>{len(credits)}</NbOfNtries>"
                f"<Sum>{sum((_net(e) for e in credits), Decimal(0)):.2f}</Sum></TtlCdtNtries>"
                f"<TtlDbtNtries><NbOfNtries>{len(debits)}</NbOfNtries>"
                f"<Sum>{sum((_net(e) for e in debits), Decimal(0)):.2f}</Sum></TtlDbtNtries>"
                "</TxsSummry>"
            )
        parts.append(
            f"<{report_tag}><Id>R{index}</Id><CreDtTm>2025-03-15T06:00:00</CreDtTm>"
            f"<Acct><Id><IBAN>{report.iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>"
            f"{summary}{body}</{report_tag}>"
        )
    namespace = NAMESPACE.format(message=message, version=version)
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<Document xmlns="{namespace}"><{root}>'
        "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2025-03-15T06:00:00</CreDtTm></GrpHdr>"
        + "".join(parts)
        + f"</{root}></Document>"
    )
    return text.encode("utf-8")


# --- the fixed-width reference payment file ---------------------------------------------


@dataclass(frozen=True)
class Record:
    """A payment record (3, or 5 for a direct debit)."""

    archive_id: str
    cents: int
    reference: str = ""
    payer: str = "MAKSAJA"
    kind: str = "3"
    correction: bool = False
    currency: str = "1"
    booking: date = date(2025, 3, 14)
    paid: date = date(2025, 3, 13)
    account: str = "12345600000785"


def _yymmdd(day: date) -> str:
    return day.strftime("%y%m%d")


def record_line(r: Record) -> str:
    line = (
        f"{r.kind}{r.account:>14.14}{_yymmdd(r.booking)}{_yymmdd(r.paid)}{r.archive_id:<16.16}"
        f"{r.reference:0>20.20}{r.payer:<12.12}{r.currency}A{r.cents:010d}"
        f"{'1' if r.correction else '0'}A "
    )
    assert len(line) == 90, len(line)
    return line


def header_line(day: date = date(2025, 3, 14)) -> str:
    return f"0{_yymmdd(day)}1200" + "10" + "123456789" + "1" + " " * 67


def totals_line(records: Sequence[Record], *, count_corrections_in_first: bool = False) -> str:
    payments = [r for r in records if not r.correction]
    corrections = [r for r in records if r.correction]
    first = records if count_corrections_in_first else payments
    line = (
        f"9{len(first):06d}{sum(r.cents for r in first):011d}"
        f"{len(corrections):06d}{sum(r.cents for r in corrections):011d}"
    )
    return line + " " * (90 - len(line))


def reference_file(batches: Sequence[Sequence[Record]], *, newline: str = "\r\n") -> bytes:
    """The file of the batches, ISO-8859-1 as the banks send it."""
    lines: list[str] = []
    for batch in batches:
        lines.append(header_line())
        lines.extend(record_line(r) for r in batch)
        lines.append(totals_line(batch))
    return (newline.join(lines) + newline).encode("latin-1")
