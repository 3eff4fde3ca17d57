"""Company lookups against a local server answering as the trade register."""

from __future__ import annotations

import socket
import time

import pytest

from asiakasrekisteri.domain.errors import FieldErrors, InvalidChecksum
from asiakasrekisteri.domain.trade_register import FieldChange, RegisterFormatError
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.services.trade_register import (
    DEFAULT_URL,
    RegisterAddressError,
    RegisterBadAddress,
    RegisterBusy,
    RegisterHttpError,
    RegisterTimeout,
    RegisterUnreachable,
    TradeRegisterService,
    register_url,
)
from tests.conftest import make_customer
from tests.trade_register_server import RecordedRegister


@pytest.fixture
def lookups(services: Services, trade_register: RecordedRegister) -> TradeRegisterService:
    return services.trade_register


def test_a_business_id_finds_its_company(
    lookups: TradeRegisterService, trade_register: RecordedRegister
) -> None:
    company = lookups.lookup(" 2077474-0 ")

    assert company is not None
    assert company.name == "Rakennus Virtanen Oy"
    assert trade_register.requests == [{"businessId": "2077474-0"}]


def test_an_unknown_business_id_finds_nothing(lookups: TradeRegisterService) -> None:
    assert lookups.lookup("1234567-1") is None


def test_an_invalid_business_id_asks_nothing(
    lookups: TradeRegisterService, trade_register: RecordedRegister
) -> None:
    with pytest.raises(InvalidChecksum):
        lookups.lookup("2077474-1")
    assert trade_register.requests == []


def test_search_by_name_puts_ceased_companies_last(lookups: TradeRegisterService) -> None:
    result = lookups.search("  Virtanen ")

    assert result.total == 127
    names = [c.name for c in result.companies]
    assert len(names) == 6
    assert names[-1] == "Virtanen & Co Ky"
    assert names[0] == "Rakennus Virtanen Oy"


def test_search_by_a_business_id_and_too_short_names(
    lookups: TradeRegisterService, trade_register: RecordedRegister
) -> None:
    assert [c.name for c in lookups.search("2458793-4").companies] == ["Virtanen Kuljetus Oy"]
    assert lookups.search("1234567-1").companies == ()
    assert lookups.search("Vi").companies == ()
    assert trade_register.requests == [{"businessId": "2458793-4"}, {"businessId": "1234567-1"}]


@pytest.mark.parametrize(
    ("status", "error", "text"),
    [
        (500, RegisterHttpError, "HTTP 500"),
        (503, RegisterHttpError, "HTTP 503"),
        (429, RegisterBusy, "too many requests"),
    ],
)
def test_http_errors_are_one_message(
    lookups: TradeRegisterService,
    trade_register: RecordedRegister,
    status: int,
    error: type[Exception],
    text: str,
) -> None:
    trade_register.status = status
    with pytest.raises(error) as raised:
        lookups.search("Virtanen")
    assert text in str(raised.value)


def test_a_wrong_address_says_where_it_looked(
    lookups: TradeRegisterService, trade_register: RecordedRegister
) -> None:
    lookups.address = trade_register.url.replace("/v3", "/v9")
    with pytest.raises(RegisterAddressError) as raised:
        lookups.search("Virtanen")
    assert "HTTP 404" in str(raised.value)
    assert "/v9" in str(raised.value)


def test_a_slow_answer_times_out_soon(
    lookups: TradeRegisterService, trade_register: RecordedRegister
) -> None:
    trade_register.delay = 5
    lookups.timeout = 0.3
    started = time.monotonic()
    with pytest.raises(RegisterTimeout) as raised:
        lookups.search("Virtanen")
    assert time.monotonic() - started < 2
    assert "0.3 seconds" in str(raised.value)


@pytest.mark.parametrize("answer_file", ["changed_format.json", "wrong_types.json"])
def test_a_changed_format_is_one_message(
    lookups: TradeRegisterService, trade_register: RecordedRegister, answer_file: str
) -> None:
    trade_register.answer_file = answer_file
    with pytest.raises(RegisterFormatError) as raised:
        lookups.search("Virtanen")
    assert "format this program does not know" in str(raised.value)


def test_an_answer_that_is_not_json_is_one_message(
    lookups: TradeRegisterService, trade_register: RecordedRegister
) -> None:
    trade_register.body = b"<html><body>Huoltokatko</body></html>"
    with pytest.raises(RegisterFormatError):
        lookups.search("Virtanen")


def test_no_server_means_unreachable(services: Services) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    services.trade_register.address = f"http://127.0.0.1:{port}/v3"
    with pytest.raises(RegisterUnreachable):
        services.trade_register.search("Virtanen")


def test_an_address_that_is_no_web_address(services: Services) -> None:
    services.trade_register.address = "avoindata.prh.fi"
    with pytest.raises(RegisterBadAddress) as raised:
        services.trade_register.search("Virtanen")
    assert "“avoindata.prh.fi”" in str(raised.value)


def test_the_address_comes_from_the_setting_then_the_environment_then_prh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASIAKASREKISTERI_YTJ_URL", "http://127.0.0.1:8080/ytj/")
    assert register_url("https://proxy.example/ytj/v3/") == "https://proxy.example/ytj/v3"
    assert register_url(" ") == "http://127.0.0.1:8080/ytj"
    monkeypatch.delenv("ASIAKASREKISTERI_YTJ_URL")
    assert register_url() == DEFAULT_URL == "https://avoindata.prh.fi/opendata-ytj-api/v3"


def test_changes_and_applying_the_chosen_ones_in_one_logged_step(
    services: Services, lookups: TradeRegisterService
) -> None:
    stored = services.customers.create(
        make_customer(name="Rakennus Virtanen", street="Vanha katu 1", city="Tampere")
    )
    company = lookups.lookup("2077474-0")
    assert company is not None

    found = lookups.changes_for(stored.id, company, "fi")
    assert [c.field for c in found] == ["name", "company_form", "line_of_business", "street"]
    assert found[0] == FieldChange("name", "Rakennus Virtanen", "Rakennus Virtanen Oy")

    values = company.customer_values("fi")
    updated = lookups.apply(stored.id, {k: values[k] for k in ("name", "street")})

    assert (updated.data.name, updated.data.street) == ("Rakennus Virtanen Oy", "Hämeenkatu 10 B 5")
    assert updated.data.company_form == ""  # not chosen
    assert updated.data.email == stored.data.email
    logged = [
        (r.action, r.field, r.old_value, r.new_value)
        for r in HistoryService(services.db).for_customer(stored.id)
        if r.action == "trade_register"
    ]
    assert sorted(logged) == [
        ("trade_register", "name", "Rakennus Virtanen", "Rakennus Virtanen Oy"),
        ("trade_register", "street", "Vanha katu 1", "Hämeenkatu 10 B 5"),
    ]


def test_a_value_breaking_a_card_rule_writes_nothing(
    services: Services, lookups: TradeRegisterService
) -> None:
    stored = services.customers.create(make_customer())
    with pytest.raises(FieldErrors):
        lookups.apply(stored.id, {"name": "Uusi Oy", "postal_code": "ABC"})
    assert services.customers.get(stored.id).data == stored.data


def test_only_register_fields_can_be_applied(
    services: Services, lookups: TradeRegisterService
) -> None:
    stored = services.customers.create(make_customer())
    with pytest.raises(ValueError, match="email"):
        lookups.apply(stored.id, {"email": "x@example.fi"})
