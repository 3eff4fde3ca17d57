"""Every command and every field of the command line, driven with generated values.

Whatever the arguments — text with control characters and bytes that are not UTF-8,
numbers with twenty digits or four hundred decimals, dates from year 1 to 9999, field
names of any length — a command either does its work (exit status 0) or refuses with one
line (exit status 2). It never ends in a traceback, and a refused command writes nothing:
a checksum of every table of the register is the same before and after it.

The commands run in this process through the command line's entry point, on a fresh copy
of one prepared register each (a seller, customers, an invoice, a draft, a product, an
import, a backup). ``ASIAKASREKISTERI_PROPERTY_EXAMPLES`` sets the examples per group
(default 100: the five groups take about 20 seconds); in CI (``CI`` set) the examples
are derandomized, so a run is the same every time.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from asiakasrekisteri.cli import main
from asiakasrekisteri.cli.customers import PUBLIC_FIELDS
from asiakasrekisteri.domain.company import COMPANY_FIELD_NAMES, SETTINGS_FIELD_NAMES
from tests.test_cli_hostile import tables_digest

Strategy = st.SearchStrategy[list[str]]

EXAMPLES = int(os.environ.get("ASIAKASREKISTERI_PROPERTY_EXAMPLES", "100"))
PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


# --- the prepared register ---------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """A register folder to copy for each example, and where the copy goes."""

    pristine: Path
    work: Path
    digest: str

    @property
    def db(self) -> Path:
        return self.work / "reg.sqlite3"


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # --help or --version among the generated words
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prepared]:
    folder = tmp_path_factory.mktemp("property")
    pristine = folder / "pristine"
    pristine.mkdir()
    db = ("--db", str(pristine / "reg.sqlite3"))
    (pristine / "tuonti.csv").write_text("Nimi;Kaupunki;Muistio\nTuotu Oy;Oulu;x\n")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASIAKASREKISTERI_DATA_DIR", str(folder / "data"))
        mp.setenv("ASIAKASREKISTERI_LOG_DIR", str(folder / "logs"))
        mp.setenv("ASIAKASREKISTERI_LANG", "en")
        for args in (
            ("company", "set", "name=Toiminimi Mäkelä", "business_id=2077474-0",
             "street=Åkerikatu 5", "postal_code=00100", "city=Helsinki",
             "iban=FI21 1234 5600 0007 85", "bic=NDEAFIHH"),
            ("customer", "add", "name=Asiakas Oy", "street=Tie 2", "postal_code=33100",
             "city=Tampere", "email=a@example.fi"),
            ("customer", "add", "name=Toinen Oy", "type=private"),
            ("invoice", "create", "--customer", "1001", "--row", "Työ;1;100;25,5",
             "--date", "2025-01-02"),
            ("invoice", "create", "--customer", "1001", "--row", "Työ;2;50;25,5", "--draft"),
            ("product", "add", "P1", "Tuote", "--price", "10", "--vat", "25,5"),
            ("import", str(pristine / "tuonti.csv")),
            ("backup", str(pristine / "kopio.sqlite3")),
        ):  # fmt: skip
            code, _, err = _run(*db, *args)
            assert (code, err) == (0, ""), args
    yield Prepared(pristine, folder / "work", tables_digest(pristine / "reg.sqlite3"))


def _fresh_copy(prepared: Prepared) -> None:
    shutil.rmtree(prepared.work, ignore_errors=True)
    shutil.copytree(prepared.pristine, prepared.work)


def _check(prepared: Prepared, args: list[str]) -> None:
    """Run ``args`` on a fresh copy: exit 0, or exit 2 with one line and nothing written.

    What a command wrote must leave a register that passes ``check`` and still exports.
    """
    _fresh_copy(prepared)
    db = ("--db", str(prepared.db))
    code, _out, err = _run(*db, *(a.replace("{dir}", str(prepared.work)) for a in args))
    before = prepared.digest
    event(f"{' '.join(args[:2])[:20]!a} exit {code}")
    assert code in (0, 2), (code, err)
    if code == 2:
        assert err.startswith("asiakasrekisteri: ") and err.count("\n") == 1, err
        assert tables_digest(prepared.db) == before, f"written after refusing: {err}"
    elif tables_digest(prepared.db) != before:
        assert _run(*db, "check") == (0, "ok\n", "")
        assert _run(*db, "export", str(prepared.work / "after.xlsx"))[::2] == (0, "")


# --- values ------------------------------------------------------------------------------

# Bytes that are not UTF-8, as Python hands them over in sys.argv.
NOT_UTF8 = st.sampled_from(["\udcff", "\udce4", "\udc80"])
TEXT = st.one_of(
    st.text(max_size=30),
    st.text(st.characters(codec="utf-8"), max_size=30),
    st.text(st.sampled_from("\n\r\t\x00\x1b\u202e\u2066 ;=,.-:/%€ä"), max_size=12),
    st.builds(lambda a, b: a + b, st.text(max_size=5), NOT_UTF8),
    st.sampled_from(["", " ", "x" * 10_000, "-h", "--", "nul", "0000000-0", "LINE1LINE2"]),
)
NUMBER = st.one_of(
    st.integers().map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.floats().map(repr),
    st.sampled_from(
        [
            "1e30",
            "1e-400",
            "12345678901234567890",
            "-0",
            "0,001",
            "1 234,50",
            "25,5",
            "",
            "NaN",
            "-1",
            "999999999,99",
            "1000000000",
            "0,0001",
            "1e999999",
            "٣",
        ]
    ),
    TEXT,
)
DATE = st.one_of(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.sampled_from(["1900-01-01", "9999-12-31", "2000-01-01", "2100-12-31", "2025-02-30"]),
    TEXT,
)
NUMBER_OF_CUSTOMER = st.one_of(
    st.sampled_from(["1001", "1002"]), st.sampled_from(["1003", "9999"]), TEXT
)
PLAUSIBLE_DATE = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)).map(
    date.isoformat
)
NUMBER_OF_INVOICE = st.one_of(st.just("1000"), st.sampled_from(["1001", "999"]), NUMBER)
FILE = st.one_of(
    st.sampled_from(
        [
            "{dir}/out.pdf",
            "{dir}/out.xlsx",
            "{dir}/out.zip",
            "{dir}",
            "{dir}/no/such/folder/x.pdf",
            "{dir}/tuonti.csv",
            "{dir}/kopio.sqlite3",
            "{dir}/putki.fifo",
            "{dir}/reg.sqlite3",
        ]
    ),
    TEXT.map(lambda name: "{dir}/" + name),
)
CUSTOMER_KEYS = [public for public, _ in PUBLIC_FIELDS] + ["number", "group", "type"]
KEY = st.one_of(
    st.sampled_from(CUSTOMER_KEYS + list(COMPANY_FIELD_NAMES) + list(SETTINGS_FIELD_NAMES)),
    TEXT.map(lambda name: "custom:" + name),
    TEXT,
)
# Values a field takes, so that commands also succeed and their writes are checked.
PLAUSIBLE = st.sampled_from(
    ["Oulu", "yes", "no", "12,50", "5", "FI", "SE", "33100", "company", "private", "sv",
     "eu_business", "a@example.fi", "040 123 4567", "2077474-0", "FI20774740",
     "003720774740", "FI21 1234 5600 0007 85", "NDEAFIHH", "statutory", "fixed", "14"]
)  # fmt: skip
VALUE = st.one_of(PLAUSIBLE, PLAUSIBLE, TEXT, NUMBER, DATE)
PAIR = st.builds(lambda k, v: f"{k}={v}", KEY, VALUE)


def _pairs(keys: list[str]) -> st.SearchStrategy[list[str]]:
    """``KEY=VALUE`` arguments, mostly of ``keys``, now and then anything at all."""
    known = st.builds(lambda k, v: f"{k}={v}", st.sampled_from(keys), VALUE)
    return st.lists(st.one_of(known, known, known, PAIR, TEXT), min_size=1, max_size=3)


# Values each field takes: commands built of these mostly succeed, so that what they
# write is checked too.
GOOD_CUSTOMER_VALUES = {
    "city": "Oulu", "street": "Katu 1", "postal_code": "33100", "email": "a@example.fi",
    "phone": "040 123 4567", "business_id": "2077474-0", "vat_id": "FI20774740",
    "customer_group": "Rakennus", "discount_percent": "5,5", "credit_limit": "1000",
    "payment_term_days": "30", "active": "no", "invoice_language": "sv", "comment": "Hei",
    "custom:Muistio": "x", "type": "private", "delivery_ban": "yes", "website": "example.fi",
}  # fmt: skip
GOOD_COMPANY_VALUES = {
    "city": "Oulu", "phone": "040 123 4567", "email": "a@example.fi", "reminder_fee": "5",
    "payment_term_days": "30", "notice_period_days": "7", "vat_registered": "no",
    "next_invoice_number": "5000", "penalty_interest_fixed": "10",
}  # fmt: skip


def _good(values: dict[str, str]) -> Strategy:
    return st.lists(st.sampled_from(sorted(values)), unique=True, max_size=3).map(
        lambda keys: [f"{k}={values[k]}" for k in keys]
    )


CUSTOMER_PAIRS = _pairs(CUSTOMER_KEYS)
COMPANY_PAIRS = _pairs(list(COMPANY_FIELD_NAMES) + list(SETTINGS_FIELD_NAMES))
NAME = st.one_of(st.just("name=Uusi Oy"), st.builds(lambda v: f"name={v}", TEXT))
ROW = st.one_of(
    st.builds(lambda d, q, p, v: f"{d};{q};{p};{v}", TEXT, NUMBER, NUMBER, NUMBER),
    st.builds(lambda q: f"Työ;{q};100;25,5", NUMBER),
    st.builds(lambda p: f"Työ;1;{p};25,5", NUMBER),
    st.just("Työ;2;50;25,5"),
    TEXT,
)
PRODUCT = st.one_of(st.builds(lambda q: f"P1;{q}", NUMBER), TEXT)


def _options(*pairs: tuple[str, st.SearchStrategy[str]]) -> st.SearchStrategy[list[str]]:
    """Some of the options ``pairs`` (name, value), each with a generated value."""
    chosen = st.lists(st.sampled_from(range(len(pairs))), unique=True, max_size=len(pairs))
    return chosen.flatmap(
        lambda picks: st.tuples(*(pairs[i][1] for i in picks)).map(
            lambda values: [w for i, v in zip(picks, values, strict=True) for w in (pairs[i][0], v)]
        )
    )


FLAGS = st.lists(
    st.sampled_from(["--json", "--inactive", "--draft", "--yes", "--dry-run", "--active-only",
                     "--ignore-unknown", "--compensation"]),
    max_size=2,
)  # fmt: skip


def _command(words: list[str], parts: Strategy) -> Strategy:
    """``words``, then ``parts``, now and then with flags of any command after them."""
    flags: Strategy = st.one_of(st.just([]), st.just([]), st.just([]), FLAGS)
    return st.tuples(parts, flags).map(lambda t: [*words, *t[0], *t[1]])


def _args(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.tuples(*parts).map(list)


CUSTOMERS = st.one_of(
    _command(["customers"], _options(("--search", TEXT))),
    st.builds(
        lambda name, p: ["customer", "add", name, *p],
        NAME,
        st.one_of(st.just([]), CUSTOMER_PAIRS),
    ),
    st.builds(lambda n, p: ["customer", "set", n, *p], NUMBER_OF_CUSTOMER, CUSTOMER_PAIRS),
    _good(GOOD_CUSTOMER_VALUES).map(lambda p: ["customer", "add", "name=Hyvä Oy", *p]),
    _good(GOOD_CUSTOMER_VALUES).map(lambda p: ["customer", "set", "1001", *p]),
    _good(GOOD_COMPANY_VALUES).map(lambda p: ["company", "set", *p]),
    _command(["customer", "show"], _args(NUMBER_OF_CUSTOMER)),
    _command(["company", "set"], COMPANY_PAIRS),
    _command(["company", "show"], st.just([])),
    _command(["demo"], _options(("--count", st.sampled_from(["0", "1", "-1", "100001", "x",
                                                              "1e3"])), ("--seed", NUMBER))),
)  # fmt: skip
INVOICES = st.one_of(
    st.builds(
        lambda c, rows, products, options: [
            "invoice",
            "create",
            "--customer",
            c,
            *[w for r in rows for w in ("--row", r)],
            *[w for p in products for w in ("--product", p)],
            *options,
        ],
        NUMBER_OF_CUSTOMER,
        st.lists(ROW, max_size=3),
        st.lists(PRODUCT, max_size=2),
        _options(
            ("--date", DATE),
            ("--delivery-date", DATE),
            ("--due-days", NUMBER),
            ("--your-reference", TEXT),
        ),
    ),
    st.builds(
        lambda q, price, options: [
            "invoice",
            "create",
            "--customer",
            "1001",
            "--row",
            f"Työ;{q};{price};25,5",
            *options,
        ],
        st.sampled_from(["1", "0,5", "2,125", "-1", "0"]),
        st.sampled_from(["10", "99,90", "0", "1234,56"]),
        st.sampled_from([[], ["--draft"], ["--due-days", "30"], ["--due-days", "0"]]),
    ),
    _command(["invoice", "list"], _options(("--customer", NUMBER_OF_CUSTOMER))),
    st.builds(
        lambda name, n, f, options: ["invoice", name, n, "-o", f, *options],
        st.sampled_from(["pdf", "finvoice", "remind", "statement"]),
        st.one_of(NUMBER_OF_INVOICE, NUMBER_OF_CUSTOMER),
        FILE,
        _options(("--date", DATE)),
    ),
    st.builds(
        lambda n, a, options: ["invoice", "pay", n, "--amount", a, *options],
        NUMBER_OF_INVOICE,
        st.one_of(st.sampled_from(["10", "125,50", "0,01"]), NUMBER),
        _options(("--date", st.one_of(PLAUSIBLE_DATE, DATE))),
    ),
    _command(["invoice", "credit"], _args(NUMBER_OF_INVOICE)),
    _command(["invoice", "finalise"], _args(st.one_of(st.sampled_from(["2", "1"]), NUMBER))),
)
PRODUCTS = st.one_of(
    st.builds(
        lambda code, name, price, vat, options: [
            "product",
            "add",
            code,
            name,
            "--price",
            price,
            "--vat",
            vat,
            *options,
        ],
        st.one_of(st.just("P1"), TEXT),
        TEXT,
        NUMBER,
        NUMBER,
        _options(("--unit", TEXT)),
    ),
    st.builds(
        lambda code, price, vat: [
            "product",
            "add",
            code,
            "Hyvä tuote",
            "--price",
            price,
            "--vat",
            vat,
        ],
        st.sampled_from(["P1", "P2"]),
        st.sampled_from(["10", "12,50", "0", "-5"]),
        st.sampled_from(["25,5", "14", "0", "24"]),
    ),
    _command(["product", "list"], st.just([])),
)
SPREADSHEETS = st.one_of(
    _command(["export"], st.tuples(FILE, _options(("--search", TEXT))).map(
        lambda t: [t[0], *t[1]])),
    _command(["import"], st.tuples(
        st.one_of(st.just("{dir}/tuonti.csv"), FILE),
        _options(("--sheet", TEXT), ("--report", FILE), ("--map", st.one_of(
            st.builds(lambda c, f: f"{c}={f}", st.sampled_from(["A", "B", "C", "Muistio"]),
                      st.one_of(st.sampled_from(["", "city", "custom:Uusi", "name"]), TEXT)),
            TEXT))),
    ).map(lambda t: [t[0], *t[1]])),
    _command(["imports"], st.just([])),
    _command(["undo-import"], _args(st.one_of(st.just("1"), NUMBER))),
)  # fmt: skip
SAFETY_AND_PRIVACY = st.one_of(
    _command(["backup"], st.lists(FILE, max_size=1)),
    _command(["restore"], _args(st.one_of(st.just("{dir}/kopio.sqlite3"), FILE))),
    _command(["check"], st.just([])),
    _command(["privacy", "export"], st.tuples(NUMBER_OF_CUSTOMER, FILE, _options(
        ("--contact", NUMBER))).map(lambda t: [t[0], "-o", t[1], *t[2]])),
    _command(["privacy", "erase"], _args(NUMBER_OF_CUSTOMER)),
    _command(["privacy", "retention"], _options(("--years", NUMBER))),
    _command(["privacy", "notice"], st.tuples(FILE, _options(("--years", NUMBER))).map(
        lambda t: ["-o", t[0], *t[1]])),
)  # fmt: skip


# --- the properties ----------------------------------------------------------------------


@PROPERTY
@given(args=CUSTOMERS)
def test_customer_and_company_commands(prepared: Prepared, args: list[str]) -> None:
    _check(prepared, args)


@PROPERTY
@given(args=INVOICES)
def test_invoice_commands(prepared: Prepared, args: list[str]) -> None:
    _check(prepared, args)


@PROPERTY
@given(args=PRODUCTS)
def test_product_commands(prepared: Prepared, args: list[str]) -> None:
    _check(prepared, args)


@PROPERTY
@given(args=SPREADSHEETS)
def test_spreadsheet_commands(prepared: Prepared, args: list[str]) -> None:
    _check(prepared, args)


@PROPERTY
@given(args=SAFETY_AND_PRIVACY)
def test_safety_and_privacy_commands(prepared: Prepared, args: list[str]) -> None:
    _check(prepared, args)
