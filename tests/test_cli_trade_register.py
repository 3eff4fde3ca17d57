"""``company-lookup`` and ``customer update-from-register`` against a local register server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from asiakasrekisteri.cli import main
from tests.trade_register_server import RecordedRegister


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "cli.sqlite3")]


def test_lookup_by_business_id_prints_the_company(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], trade_register: RecordedRegister
) -> None:
    code, out, err = run(capsys, *dbarg, "company-lookup", "2077474-0")

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2077474-0  Rakennus Virtanen Oy",
        "  Limited company · Construction of residential and non-residential buildings",
        "  Hämeenkatu 10 B 5, 33100 Tampere",
    ]


def test_lookup_by_name_as_json_in_finnish(
    qapp: object,  # a Finnish run may translate; the test process's one Qt application
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    trade_register: RecordedRegister,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "fi")
    code, out, _err = run(capsys, *dbarg, "company-lookup", "--name", "Virtanen", "--json")

    assert code == 0
    data = json.loads(out)
    assert data["total"] == 127
    first = data["companies"][0]
    assert first["company_form"] == "Osakeyhtiö"
    assert first["street"] == "Hämeenkatu 10 B 5"
    bankrupt = next(c for c in data["companies"] if c["business_id"] == "2458793-4")
    assert bankrupt["warnings"] == [{"situation": "bankruptcy", "since": "2025-03-14"}]


def test_warnings_are_printed(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], trade_register: RecordedRegister
) -> None:
    code, out, _err = run(capsys, *dbarg, "company-lookup", "2458793-4")
    assert code == 0
    assert "  warning: the company is in bankruptcy since 2025-03-14" in out.splitlines()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1234567-1"], "has no company with the Y-tunnus 1234567-1"),
        (["2077474-1"], "check digit"),
        ([], "give either a Y-tunnus or --name NAME"),
        (["--name", "Vi"], "at least 3 letters"),
    ],
)
def test_lookup_refusals_are_one_line(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    trade_register: RecordedRegister,
    args: list[str],
    message: str,
) -> None:
    code, out, err = run(capsys, *dbarg, "company-lookup", *args)
    assert (code, out) == (2, "")
    assert message in err
    assert len(err.splitlines()) == 1


def test_a_failing_register_is_one_translated_line(
    qapp: object,  # the translation needs a Qt application; the window's, when tests share one
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    trade_register: RecordedRegister,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "fi")
    trade_register.status = 503
    code, _out, err = run(capsys, *dbarg, "company-lookup", "--name", "Virtanen")
    assert code == 2
    assert err == "asiakasrekisteri: YTJ vastasi virheellä (HTTP 503). Yritä myöhemmin uudelleen.\n"


def test_update_from_register_dry_run_then_chosen_fields(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], trade_register: RecordedRegister
) -> None:
    values = ["customer_number=1001", "name=Virtanen", "business_id=2077474-0",
              "street=Vanha katu 1", "postal_code=33100", "city=Tampere"]  # fmt: skip
    run(capsys, *dbarg, "customer", "add", *values)

    code, out, _err = run(capsys, *dbarg, "customer", "update-from-register", "1001", "--dry-run")
    assert code == 0
    assert out.splitlines() == [
        "name: Virtanen → Rakennus Virtanen Oy",
        "company_form: (empty) → Limited company",
        "line_of_business: (empty) → Construction of residential and non-residential buildings",
        "street: Vanha katu 1 → Hämeenkatu 10 B 5",
        "dry run: nothing written",
    ]
    _code, shown, _err = run(capsys, *dbarg, "customer", "show", "1001")
    assert json.loads(shown)["name"] == "Virtanen"

    code, out, _err = run(
        capsys, *dbarg, "customer", "update-from-register", "1001", "--fields", "name,street"
    )
    assert code == 0
    assert out.splitlines()[-1] == "1001: 2 field(s) updated"
    _code, shown, _err = run(capsys, *dbarg, "customer", "show", "1001")
    card = json.loads(shown)
    assert (card["name"], card["street"], card["company_form"]) == (
        "Rakennus Virtanen Oy",
        "Hämeenkatu 10 B 5",
        "",
    )
    code, out, _err = run(
        capsys, *dbarg, "customer", "update-from-register", "1001", "--fields", "name,street"
    )
    assert (code, out) == (0, "1001: no changes\n")


def test_update_refusals(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], trade_register: RecordedRegister
) -> None:
    run(capsys, *dbarg, "customer", "add", "customer_number=1001", "name=Ilman tunnusta")
    code, _out, err = run(capsys, *dbarg, "customer", "update-from-register", "1001")
    assert (code, err) == (
        2,
        "asiakasrekisteri: Ilman tunnusta has no Y-tunnus; the trade register is searched by it.\n",
    )
    code, _out, err = run(
        capsys, *dbarg, "customer", "update-from-register", "1001", "--fields", "email"
    )
    assert code == 2
    assert "unknown field(s) email" in err


def test_update_warns_about_bankruptcy(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], trade_register: RecordedRegister
) -> None:
    run(capsys, *dbarg, "customer", "add", "customer_number=7", "name=Virtanen Kuljetus Oy",
        "business_id=2458793-4")  # fmt: skip
    code, _out, err = run(capsys, *dbarg, "customer", "update-from-register", "7", "--dry-run")
    assert code == 0
    assert err == ("asiakasrekisteri: warning: the company is in bankruptcy since 2025-03-14\n")
