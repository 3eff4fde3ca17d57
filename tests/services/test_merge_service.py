"""CustomerService.merge: chosen values, moved rows, number aliases, all-or-nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from asiakasrekisteri.domain.customer import ContactData, CustomerRecord, NoteData, OfficeData
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from tests.conftest import make_customer


def _with_rows(
    service: CustomerService, record: CustomerRecord, prefix: str, *, defaults: bool = True
) -> CustomerRecord:
    """Give a customer two contacts, one office and two notes."""
    service.add_contact(record.id, ContactData(name=f"{prefix} Yksi", is_default=defaults))
    service.add_contact(record.id, ContactData(name=f"{prefix} Kaksi"))
    service.add_office(record.id, OfficeData(name=f"{prefix} konttori", is_default=defaults))
    service.add_note(record.id, NoteData(text=f"{prefix}: soitettu"))
    service.add_note(record.id, NoteData(text=f"{prefix}: tarjous lähetetty"))
    return service.get(record.id)


@pytest.fixture
def pair(customers: CustomerService) -> tuple[CustomerRecord, CustomerRecord]:
    """Two cards of the same firm: 1001 (older) and 1002."""
    first = customers.create(make_customer())
    second = customers.create(
        make_customer(
            name="Rakennus Virtanen",
            business_id="",
            email="toimisto@virtanen.fi",
            phone="050 765 4321",
        )
    )
    return _with_rows(customers, first, "A"), _with_rows(customers, second, "B")


def test_survivor_takes_the_chosen_values(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, second = pair
    chosen = replace(first.data, email=second.data.email, phone=second.data.phone)

    result = customers.merge(first.id, second.id, chosen)

    assert result.id == first.id
    stored = customers.get(first.id).data
    assert stored.customer_number == "1001"
    assert stored.name == "Rakennus Virtanen Oy"
    assert stored.business_id == "2077474-0"
    assert stored.email == "toimisto@virtanen.fi"
    assert stored.phone == "+358 50 7654321"


def test_rows_move_and_the_merged_customer_is_gone(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, second = pair

    customers.merge(first.id, second.id, first.data)

    survivor = customers.get(first.id)
    assert sorted(c.name for c in survivor.contacts) == [
        "A Kaksi", "A Yksi", "B Kaksi", "B Yksi",
    ]  # fmt: skip
    assert sorted(o.name for o in survivor.offices) == ["A konttori", "B konttori"]
    assert len(survivor.notes) == 4
    assert {c.id for c in second.contacts} <= {c.id for c in survivor.contacts}
    with pytest.raises(NotFound):
        customers.get(second.id)
    assert customers.find_id_by_number("1002") == first.id
    assert customers.get_by_number("1002").id == first.id
    assert survivor.merged_numbers == ("1002",)
    assert customers.count() == 1


def test_only_the_survivors_defaults_stay_default(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, second = pair

    customers.merge(first.id, second.id, first.data)

    survivor = customers.get(first.id)
    assert [c.name for c in survivor.contacts if c.is_default] == ["A Yksi"]
    assert [o.name for o in survivor.offices if o.is_default] == ["A konttori"]


def test_merged_default_stays_when_the_survivor_has_none(customers: CustomerService) -> None:
    first = _with_rows(customers, customers.create(make_customer()), "A", defaults=False)
    second = customers.create(make_customer(name="Virtanen", business_id="", email=""))
    second = _with_rows(customers, second, "B")

    customers.merge(first.id, second.id, first.data)

    survivor = customers.get(first.id)
    assert [c.name for c in survivor.contacts if c.is_default] == ["B Yksi"]
    assert [o.name for o in survivor.offices if o.is_default] == ["B konttori"]


def test_survivor_can_take_the_merged_number(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, second = pair

    customers.merge(first.id, second.id, replace(first.data, customer_number="1002"))

    assert customers.get(first.id).data.customer_number == "1002"
    assert customers.find_id_by_number("1001") == first.id
    assert customers.find_id_by_number("1002") == first.id
    assert customers.get(first.id).merged_numbers == ("1001",)


def test_alias_chain_follows_later_merges(customers: CustomerService) -> None:
    a = customers.create(make_customer(name="Alpha Oy", business_id="", email="", phone=""))
    b = customers.create(make_customer(name="Beta Oy", business_id="", email="", phone=""))
    c = customers.create(make_customer(name="Gamma Oy", business_id="", email="", phone=""))

    customers.merge(a.id, b.id, a.data)  # A ← B
    customers.merge(c.id, a.id, c.data)  # C ← A

    assert customers.find_id_by_number(b.data.customer_number) == c.id
    assert customers.find_id_by_number(a.data.customer_number) == c.id
    assert customers.get(c.id).merged_numbers == tuple(
        sorted([a.data.customer_number, b.data.customer_number])
    )
    # The old numbers stay reserved: a new customer cannot take them.
    assert customers.suggest_number() not in {a.data.customer_number, b.data.customer_number}


def test_alt_billing_references_follow_the_survivor(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, second = pair
    billed = customers.create(
        make_customer(
            name="Tytäryhtiö Oy",
            business_id="",
            email="",
            phone="",
            alt_billing_customer_number=second.data.customer_number,
        )
    )

    customers.merge(first.id, second.id, first.data)

    assert customers.get(billed.id).data.alt_billing_customer_number == "1001"


def test_merging_a_customer_with_itself_is_refused(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, _ = pair

    with pytest.raises(RuleViolation) as caught:
        customers.merge(first.id, first.id, first.data)

    assert caught.value.code == "merge.same"
    assert customers.get(first.id) == first


def test_a_failure_half_way_leaves_both_customers_as_they_were(
    customers: CustomerService,
    pair: tuple[CustomerRecord, CustomerRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = pair
    billed = customers.create(
        make_customer(
            name="Tytäryhtiö Oy", business_id="", email="", phone="",
            alt_billing_customer_number="1002",
        )
    )  # fmt: skip
    calls: list[tuple[int, int]] = []

    def explode(session: Session, merged_id: int, survivor_id: int) -> None:
        calls.append((merged_id, survivor_id))
        session.flush()  # the contacts, offices and notes have moved by now
        raise OSError("disk full")

    monkeypatch.setitem(customers.dependents.merge_movers, "invoices", explode)

    with pytest.raises(OSError, match="disk full"):
        customers.merge(first.id, second.id, replace(first.data, email=second.data.email))

    assert calls == [(second.id, first.id)]
    assert customers.get(first.id) == first
    assert customers.get(second.id) == second
    assert customers.get(billed.id).data.alt_billing_customer_number == "1002"
    assert customers.find_id_by_number("1002") == second.id
    assert customers.count() == 3


def test_a_refused_number_changes_nothing(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, second = pair
    third = customers.create(make_customer(name="Muu Oy", business_id="", email="", phone=""))

    with pytest.raises(FieldErrors) as caught:
        customers.merge(
            first.id, second.id, replace(first.data, customer_number=third.data.customer_number)
        )

    assert caught.value.errors["customer_number"].code == "customer_number.taken"
    assert customers.get(first.id) == first
    assert customers.get(second.id) == second


def test_invalid_chosen_data_is_refused_before_anything_moves(
    customers: CustomerService, pair: tuple[CustomerRecord, CustomerRecord]
) -> None:
    first, second = pair

    with pytest.raises(FieldErrors) as caught:
        customers.merge(first.id, second.id, replace(first.data, name=""))

    assert set(caught.value.errors) == {"name"}
    assert customers.get(second.id) == second


def test_survivor_billed_to_the_merged_customer(customers: CustomerService) -> None:
    billing = customers.create(make_customer())
    branch = customers.create(
        make_customer(
            name="Virtanen Tampere", business_id="", email="", phone="",
            alt_billing_customer_number=billing.data.customer_number,
        )
    )  # fmt: skip

    # The caller passes the survivor's own card, as most callers would.
    customers.merge(branch.id, billing.id, branch.data)

    assert customers.get(branch.id).data.alt_billing_customer_number == ""
