"""What a card lists under the customer: contact persons, offices, notes and activities."""

from __future__ import annotations

from asiakasrekisteri.domain.customer import (
    ContactData,
    NoteData,
    OfficeData,
    validate_contact,
    validate_note,
    validate_office,
)
from asiakasrekisteri.services.conflicts import check_version
from asiakasrekisteri.services.customers._rows import (
    clear_default,
    customer_row,
    get_row,
    locked_row,
)
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.storage import history
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.mapping import (
    anonymise_contact,
    contact_to_data,
    note_to_data,
    office_to_data,
)
from asiakasrekisteri.storage.models import ContactPerson, Note, Office
from asiakasrekisteri.storage.types import utcnow


class CardRows:
    """Contacts, offices and notes (part of ``CustomerService``)."""

    db: Database

    # --- contacts ----------------------------------------------------------------------

    def add_contact(self, customer_id: int, data: ContactData) -> ContactData:
        clean = validate_contact(data)
        with self.db.transaction() as session:
            customer = customer_row(session, customer_id)
            contact = ContactPerson(customer=customer)
            session.add(contact)
            _apply_contact(contact, clean)
            if clean.is_default:
                clear_default(customer.contacts, contact)
            session.flush()
            return contact_to_data(contact)

    def update_contact(self, data: ContactData) -> ContactData:
        """Save a contact; one saved by someone else since ``data.version`` is a
        :class:`~asiakasrekisteri.services.customers.conflicts.RecordConflict`."""
        clean = validate_contact(data)
        with self.db.transaction() as session:
            contact = locked_row(session, ContactPerson, data.id)
            check_version(session, contact, data.version, lambda: contact_to_data(contact))
            if contact.anonymised:
                raise RuleViolation(
                    "A deleted contact cannot be edited.", code="contact.anonymised"
                )
            _apply_contact(contact, clean)
            if clean.is_default:
                clear_default(contact.customer.contacts, contact)
            session.flush()
            return contact_to_data(contact)

    def delete_contact(self, contact_id: int) -> ContactData:
        """Anonymise a contact for good (see ``storage.mapping.anonymise_contact``).

        The change log keeps that it happened, but no value the contact ever had: the
        entry is an anonymisation, and the contact's earlier entries lose their values.
        """
        with self.db.transaction() as session:
            contact = get_row(session, ContactPerson, contact_id)
            history.set_action(session, history.Action.ANONYMISED)
            anonymise_contact(contact)
            session.flush()
            history.erase_entity_values(session, "contact_person", contact_id)
            return contact_to_data(contact)

    # --- offices -----------------------------------------------------------------------

    def add_office(self, customer_id: int, data: OfficeData) -> OfficeData:
        clean = validate_office(data)
        with self.db.transaction() as session:
            customer = customer_row(session, customer_id)
            office = Office(customer=customer)
            session.add(office)
            _apply_office(office, clean)
            if clean.is_default:
                clear_default(customer.offices, office)
            session.flush()
            return office_to_data(office)

    def update_office(self, data: OfficeData) -> OfficeData:
        """Save an office; a conflict as :meth:`update_contact`."""
        clean = validate_office(data)
        with self.db.transaction() as session:
            office = locked_row(session, Office, data.id)
            check_version(session, office, data.version, lambda: office_to_data(office))
            _apply_office(office, clean)
            if clean.is_default:
                clear_default(office.customer.offices, office)
            session.flush()
            return office_to_data(office)

    def delete_office(self, office_id: int) -> None:
        """Delete an office; the default office is refused until another is chosen."""
        with self.db.transaction() as session:
            office = get_row(session, Office, office_id)
            if office.is_default:
                raise RuleViolation(
                    "“{name}” is the default office. Choose another default office or clear "
                    "the default before deleting it.",
                    code="office.default_delete",
                    name=office.name,
                )
            session.delete(office)

    # --- notes and activities ----------------------------------------------------------

    def add_note(self, customer_id: int, data: NoteData) -> NoteData:
        clean = validate_note(data)
        with self.db.transaction() as session:
            customer = customer_row(session, customer_id)
            note = Note(
                customer=customer,
                text=clean.text,
                kind=clean.kind.value,
                due_date=clean.due_date,
                done=clean.done,
                done_at=utcnow() if clean.done else None,
            )
            session.add(note)
            session.flush()
            return note_to_data(note)

    def update_note(self, data: NoteData) -> NoteData:
        """Save a note; a conflict as :meth:`update_contact`."""
        clean = validate_note(data)
        with self.db.transaction() as session:
            note = locked_row(session, Note, data.id)
            check_version(session, note, data.version, lambda: note_to_data(note))
            note.text = clean.text
            note.kind = clean.kind.value
            note.due_date = clean.due_date
            if note.done != clean.done:
                note.done = clean.done
                note.done_at = utcnow() if clean.done else None
            session.flush()
            return note_to_data(note)

    def set_note_done(self, note_id: int, done: bool = True) -> NoteData:
        with self.db.transaction() as session:
            note = get_row(session, Note, note_id)
            if note.done != done:
                note.done = done
                note.done_at = utcnow() if done else None
            session.flush()
            return note_to_data(note)

    def delete_note(self, note_id: int) -> None:
        with self.db.transaction() as session:
            session.delete(get_row(session, Note, note_id))


def _apply_contact(contact: ContactPerson, data: ContactData) -> None:
    for name in ("name", "title", "keywords", "phone", "email", "active", "is_default"):
        value = getattr(data, name)
        if getattr(contact, name, None) != value:
            setattr(contact, name, value)


def _apply_office(office: Office, data: OfficeData) -> None:
    for name in (
        "name", "street", "postal_code", "city", "country", "email", "einvoice_address",
        "einvoice_operator", "is_default",
    ):  # fmt: skip
        value = getattr(data, name)
        if getattr(office, name, None) != value:
            setattr(office, name, value)
