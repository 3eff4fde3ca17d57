"""Country codes and names: turn what a user typed into an ISO 3166-1 alpha-2 code.

Customers are entered by hand and imported from spreadsheets, so the country column
holds anything from ``"FI"`` and ``"FIN"`` to ``"Suomi"``, ``"Sverige"`` or
``"Iso-Britannia"``. :func:`normalize_country` maps all of these to one stored code;
:func:`country_name` turns the code back into a Finnish, Swedish or English name for
invoices and the UI.

>>> normalize_country(" suomi ")
'FI'
>>> normalize_country("Storbritannien")
'GB'
>>> country_name("SE", "fi")
'Ruotsi'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from asiakasrekisteri.domain.errors import InvalidFormat, RequiredValue

__all__ = [
    "COUNTRY_CODES",
    "EU_COUNTRIES",
    "country_name",
    "normalize_country",
    "vat_prefix",
]

# Every officially assigned ISO 3166-1 code as alpha-2 + alpha-3 pairs, generated from
# Debian iso-codes (iso_3166-1.json, 249 entries). Kept inline so the domain needs no
# data files; any assigned code is accepted even when we have no name for it.
_ISO_PAIRS: Final = (
    "ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW "
    "AXALA AZAZE BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN "
    "BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG "
    "CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE "
    "DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN "
    "FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL "
    "GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV "
    "HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM "
    "JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO "
    "LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE "
    "MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS "
    "MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL "
    "NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI "
    "PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN "
    "SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV "
    "SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON "
    "TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN "
    "VGVGB VIVIR VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE"
)

_ALPHA3_TO_ALPHA2: Final[dict[str, str]] = {pair[2:]: pair[:2] for pair in _ISO_PAIRS.split()}

COUNTRY_CODES: Final[frozenset[str]] = frozenset(_ALPHA3_TO_ALPHA2.values())
"""All officially assigned ISO 3166-1 alpha-2 codes."""

EU_COUNTRIES: Final[frozenset[str]] = frozenset(
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    }
)  # fmt: skip
"""The 27 EU member states as ISO codes (Greece is ``GR`` here; its VAT prefix is ``EL``)."""

# Code → (Finnish, Swedish, English) name, then extra spellings people type. The names
# follow Kotus / Institutet för språk och folkminnen usage; the extras cover native
# names, old names and common shorthand seen in spreadsheets.
_NAMES: Final[dict[str, tuple[str, str, str, tuple[str, ...]]]] = {
    # EU member states
    "AT": ("Itävalta", "Österrike", "Austria", ("Österreich",)),
    "BE": ("Belgia", "Belgien", "Belgium", ("Belgique", "België")),
    "BG": ("Bulgaria", "Bulgarien", "Bulgaria", ()),
    "CY": ("Kypros", "Cypern", "Cyprus", ()),
    "CZ": (
        "Tšekki",
        "Tjeckien",
        "Czechia",
        ("Czech Republic", "Tšekin tasavalta", "Tsekki", "Tshekki", "Česko"),
    ),
    "DE": ("Saksa", "Tyskland", "Germany", ("Deutschland", "Saksan liittotasavalta")),
    "DK": ("Tanska", "Danmark", "Denmark", ()),
    "EE": ("Viro", "Estland", "Estonia", ("Eesti",)),
    "ES": ("Espanja", "Spanien", "Spain", ("España",)),
    "FI": ("Suomi", "Finland", "Finland", ("Suomen tasavalta",)),
    "FR": ("Ranska", "Frankrike", "France", ()),
    "GR": ("Kreikka", "Grekland", "Greece", ("Hellas", "Ellada")),
    "HR": ("Kroatia", "Kroatien", "Croatia", ("Hrvatska",)),
    "HU": ("Unkari", "Ungern", "Hungary", ("Magyarország",)),
    "IE": ("Irlanti", "Irland", "Ireland", ("Éire",)),
    "IT": ("Italia", "Italien", "Italy", ()),
    "LT": ("Liettua", "Litauen", "Lithuania", ("Lietuva",)),
    "LU": ("Luxemburg", "Luxemburg", "Luxembourg", ()),
    "LV": ("Latvia", "Lettland", "Latvia", ("Latvija",)),
    "MT": ("Malta", "Malta", "Malta", ()),
    "NL": (
        "Alankomaat",
        "Nederländerna",
        "Netherlands",
        ("The Netherlands", "Hollanti", "Holland", "Nederland"),
    ),
    "PL": ("Puola", "Polen", "Poland", ("Polska",)),
    "PT": ("Portugali", "Portugal", "Portugal", ()),
    "RO": ("Romania", "Rumänien", "Romania", ()),
    "SE": ("Ruotsi", "Sverige", "Sweden", ("Konungariket Sverige",)),
    "SI": ("Slovenia", "Slovenien", "Slovenia", ("Slovenija",)),
    "SK": ("Slovakia", "Slovakien", "Slovakia", ("Slovensko",)),
    # EEA outside the EU, and Switzerland
    "IS": ("Islanti", "Island", "Iceland", ("Ísland",)),
    "LI": ("Liechtenstein", "Liechtenstein", "Liechtenstein", ()),
    "NO": ("Norja", "Norge", "Norway", ("Noreg",)),
    "CH": ("Sveitsi", "Schweiz", "Switzerland", ("Suisse", "Svizzera")),
    # Åland has its own ISO code although it is part of Finland (and outside the EU VAT area)
    "AX": ("Ahvenanmaa", "Åland", "Åland Islands", ("Ahvenanmaan maakunta",)),
    "FO": ("Färsaaret", "Färöarna", "Faroe Islands", ()),
    "GL": ("Grönlanti", "Grönland", "Greenland", ()),
    # Frequent trading partners
    "GB": (
        "Iso-Britannia",
        "Storbritannien",
        "United Kingdom",
        (
            "UK",
            "Great Britain",
            "Britain",
            "Britannia",
            "Yhdistynyt kuningaskunta",
            "Förenade kungariket",
            "Englanti",
            "England",
            "Skotlanti",
            "Skottland",
            "Scotland",
            "Wales",
            "Pohjois-Irlanti",
            "Nordirland",
            "Northern Ireland",
        ),
    ),
    "US": (
        "Yhdysvallat",
        "USA",
        "United States",
        (
            "United States of America",
            "Amerikan yhdysvallat",
            "Förenta staterna",
            "Förenta Staterna",
            "Amerikas förenta stater",
            "U.S.A.",
            "U.S.",
        ),
    ),
    "CA": ("Kanada", "Kanada", "Canada", ()),
    "AU": ("Australia", "Australien", "Australia", ()),
    "NZ": ("Uusi-Seelanti", "Nya Zeeland", "New Zealand", ()),
    "RU": ("Venäjä", "Ryssland", "Russia", ("Russian Federation", "Venäjän federaatio")),
    "BY": ("Valko-Venäjä", "Belarus", "Belarus", ("Vitryssland",)),
    "UA": ("Ukraina", "Ukraina", "Ukraine", ()),
    "CN": ("Kiina", "Kina", "China", ("Kiinan kansantasavalta", "People's Republic of China")),
    "JP": ("Japani", "Japan", "Japan", ()),
    "KR": ("Etelä-Korea", "Sydkorea", "South Korea", ("Korean tasavalta", "Republic of Korea")),
    "IN": ("Intia", "Indien", "India", ()),
    "TR": ("Turkki", "Turkiet", "Türkiye", ("Turkey",)),
    "BR": ("Brasilia", "Brasilien", "Brazil", ("Brasil",)),
    "MX": ("Meksiko", "Mexiko", "Mexico", ("México",)),
    "ZA": ("Etelä-Afrikka", "Sydafrika", "South Africa", ()),
    "SG": ("Singapore", "Singapore", "Singapore", ()),
    "AE": (
        "Arabiemiirikunnat",
        "Förenade Arabemiraten",
        "United Arab Emirates",
        ("UAE", "Yhdistyneet arabiemiirikunnat"),
    ),
    "IL": ("Israel", "Israel", "Israel", ()),
    "RS": ("Serbia", "Serbien", "Serbia", ("Srbija",)),
}

# Spellings that are neither ISO codes nor names: the VAT prefix EL for Greece (VAT
# directive 2006/112/EC art. 215) so a VAT number's prefix can be fed straight in.
_EXTRA_CODES: Final[dict[str, str]] = {"EL": "GR"}


def _fold(text: str) -> str:
    """Fold a name for lookup: no case, accents, spaces, dots, hyphens or apostrophes.

    Folding accents lets "Osterreich" and "Österreich" match; dropping punctuation
    lets "Iso Britannia", "Iso-Britannia" and "U.S.A." match their stored forms.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s.\-'’]+", "", without_marks.casefold())


def _build_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for code, (fi, sv, en, extras) in _NAMES.items():
        for name in (fi, sv, en, *extras):
            aliases[_fold(name)] = code
    return aliases


_ALIASES: Final[dict[str, str]] = _build_aliases()


def normalize_country(value: str) -> str:
    """Return the ISO 3166-1 alpha-2 code for a country code or name.

    Accepts alpha-2 and alpha-3 codes of any case, the VAT prefix ``EL`` for Greece,
    and Finnish, Swedish and English names (with common variants), ignoring case,
    accents, spaces, dots and hyphens.

    Args:
        value: What the user typed, e.g. ``"fi"``, ``"FIN"``, ``"Ruotsi"``, ``"UK"``.

    Returns:
        The upper-case alpha-2 code, e.g. ``"FI"``.

    Raises:
        RequiredValue: The value is empty.
        InvalidFormat: The value is not a known country code or name.

    >>> normalize_country("FIN"), normalize_country("Tyskland"), normalize_country("usa")
    ('FI', 'DE', 'US')
    """
    text = value.strip()
    if not text:
        raise RequiredValue("Enter a country.", code="country.required")
    upper = text.upper()
    if len(upper) == 2 and upper in COUNTRY_CODES:
        return upper
    if upper in _EXTRA_CODES:
        return _EXTRA_CODES[upper]
    if upper in _ALPHA3_TO_ALPHA2:
        return _ALPHA3_TO_ALPHA2[upper]
    folded = _fold(text)
    if folded in _ALIASES:
        return _ALIASES[folded]
    raise InvalidFormat(
        "“{value}” is not a country we recognise. Type the country's name or its "
        "two-letter code, for example FI, SE or DE.",
        code="country.unknown",
        value=text,
    )


def country_name(code: str, language: str) -> str:
    """Return a country's name in Finnish, Swedish or English.

    Args:
        code: ISO 3166-1 alpha-2 code (any case).
        language: ``"fi"``, ``"sv"`` or ``"en"``; other languages get the English name.

    Returns:
        The name, or the upper-case code itself when no name is known for it.

    >>> country_name("de", "sv"), country_name("AR", "fi")
    ('Tyskland', 'AR')
    """
    key = code.strip().upper()
    names = _NAMES.get(key)
    if names is None:
        return key
    fi, sv, en, _extras = names
    return {"fi": fi, "sv": sv}.get(language.strip().lower(), en)


def vat_prefix(code: str) -> str:
    """Return the VAT number prefix for a country: the ISO code, except ``EL`` for Greece.

    >>> vat_prefix("GR"), vat_prefix("fi")
    ('EL', 'FI')
    """
    key = code.strip().upper()
    return "EL" if key == "GR" else key
