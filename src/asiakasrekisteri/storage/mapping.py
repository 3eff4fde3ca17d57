"""Conversion between ORM rows and the frozen domain records, and the search index upkeep."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, object_session, sessionmaker, undefer_group

from asiakasrekisteri.domain.customer import (
    DELETED_CONTACT_NAME,
    INVOICING_TERMS,
    ContactData,
    CustomerData,
    CustomerRecord,
    NoteData,
    OfficeData,
    name_sort_key,
    search_text,
)
from asiakasrekisteri.domain.enums import (
    CustomerStatus,
    CustomerType,
    InvoiceDelivery,
    InvoiceLanguage,
    NoteKind,
    VatTreatment,
)
from asiakasrekisteri.storage.errors import PermissionRefusedError
from asiakasrekisteri.storage.models import (
    TERMS_GROUP,
    ContactPerson,
    Customer,
    CustomerGroup,
    CustomerNumberAlias,
    CustomFieldDefinition,
    CustomFieldValue,
    Note,
    Office,
)

# Fields copied one to one between CustomerData and the Customer row (same names).
PLAIN_CUSTOMER_FIELDS = (
    "customer_number", "name", "business_id", "vat_id", "buyer_ovt", "company_form",
    "line_of_business", "street", "postal_code", "city", "country", "email", "phone",
    "website", "einvoice_address", "einvoice_operator", "einvoice_address_unchecked",
    "fixed_reference", "use_rf_reference",
    "delivery_ban", "collection_ban", "active", "discount_percent", "credit_limit",
    "penalty_interest", "status_manual", "comment", "payment_term_days", "delivery_terms",
    "delivery_method", "default_your_reference", "agreement_identifier", "text_before_rows",
    "text_after_rows", "account_manager",
)  # fmt: skip


_SEARCHED_FIELDS = ("customer_number", "name", "business_id", "vat_id", "email", "phone", "city")


_NEW_CARD = CustomerData()
_HIDES_TERMS = "hides_invoicing_terms"
"""``Session.info`` key: the session's user may not read the card's invoicing terms."""


def hides_invoicing_terms(session: Session | None) -> bool:
    """Whether ``session`` belongs to a user who may not see :data:`INVOICING_TERMS`."""
    return session is not None and bool(session.info.get(_HIDES_TERMS))


def customer_to_data(customer: Customer, alt_number: str = "") -> CustomerData:
    """The card's fields of a stored customer (the invoicing terms' defaults for a user
    who may not see them)."""
    names: tuple[str, ...] = PLAIN_CUSTOMER_FIELDS
    if hides_invoicing_terms(object_session(customer)):
        names = tuple(n for n in names if n not in INVOICING_TERMS)
    values: dict[str, Any] = {name: getattr(customer, name) for name in names}
    return CustomerData(
        customer_type=CustomerType(customer.customer_type),
        group=customer.group.name if customer.group else "",
        invoice_language=InvoiceLanguage(customer.invoice_language),
        invoice_delivery=InvoiceDelivery(customer.invoice_delivery),
        vat_treatment=VatTreatment(customer.vat_treatment),
        status=CustomerStatus(customer.status),
        alt_billing_customer_number=alt_number,
        custom_fields={v.definition.name: v.value for v in customer.custom_values},
        **values,
    )


def contact_to_data(contact: ContactPerson) -> ContactData:
    return ContactData(
        id=contact.id,
        name=contact.name,
        title=contact.title,
        keywords=contact.keywords,
        phone=contact.phone,
        email=contact.email,
        active=contact.active,
        is_default=contact.is_default,
        anonymised=contact.anonymised,
        version=contact.version,
    )


def anonymise_contact(contact: ContactPerson) -> None:
    """Remove a contact's personal data for good; it shows as "Poistettu yhteyshenkilö".

    The row stays, so that invoices naming the contact keep their link. Only values that
    differ are set, so that the change log gets no entry for a field that was empty.
    """
    values: dict[str, object] = {
        "name": DELETED_CONTACT_NAME,
        "title": "",
        "keywords": "",
        "phone": "",
        "email": "",
        "active": False,
        "is_default": False,
        "anonymised": True,
    }
    for key, value in values.items():
        if getattr(contact, key) != value:
            setattr(contact, key, value)


def office_to_data(office: Office) -> OfficeData:
    return OfficeData(
        id=office.id,
        name=office.name,
        street=office.street,
        postal_code=office.postal_code,
        city=office.city,
        country=office.country,
        email=office.email,
        einvoice_address=office.einvoice_address,
        einvoice_operator=office.einvoice_operator,
        is_default=office.is_default,
        version=office.version,
    )


def note_to_data(note: Note) -> NoteData:
    return NoteData(
        id=note.id,
        text=note.text,
        kind=NoteKind(note.kind),
        due_date=note.due_date,
        done=note.done,
        created_at=note.created_at,
        done_at=note.done_at,
        version=note.version,
    )


def customer_to_record(session: Session, customer: Customer) -> CustomerRecord:
    """Everything the card shows about one customer."""
    alt_number = ""
    if customer.alt_billing_customer_id is not None:
        alt = session.get(Customer, customer.alt_billing_customer_id)
        alt_number = alt.customer_number if alt else ""
    aliases = session.scalars(
        select(CustomerNumberAlias.number).where(CustomerNumberAlias.customer_id == customer.id)
    ).all()
    return CustomerRecord(
        id=customer.id,
        data=customer_to_data(customer, alt_number),
        contacts=tuple(contact_to_data(c) for c in customer.contacts),
        offices=tuple(office_to_data(o) for o in customer.offices),
        notes=tuple(note_to_data(n) for n in customer.notes),
        created_at=customer.created_at,
        updated_at=customer.updated_at,
        merged_numbers=tuple(sorted(aliases)),
        version=customer.version,
    )


def group_by_name(session: Session, name: str) -> CustomerGroup | None:
    """The group of that name, created when new; None for an empty name."""
    if not name:
        return None
    group = session.scalars(select(CustomerGroup).where(CustomerGroup.name == name)).first()
    if group is None:
        group = CustomerGroup(name=name)
        session.add(group)
    return group


def apply_customer_data(
    session: Session, customer: Customer, data: CustomerData, alt_billing_id: int | None
) -> None:
    """Write validated card fields onto a row; only changed values are set (history).

    A user who may not see the invoicing terms leaves them as they are.

    Raises:
        PermissionRefusedError: Such a user gave the terms values of their own (which
            the server would refuse to write).
    """
    hidden = INVOICING_TERMS if hides_invoicing_terms(session) else ()
    if any(getattr(data, name) != getattr(_NEW_CARD, name) for name in hidden):
        raise PermissionRefusedError()
    # One UPDATE a save: reading a deferred column (the invoicing terms), the group or
    # the custom fields would otherwise flush the fields set before it, and each flush
    # counts the card's version up (a conflict then counts the saves wrong).
    with session.no_autoflush:
        _apply_fields(session, customer, data, alt_billing_id, hidden)


def _apply_fields(
    session: Session,
    customer: Customer,
    data: CustomerData,
    alt_billing_id: int | None,
    hidden: Iterable[str],
) -> None:
    for name in PLAIN_CUSTOMER_FIELDS:
        if name in hidden:
            continue
        value = getattr(data, name)
        if getattr(customer, name, None) != value:
            setattr(customer, name, value)
    for name, value in (
        ("customer_type", data.customer_type.value),
        ("invoice_language", data.invoice_language.value),
        ("invoice_delivery", data.invoice_delivery.value),
        ("vat_treatment", data.vat_treatment.value),
        ("status", data.status.value),
    ):
        if getattr(customer, name, None) != value:
            setattr(customer, name, value)
    group = group_by_name(session, data.group)
    if customer.group is not group:
        customer.group = group
    if customer.alt_billing_customer_id != alt_billing_id:
        customer.alt_billing_customer_id = alt_billing_id
    _apply_custom_fields(session, customer, data.custom_fields)


def _apply_custom_fields(session: Session, customer: Customer, values: Any) -> None:
    existing = {v.definition.name: v for v in customer.custom_values}
    for name, value in values.items():
        if name in existing:
            if existing[name].value != value:
                existing[name].value = value
            continue
        definition = session.scalars(
            select(CustomFieldDefinition).where(CustomFieldDefinition.name == name)
        ).first()
        if definition is None:
            definition = CustomFieldDefinition(name=name)
            session.add(definition)
        customer.custom_values.append(CustomFieldValue(definition=definition, value=value))
    for name, row in existing.items():
        if name not in values:
            customer.custom_values.remove(row)


def refresh_index_fields(customer: Customer) -> None:
    """Keep the sort key and the search text in step with the card."""
    # Only the searched fields: a row being created may not have its defaults yet.
    searched: dict[str, Any] = {name: getattr(customer, name) or "" for name in _SEARCHED_FIELDS}
    data = CustomerData(**searched)
    names = [c.name for c in customer.contacts if not c.anonymised]
    customer.name_sort = name_sort_key(customer.name or "")
    customer.search_text = search_text(data, names)


def _refresh_search_index(session: Session, _context: Any, _instances: Any) -> None:
    touched: set[Customer] = set()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Customer):
            touched.add(obj)
        elif isinstance(obj, ContactPerson) and obj.customer is not None:
            touched.add(obj.customer)
    for obj in session.deleted:
        if isinstance(obj, ContactPerson):
            parent = session.get(Customer, obj.customer_id)
            if parent is not None and parent not in session.deleted:
                touched.add(parent)
    for customer in touched:
        if customer in session.deleted:
            continue
        refresh_index_fields(customer)


def _load_terms(state: ORMExecuteState) -> None:
    """Load the invoicing terms with every whole customer a query selects, for a user
    who may see them (:class:`~asiakasrekisteri.storage.models.Customer` defers them).

    A customer loaded through a relationship gets them when they are first read.
    """
    # A whole customer is an entity of type Customer (a column of it has the column's
    # type), however the ORM names it (the class, or its mapper in a load by key).
    if (
        state.is_select
        and not state.is_relationship_load
        and not hides_invoicing_terms(state.session)
        and any(
            d.get("type") is Customer and not d.get("aliased")
            for d in state.statement.column_descriptions  # type: ignore[attr-defined]
        )
    ):
        state.statement = state.statement.options(undefer_group(TERMS_GROUP))


def _leave_terms_out(session: Session, _context: Any, _instances: Any) -> None:
    """A new card's invoicing terms are the server's defaults, never written by the user."""
    for obj in session.new:
        if isinstance(obj, Customer):
            present = inspect(obj).dict
            for name in INVOICING_TERMS:
                if name in present:
                    delattr(obj, name)


def load_invoicing_terms(sessions: sessionmaker[Session]) -> None:
    """Sessions of ``sessions`` load the invoicing terms of the customers they select,
    unless :func:`hide_invoicing_terms` said otherwise."""
    event.listen(sessions, "do_orm_execute", _load_terms)


def hide_invoicing_terms(sessions: sessionmaker[Session]) -> None:
    """Sessions of ``sessions`` neither read nor write :data:`INVOICING_TERMS`.

    For a team member whose role on the server may not read them: the server refuses
    any statement naming them, so they stay deferred and inserts leave them out.
    """
    info = dict(sessions.kw.get("info") or {})
    info[_HIDES_TERMS] = True
    sessions.configure(info=info)
    event.listen(sessions, "before_flush", _leave_terms_out)


def attach(sessions: sessionmaker[Session]) -> None:
    """Keep the search index of customers current in every flush of ``sessions``."""
    event.listen(sessions, "before_flush", _refresh_search_index)
