"""Column headers of a customer sheet: which field a header means, and where the header is.

Real registers are typed by hand in Finnish, Swedish or English: "Y-tunnus", "Ytunnus",
"Business ID", "FO-nummer", "Asiakas nro", "Kundnummer" ... A header is folded (case,
spacing, punctuation and diacritics removed) and looked up among the synonyms of every
field; near misses are found with rapidfuzz and get a lower confidence.

Targets are field names of :class:`~asiakasrekisteri.domain.customer.CustomerData`, the
pseudo-fields below (a combined address, the contact person's columns, first and last
name), ``"custom:<name>"`` for a custom field, or ``""`` for an ignored column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from rapidfuzz import fuzz, process

IGNORE: Final = ""
CUSTOM_PREFIX: Final = "custom:"
# Export writes a custom field whose name looks like a known header with this prefix, so
# that the import reads it back as the custom field and not as the card field.
CUSTOM_HEADER_PREFIX: Final = "Lisätieto: "

# Pseudo-fields that are not CustomerData fields.
ADDRESS: Final = "address"
FIRST_NAME: Final = "first_name"
LAST_NAME: Final = "last_name"
CONTACT_NAME: Final = "contact_name"
CONTACT_TITLE: Final = "contact_title"
CONTACT_PHONE: Final = "contact_phone"
CONTACT_EMAIL: Final = "contact_email"
CONTACT_ADDRESS: Final = "contact_address"
READ_ONLY: Final = "read_only"  # known columns the program sets itself (Luotu, Muokattu)

CONTACT_ADDRESS_FIELD: Final = "Yhteyshenkilön osoite"
"""Contacts have no address of their own: the template's column is kept as this custom field."""

# Target → (English label for the GUI, synonyms in Finnish, Swedish and English).
TARGETS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "customer_number": ("Customer number", (
        "Asiakasnumero", "Asiakasnro", "Asiakas nro", "Asiakkaan numero", "Asiakas numero",
        "As nro", "Asnro", "Numero", "Nro", "Kundnummer", "Kund nr", "Kundnr", "Kund-nr",
        "Kund-ID", "Kundid",
        "Customer number", "Customer no", "Customer nr", "Customer id", "Customer #",
        "Client number", "Client no", "Account number", "No", "Number", "Id",
    )),
    "customer_type": ("Customer type", (
        "Asiakkuuden tyyppi", "Asiakkuuden tyyppi (Yritys/Yksityinen)", "Asiakastyyppi",
        "Tyyppi", "Asiakkaan tyyppi", "Yritys/Yksityinen", "Yritys / yksityinen",
        "Kundtyp", "Typ", "Kundtyp (företag/privat)", "Customer type", "Type", "Client type",
        "Company/Private",
    )),
    "name": ("Name", (
        "Nimi", "Asiakas", "Asiakkaan nimi", "Asiakkaan nimi / yritys", "Yrityksen nimi",
        "Yritys", "Toiminimi", "Nimi / yritys", "Namn", "Kund", "Kundnamn", "Företag",
        "Företagsnamn", "Firma", "Name", "Customer", "Customer name", "Company",
        "Company name", "Client", "Client name", "Full name",
    )),
    FIRST_NAME: ("First name", ("Etunimi", "Etunimet", "Förnamn", "First name", "Given name")),
    LAST_NAME: ("Last name", ("Sukunimi", "Efternamn", "Last name", "Surname", "Family name")),
    "business_id": ("Y-tunnus", (
        "Y-tunnus", "Ytunnus", "Y tunnus", "Y-tunnus / hetu", "Yritystunnus", "Y-tun",
        "Ytun", "Liiketunnus", "FO-nummer", "FO nummer", "FO-nr", "Företagsnummer",
        "Företags-ID", "Företags- och organisationsnummer", "Organisationsnummer",
        "Organisationsnr", "Org nr", "Org.nummer", "Business ID", "Business identity code",
        "Company ID", "Company registration number", "Registration number", "Reg no",
    )),
    "vat_id": ("VAT number", (
        "Alv-tunnus", "ALV-numero", "ALV tunnus", "Alv-nro", "Alvnro", "ALV-rekisterinumero",
        "Arvonlisäverotunniste", "Momsnummer", "Moms nr", "Momsregistreringsnummer",
        "Momsreg.nr", "Momsregnummer", "VAT-nummer",
        "VAT", "VAT ID", "VAT number", "VAT no", "VAT reg no", "EU VAT number",
    )),
    "einvoice_address": ("E-invoice address", (
        "Verkkolaskutusosoite", "Verkkolaskuosoite", "Verkkolaskuosoite (OVT)",
        "Verkkolaskutunnus", "OVT", "OVT-tunnus", "Verkkolasku", "E-fakturaadress",
        "E-faktura adress", "Nätfakturaadress", "E-faktura", "E-invoice address",
        "E-invoicing address", "Einvoice address", "Electronic invoice address", "EDI",
    )),
    "einvoice_operator": ("E-invoice operator", (
        "Välittäjätunnus", "Välittäjä", "Välittäjän tunnus", "Verkkolaskuoperaattori",
        "Operaattori", "Operaattoritunnus", "Välittäjä / operaattori", "Förmedlare",
        "Förmedlarkod", "Operatör", "Operator", "Operator ID", "E-invoice operator",
        "Intermediator", "Intermediary",
    )),
    "buyer_ovt": ("Recipient OVT", (
        "Vastaanottajan OVT-tunnus", "Vastaanottajan OVT", "Ostajan OVT", "Mottagarens OVT",
        "Buyer OVT", "Recipient OVT", "BuyerOrganisationUnitNumber",
    )),
    ADDRESS: ("Address (street, postal code, city)", (
        "Osoite", "Laskutusosoite", "Postiosoite", "Koko osoite", "Adress", "Fakturaadress",
        "Postadress", "Address", "Billing address", "Postal address", "Full address",
    )),
    "street": ("Street address", (
        "Katuosoite", "Lähiosoite", "Katu", "Osoite 1", "Osoiterivi", "Osoiterivi 1",
        "Gatuadress", "Gata", "Utdelningsadress", "Street", "Street address", "Address 1",
        "Address line 1",
    )),
    "postal_code": ("Postal code", (
        "Postinumero", "Postinro", "Postinum", "Post nro", "Postnummer", "Postnr",
        "Postal code", "Post code", "Postcode", "Zip", "Zip code",
    )),
    "city": ("City", (
        "Postitoimipaikka", "Postitoimipaikka / kaupunki", "Kaupunki", "Paikkakunta",
        "Kunta", "Toimipaikka", "Postitoimip", "Postort", "Ort", "Stad", "Postanstalt",
        "Postkontor", "City", "Town",
        "Post town",
    )),
    "country": ("Country", ("Maa", "Valtio", "Land", "Country", "Maakoodi", "Country code")),
    "email": ("Email", (
        "Sähköposti", "Sähköpostiosoite", "Sposti", "S-posti", "Email", "E-mail",
        "E-mail address", "Laskutussähköposti", "Laskutuksen sähköposti", "E-post",
        "E-postadress", "Epost", "Mejl", "Mejladress", "Fakturamejl", "Mail",
        "Email address", "Invoice email", "Billing email",
    )),
    "phone": ("Phone", (
        "Puhelinnumero", "Puhelin", "Puh", "Puh nro", "Puhelin nro", "Matkapuhelin",
        "GSM", "Telefon", "Telefonnummer", "Telefonnr", "Tfn", "Tel", "Mobil",
        "Mobilnummer", "Mobiltelefon", "Phone", "Phone number",
        "Telephone", "Mobile", "Mobile phone", "Tel no",
    )),
    CONTACT_NAME: ("Contact person", (
        "Yhteyshenkilö", "Yhteyshenkilön nimi", "Yhteyshlö", "Yht henkilö", "Kontaktperson",
        "Kontaktpersonens namn", "Kontakt", "Referensperson", "Contact", "Contact person",
        "Contact name",
    )),
    CONTACT_TITLE: ("Contact's title", (
        "Yhteyshenkilön titteli", "Yhteyshenkilön tehtävä", "Yhteyshenkilön rooli",
        "Titteli", "Tehtävänimike", "Kontaktpersonens titel", "Titel", "Befattning",
        "Contact title",
        "Contact role", "Job title", "Title",
    )),
    CONTACT_PHONE: ("Contact's phone", (
        "Yhteyshenkilön puhelinnumero", "Yhteyshenkilön puhelin", "Yhteyshenkilön puh",
        "Kontaktpersonens telefon", "Kontaktpersonens telefonnummer", "Contact phone",
        "Contact phone number", "Contact's phone",
    )),
    CONTACT_EMAIL: ("Contact's email", (
        "Yhteyshenkilön sähköposti", "Yhteyshenkilön sähköpostiosoite",
        "Kontaktpersonens e-post", "Contact email", "Contact e-mail", "Contact's email",
    )),
    CONTACT_ADDRESS: ("Contact's address (kept as a custom field)", (
        "Yhteyshenkilön osoite", "Kontaktpersonens adress", "Contact address",
        "Contact's address",
    )),
    "group": ("Customer group", (
        "Asiakasryhmä", "Ryhmä", "Kundgrupp", "Kundkategori", "Grupp", "Customer group",
        "Group",
    )),
    "website": ("Website", (
        "Verkkosivut", "Verkkosivu", "Kotisivu", "Kotisivut", "WWW", "Www-osoite",
        "Webbplats", "Webbadress", "Hemsida", "Website", "Web site", "Web", "Homepage",
        "URL",
    )),
    "alt_billing_customer_number": ("Billing customer number", (
        "Laskutusasiakas", "Laskutusasiakkaan numero", "Vaihtoehtoinen laskutusasiakas",
        "Fakturakund", "Billing customer", "Bill to customer",
    )),
    "invoice_language": ("Invoice language", (
        "Laskun kieli", "Laskutuskieli", "Kieli", "Fakturaspråk", "Språk",
        "Invoice language", "Language",
    )),
    "fixed_reference": ("Fixed reference number", (
        "Vakioviite", "Vakioviitenumero", "Viitenumero", "Fast referens", "Referensnummer",
        "Fixed reference", "Reference number",
    )),
    "use_rf_reference": ("Use RF reference", (
        "RF-viite", "Käytä RF-viitettä", "RF-referens", "RF reference", "Use RF reference",
    )),
    "delivery_ban": ("Delivery ban", (
        "Toimituskielto", "Leveransförbud", "Delivery ban", "Delivery block",
    )),
    "collection_ban": ("Collection ban", (
        "Perintäkielto", "Indrivningsförbud", "Collection ban", "No collection",
    )),
    "vat_treatment": ("VAT treatment", (
        "ALV-käsittely", "Alv käsittely", "Momsbehandling", "VAT treatment",
    )),
    "active": ("Active", ("Aktiivinen", "Voimassa", "Aktiv", "Active")),
    "discount_percent": ("Discount %", (
        "Alennus %", "Alennus", "Alennusprosentti", "Rabatt %", "Rabatt", "Discount %",
        "Discount", "Discount percent",
    )),
    "credit_limit": ("Credit limit", (
        "Saldoraja", "Luottoraja", "Kreditgräns", "Credit limit",
    )),
    "penalty_interest": ("Penalty interest %", (
        "Viivästyskorko %", "Viivästyskorko", "Dröjsmålsränta %", "Dröjsmålsränta",
        "Penalty interest %", "Penalty interest", "Late payment interest",
    )),
    "status": ("Customer status", (
        "Asiakkuuden tila", "Tila", "Kundstatus", "Status", "Customer status",
    )),
    "status_manual": ("Status set by hand", (
        "Tila asetettu käsin", "Status satt manuellt", "Status set by hand",
    )),
    "comment": ("Internal comment", (
        "Sisäinen kommentti", "Kommentti", "Huomautus", "Huomautukset", "Lisätiedot",
        "Muistiinpanot", "Kommentar", "Anteckningar", "Comment", "Comments", "Notes", "Note",
        "Remarks",
    )),
    "payment_term_days": ("Payment term (days)", (
        "Maksuehto (pv)", "Maksuehto", "Maksuaika", "Maksuaika (pv)", "Maksuehto päivää",
        "Betalningsvillkor", "Betalningstid", "Payment term", "Payment term (days)",
        "Payment terms", "Terms of payment",
    )),
    "delivery_terms": ("Delivery terms", (
        "Toimitusehdot", "Toimitusehto", "Leveransvillkor", "Delivery terms",
    )),
    "delivery_method": ("Delivery method", (
        "Toimitustapa", "Leveranssätt", "Delivery method",
    )),
    "default_your_reference": ("Your reference", (
        "Viitteenne", "Er referens", "Your reference",
    )),
    "agreement_identifier": ("Agreement identifier", (
        "Sopimustunnus", "Sopimusnumero", "Avtalsnummer", "Agreement identifier",
        "Contract number",
    )),
    "text_before_rows": ("Text before invoice rows", (
        "Teksti ennen rivejä", "Text före rader", "Text before rows",
    )),
    "text_after_rows": ("Text after invoice rows", (
        "Teksti rivien jälkeen", "Text efter rader", "Text after rows",
    )),
    "einvoice_address_unchecked": ("E-invoice address not checked", (
        "Verkkolaskuosoite tarkistamatta", "E-fakturaadress okontrollerad",
        "E-invoice address unchecked",
    )),
    READ_ONLY: ("Set by the program (ignored)", (
        "Luotu", "Muokattu", "Skapad", "Ändrad", "Created", "Modified", "Updated",
    )),
}  # fmt: skip

MULTI_TARGETS: Final = frozenset({READ_ONLY})
"""Targets that several columns may share."""

FUZZY_CUTOFF: Final = 86.0
HEADER_SCAN_ROWS: Final = 30

_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """A header reduced to ASCII letters and digits: case, spacing and accents go.

    >>> fold(" Y-Tunnus: "), fold("Sähköposti"), fold("FO-nummer")
    ('ytunnus', 'sahkoposti', 'fonummer')
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALNUM.sub("", plain.replace("ß", "ss"))


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for target, (label, synonyms) in TARGETS.items():
        for text in (*synonyms, label):
            index.setdefault(fold(text), target)
    return index


_INDEX: Final[dict[str, str]] = _build_index()
_KEYS: Final[list[str]] = list(_INDEX)


@dataclass(frozen=True)
class HeaderMatch:
    """What one header text means.

    Attributes:
        target: The field, ``"custom:<name>"`` or ``""``.
        confidence: 1.0 for a known spelling, lower for a near miss, 0.0 when unknown.
    """

    target: str
    confidence: float


def match_header(header: str) -> HeaderMatch:
    """The field a header names, with a confidence between 0 and 1.

    >>> match_header("Asiakas nro")
    HeaderMatch(target='customer_number', confidence=1.0)
    >>> match_header("Kundnummer").target, match_header("Puhelinumero").target
    ('customer_number', 'phone')
    """
    text = header.strip()
    if text.casefold().startswith(CUSTOM_HEADER_PREFIX.casefold()):
        name = text[len(CUSTOM_HEADER_PREFIX) :].strip()
        return HeaderMatch(CUSTOM_PREFIX + name, 1.0) if name else HeaderMatch(IGNORE, 0.0)
    key = fold(text)
    if not key:
        return HeaderMatch(IGNORE, 0.0)
    if key in _INDEX:
        return HeaderMatch(_INDEX[key], 1.0)
    bare = fold(_PARENTHESES.sub(" ", text))
    if bare and bare in _INDEX:
        return HeaderMatch(_INDEX[bare], 0.95)
    # Short keys ("nr", "id") would match too much by similarity: exact spellings only.
    if len(key) >= 4:
        found = process.extractOne(key, _KEYS, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if found is not None:
            return HeaderMatch(_INDEX[found[0]], round(found[1] / 100, 2))
    return HeaderMatch(IGNORE, 0.0)


def resolve_targets(matches: Sequence[HeaderMatch]) -> list[HeaderMatch]:
    """Give each field to one column only: the surest one; the others lose the field.

    A column that loses keeps ``confidence`` 0 and target ``""``; the caller turns it into
    a custom field or ignores it like any unknown column.
    """
    best: dict[str, int] = {}
    for index, match in enumerate(matches):
        if not match.target or match.target in MULTI_TARGETS:
            continue
        if match.target.startswith(CUSTOM_PREFIX):
            continue
        current = best.get(match.target)
        if current is None or match.confidence > matches[current].confidence:
            best[match.target] = index
    out: list[HeaderMatch] = []
    for index, match in enumerate(matches):
        plain = match.target and not match.target.startswith(CUSTOM_PREFIX)
        if plain and match.target not in MULTI_TARGETS and best.get(match.target) != index:
            out.append(HeaderMatch(IGNORE, 0.0))
        else:
            out.append(match)
    return out


def header_score(cells: Sequence[str]) -> int:
    """How many different fields a row of cells names surely (a header row scores high)."""
    found = {
        m.target
        for m in (match_header(c) for c in cells if c and len(c) <= 80)
        if m.target and m.confidence >= 0.9
    }
    return len(found)


def detect_header_row(rows: Sequence[Sequence[str]], scan: int = HEADER_SCAN_ROWS) -> int | None:
    """Index of the header row among the first ``scan`` rows, or None.

    The header is the row that names the most fields (at least two, or the name alone),
    so title rows, notes and blank rows above it are passed over.
    """
    best_index: int | None = None
    best_score = 0
    for index, row in enumerate(rows[:scan]):
        score = header_score(row)
        if score > best_score:
            best_index, best_score = index, score
    if best_index is None:
        return None
    if best_score >= 2:
        return best_index
    names = {match_header(c).target for c in rows[best_index] if c}
    return best_index if "name" in names else None


# --- the export's contact and office sheets --------------------------------------------

OWNER_NUMBER: Final = "customer_number"
OWNER_NAME: Final = "customer_name"


@dataclass(frozen=True)
class ChildLayout:
    """The header of a sheet of contact persons or offices as the export writes it.

    Attributes:
        kind: ``"contacts"`` or ``"offices"``.
        columns: Header text → field: ``OWNER_NUMBER``, ``OWNER_NAME`` (shown, not read)
            or a field of ``ContactData``/``OfficeData``.
        distinct: Headers that only this layout has: a sheet must name at least one.
    """

    kind: str
    columns: tuple[tuple[str, str], ...]
    distinct: frozenset[str]

    def fields_of(self, cells: Sequence[str]) -> dict[int, str] | None:
        """Column index → field when ``cells`` is this layout's header row, else None.

        The row must name the customer number and the contact's or office's name and at
        least one column that only this layout has, and nothing this layout does not
        have (blank cells aside): a customer sheet with a street and a phone is not a
        sheet of offices or contacts.
        """
        known = {fold(header): target for header, target in self.columns}
        found: dict[int, str] = {}
        for index, cell in enumerate(cells):
            key = fold(cell)
            if not key:
                continue
            target = known.get(key)
            if target is None or target in found.values():
                return None
            found[index] = target
        names = set(found.values())
        if not {OWNER_NUMBER, OWNER_NAME, "name"} <= names:
            return None
        if not names & {known[fold(h)] for h in self.distinct}:
            return None
        return found


_OWNER_COLUMNS: Final = (("Asiakasnumero", OWNER_NUMBER), ("Asiakkaan nimi", OWNER_NAME))
CONTACT_LAYOUT: Final = ChildLayout(
    "contacts",
    (
        *_OWNER_COLUMNS,
        ("Nimi", "name"),
        ("Titteli/tehtävä", "title"),
        ("Puhelinnumero", "phone"),
        ("Sähköposti", "email"),
        ("Avainsanat", "keywords"),
        ("Oletus", "is_default"),
        ("Aktiivinen", "active"),
    ),
    frozenset({"Titteli/tehtävä", "Puhelinnumero", "Avainsanat", "Aktiivinen"}),
)
OFFICE_LAYOUT: Final = ChildLayout(
    "offices",
    (
        *_OWNER_COLUMNS,
        ("Nimi", "name"),
        ("Katuosoite", "street"),
        ("Postinumero", "postal_code"),
        ("Postitoimipaikka", "city"),
        ("Maa", "country"),
        ("Sähköposti", "email"),
        ("Verkkolaskutusosoite", "einvoice_address"),
        ("Välittäjätunnus", "einvoice_operator"),
        ("Oletus", "is_default"),
    ),
    frozenset(
        {
            "Katuosoite",
            "Postinumero",
            "Postitoimipaikka",
            "Maa",
            "Verkkolaskutusosoite",
            "Välittäjätunnus",
        }
    ),
)
CHILD_LAYOUTS: Final = (CONTACT_LAYOUT, OFFICE_LAYOUT)


def child_header(
    rows: Sequence[Sequence[str]], scan: int = HEADER_SCAN_ROWS
) -> tuple[ChildLayout, int, dict[int, str]] | None:
    """The layout, header row index and column fields of a contacts or offices sheet.

    Looks at the first ``scan`` rows (as for a customer sheet, a title above the header
    is allowed); None when no row is the header of either layout.
    """
    for index, row in enumerate(rows[:scan]):
        for layout in CHILD_LAYOUTS:
            found = layout.fields_of(row)
            if found is not None:
                return layout, index, found
    return None


def target_label(target: str) -> str:
    """English label of a target for the GUI (translate with ``tr`` there)."""
    if target.startswith(CUSTOM_PREFIX):
        return f"Custom field: {target[len(CUSTOM_PREFIX) :]}"
    if not target:
        return "Ignore"
    return TARGETS[target][0]


def import_targets() -> list[tuple[str, str]]:
    """Every target the GUI may offer for a column, as (target, English label)."""
    return [(target, label) for target, (label, _) in TARGETS.items()]


__all__ = [
    "ADDRESS",
    "CHILD_LAYOUTS",
    "CONTACT_ADDRESS",
    "CONTACT_ADDRESS_FIELD",
    "CONTACT_EMAIL",
    "CONTACT_LAYOUT",
    "CONTACT_NAME",
    "CONTACT_PHONE",
    "CONTACT_TITLE",
    "CUSTOM_HEADER_PREFIX",
    "CUSTOM_PREFIX",
    "FIRST_NAME",
    "IGNORE",
    "LAST_NAME",
    "OFFICE_LAYOUT",
    "OWNER_NAME",
    "OWNER_NUMBER",
    "READ_ONLY",
    "TARGETS",
    "ChildLayout",
    "HeaderMatch",
    "child_header",
    "detect_header_row",
    "fold",
    "header_score",
    "import_targets",
    "match_header",
    "resolve_targets",
    "target_label",
]
