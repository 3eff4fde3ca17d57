"""Sending on the command line: ``email …`` and ``invoice send …`` against a local server."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from asiakasrekisteri.cli import main
from tests.mail_server import MailServer, MemoryKeyring, StartServer, free_port
from tests.test_cli_invoice import add_rates_to_today

PASSWORD = "salasana"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


@pytest.fixture
def server(mail_server: StartServer, monkeypatch: pytest.MonkeyPatch) -> MailServer:
    found = mail_server("starttls", users={"laskut": PASSWORD})
    # The command line trusts the system's authorities; the test's is made the system's.
    monkeypatch.setenv("SSL_CERT_FILE", str(found.ca_file))
    return found


@pytest.fixture
def dbarg(tmp_path: Path, capsys: pytest.CaptureFixture[str], server: MailServer) -> list[str]:
    args = ["--db", str(tmp_path / "cli.sqlite3")]
    for command in (
        ["company", "set", "name=Toiminimi Mäkelä", "business_id=2077474-0",
         "street=Åkerikatu 5", "postal_code=00100", "city=Helsinki",
         "iban=FI21 1234 5600 0007 85", "bic=NDEAFIHH", "email=mari@makela.fi"],
        ["email", "set", "host=127.0.0.1", f"port={server.port}", "security=starttls",
         "username=laskut", "sender_name=Toiminimi Mäkelä", "sender_address=laskut@makela.fi"],
        ["customer", "add", "name=Asiakas Oy", "street=Tie 2", "postal_code=33100",
         "city=Tampere", "email=ap@asiakas.fi"],
        ["customer", "add", "name=Paperi Oy", "street=Tie 3", "postal_code=33100",
         "city=Tampere", "invoice_delivery=paper"],
    ):  # fmt: skip
        code, _out, err = run(capsys, *args, *command)
        assert (code, err) == (0, "")
    return args


def create(capsys: pytest.CaptureFixture[str], dbarg: list[str], customer: str, day: date) -> str:
    code, out, err = run(
        capsys, *dbarg, "invoice", "create", "--customer", customer,
        "--row", "Suunnittelu;2;80,00;25,5", "--date", day.isoformat(),
    )  # fmt: skip
    assert (code, err) == (0, "")
    return out.strip()


def test_password_kept_shown_and_tested(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    code, out, _ = run(capsys, *dbarg, "email", "show", "--json")
    shown = json.loads(out)
    assert shown["security"] == "starttls" and shown["password_kept"] is False
    stdin(monkeypatch, PASSWORD + "\n")
    assert run(capsys, *dbarg, "email", "password", "--stdin")[0] == 0
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    code, out, err = run(capsys, *dbarg, "email", "test")
    assert (code, err) == (0, "") and out.startswith("connected to 127.0.0.1:")
    code, out, _ = run(capsys, *dbarg, "email", "show")
    assert "password_kept: True" in out and PASSWORD not in out
    assert run(capsys, *dbarg, "email", "password", "--forget")[0] == 0
    assert memory_keyring.secrets == {}


def test_send_one_invoice_dry_run_then_for_real(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = create(capsys, dbarg, "1001", date.today())
    code, out, err = run(capsys, *dbarg, "invoice", "send", number, "--dry-run")
    assert (code, err) == (0, "")
    assert out.strip() == (
        f"{number} invoice would go by e-mail to ap@asiakas.fi: “Lasku {number} – Toiminimi Mäkelä”"
    )
    assert server.messages == []

    stdin(monkeypatch, PASSWORD + "\n")
    code, out, err = run(capsys, *dbarg, "invoice", "send", number, "--password-stdin")

    assert (code, err) == (0, "")
    assert out.strip() == f"{number} invoice sent by e-mail to ap@asiakas.fi"
    [received] = server.messages
    assert received.rcpt_tos == ["ap@asiakas.fi"]
    code, out, _ = run(capsys, *dbarg, "invoice", "send", "--due", "--dry-run")
    assert (code, out.strip()) == (0, "nothing to send")


def test_send_to_another_address(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    server: MailServer,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stdin(monkeypatch, PASSWORD + "\n")
    run(capsys, *dbarg, "email", "password", "--stdin")
    number = create(capsys, dbarg, "1002", date.today())  # a paper customer
    code, out, err = run(capsys, *dbarg, "invoice", "send", number, "--to", "kirjanpito@paperi.fi")
    assert (code, err) == (0, "")
    assert out.strip() == f"{number} invoice sent by e-mail to kirjanpito@paperi.fi"
    assert server.messages[0].rcpt_tos == ["kirjanpito@paperi.fi"]


def test_send_due_by_each_customers_way(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    by_mail = create(capsys, dbarg, "1001", date.today())
    on_paper = create(capsys, dbarg, "1002", date.today())
    print_file = tmp_path / "tulosta.pdf"
    stdin(monkeypatch, PASSWORD + "\n")

    code, out, err = run(
        capsys, *dbarg, "invoice", "send", "--due", "--print", str(print_file),
        "--password-stdin",
    )  # fmt: skip

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{by_mail} invoice sent by e-mail to ap@asiakas.fi",
        f"{on_paper} invoice sent on paper into {print_file}",
        "2 sent, 0 failed",
    ]
    assert len(PdfReader(print_file).pages) == 1 and len(server.messages) == 1


def test_failures_are_one_line_each_and_exit_2(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    number = create(capsys, dbarg, "1001", date.today())
    paper = create(capsys, dbarg, "1002", date.today())
    code, _out, err = run(capsys, *dbarg, "invoice", "send", number)
    assert code == 2
    assert err == (
        "asiakasrekisteri: the mail server password is not in the keyring; give it with "
        "--password-stdin or keep it with: asiakasrekisteri email password\n"
    )
    port = free_port()
    run(capsys, *dbarg, "email", "set", f"port={port}")
    stdin(monkeypatch, PASSWORD + "\n")
    code, out, err = run(capsys, *dbarg, "invoice", "send", "--due", "--password-stdin")
    assert code == 2
    assert err.splitlines() == [
        f"asiakasrekisteri: {number} invoice: The mail server 127.0.0.1:{port} refused the "
        "connection; check the server name and port.",
        f"asiakasrekisteri: {paper} invoice: Choose a file for the documents to print.",
    ]
    assert out.strip() == "0 sent, 2 failed"
    code, out, _ = run(capsys, *dbarg, "invoice", "send", "--due", "--dry-run")
    assert code == 0 and len(out.splitlines()) == 2  # both still wait


def test_usage_mistakes(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    for args, message in (
        (["invoice", "send"], "give a NUMBER or --due"),
        (["invoice", "send", "1000", "--due"], "give a NUMBER or --due"),
        (["invoice", "send", "--due", "--to", "a@b.fi"], "--to goes with one NUMBER"),
        (["email", "set", "colour=red"], "unknown key “colour”"),
        (["email", "set", "security=ssl"], "security: one of starttls, tls, none"),
        (["email", "set", "sender_address=x"], "sender_address:"),
    ):
        code, _out, err = run(capsys, *dbarg, *args)
        assert code == 2 and message in err and len(err.splitlines()) == 1


def test_send_reminder_and_statement(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = create(capsys, dbarg, "1001", date.today() - timedelta(days=40))
    add_rates_to_today(capsys, dbarg)
    stdin(monkeypatch, PASSWORD + "\n")
    run(capsys, *dbarg, "invoice", "send", number, "--password-stdin")
    code, out, err = run(capsys, *dbarg, "invoice", "send-reminder", "--due", "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith(f"{number} reminder would go by e-mail to ap@asiakas.fi: “Maksumuist")
    stdin(monkeypatch, PASSWORD + "\n")
    code, out, err = run(capsys, *dbarg, "invoice", "send-reminder", number, "--password-stdin")
    assert (code, err) == (0, "")
    assert out.strip() == f"{number} reminder sent by e-mail to ap@asiakas.fi"
    code, out, _ = run(capsys, *dbarg, "invoice", "send-reminder", "--due", "--dry-run")
    assert out.strip() == "nothing to send"
    stdin(monkeypatch, PASSWORD + "\n")
    code, out, err = run(capsys, *dbarg, "invoice", "send-statement", "1001", "--password-stdin")
    assert (code, err) == (0, "")
    assert out.strip() == "1001 statement sent by e-mail to ap@asiakas.fi"
    subjects = [m.message()["Subject"] for m in server.messages]
    assert subjects[1].startswith("Maksumuistutus") and subjects[2].startswith("Tiliote")
    code, _out, err = run(capsys, *dbarg, "invoice", "send-reminder", "9999")
    assert code == 2 and err == "asiakasrekisteri: No invoice has the number 9999.\n"


def test_a_failure_is_told_in_the_users_language(
    qapp: object,  # the translation needs a Qt application; the window's, when tests share one
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = create(capsys, dbarg, "1001", date.today())
    port = free_port()
    run(capsys, *dbarg, "email", "set", f"port={port}")
    monkeypatch.setenv("ASIAKASREKISTERI_LANG", "fi")
    stdin(monkeypatch, PASSWORD + "\n")
    code, _out, err = run(capsys, *dbarg, "invoice", "send", number, "--password-stdin")
    assert code == 2
    assert err == (
        f"asiakasrekisteri: {number} invoice: Postipalvelin 127.0.0.1:{port} torjui yhteyden; "
        "tarkista palvelimen nimi ja portti.\n"
    )
