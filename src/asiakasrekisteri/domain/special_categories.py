"""Words that suggest special categories of personal data (GDPR art. 9) in free text.

A register of customers needs none of these (GDPR art. 5(1)(c), data minimisation): a
note that mentions someone's health, religion, ethnic origin, political opinions or
sexual orientation should make the user stop and think. Finnish, Swedish and English;
Finnish words are matched by their stem so that inflected forms (``sairauden``,
``masentunut``) count. Words that are also common business words (``kirkko`` in street
names, ``parti`` in Swedish wholesale, ``race``, ``party``) are left out on purpose:
false alarms teach the user to click the warning away.

>>> [m.word for m in find_special_categories("Asiakas on raskaana ja masentunut")]
['raskaana', 'masentunut']
>>> find_special_categories("Soitettu, tarjous lähetetään ensi viikolla.")
()
>>> sorted({m.word for m in find_special_categories("He is a Muslim and gay")})
['gay', 'muslim']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class SpecialCategory(StrEnum):
    HEALTH = "health"
    RELIGION = "religion"
    ETHNICITY = "ethnicity"
    POLITICS = "politics"
    SEXUAL_ORIENTATION = "sexual_orientation"


# Stems: a word starting with one of these matches. Whole words end with "$".
_WORDS: dict[SpecialCategory, tuple[str, ...]] = {
    SpecialCategory.HEALTH: (
        # fi
        "sairau", "sairas", "sairaal", "sairasloma", "diagnoo", "masennu", "masentu", "syöpä",
        "syöv", "diabee", "diabet", "raskaana$", "raskaus", "lääkity", "terveydenti",
        "mielenterv", "psykiatr", "psykoosi", "vammai", "kehitysvam", "allergi", "dementi",
        "muistisairau", "alkoholis", "päihde", "burnout", "uupumu", "keskenmeno",
        # sv
        "sjukdom", "sjukskriv", "sjukhus", "diagnos", "depression", "deprimer", "cancer",
        "gravid", "funktionsneds", "psykisk", "missbruk", "alkoholist",
        # en
        "illness", "disease", "diagnosed", "depressed", "medication", "pregnan",
        "disabilit", "disabled$", "mental health", "hiv$", "aids$", "chemotherap",
        "psychiatr", "addiction", "alcoholic",
    ),
    SpecialCategory.RELIGION: (
        "uskonto", "uskonno", "uskonnol", "uskova", "muslim", "islam", "kristit", "kristin",
        "juutala", "ateisti", "helluntai", "jehova", "lestadiola", "ortodoks", "hindu",
        "buddhal", "buddhis", "katolil", "katolinen", "evankelis",
        "religi", "kristen", "judisk", "jude$", "ateist", "troende", "frikyrk", "katolsk",
        "christian", "jewish", "atheist", "catholic", "protestant", "mosque", "synagog",
        "moské",
    ),
    SpecialCategory.ETHNICITY: (
        "etnin", "etnisyy", "romani", "saamelai", "maahanmuutta", "syntyperä", "ihonväri",
        "etnisk", "härkomst", "hudfärg", "invandrar",
        "ethnic", "racial", "skin colour", "skin color", "immigrant",
    ),
    SpecialCategory.POLITICS: (
        "puolue", "poliittis", "kokoomu", "demari", "sosialidemokraat", "perussuomalai",
        "vasemmistoliit", "keskustapuolue", "vihreiden jäsen", "kommunist",
        "politisk", "socialdemokrat", "sverigedemokrat", "moderaterna", "vänsterpartiet",
        "political", "politics", "democrat", "republican", "labour party", "communist",
    ),
    SpecialCategory.SEXUAL_ORIENTATION: (
        "homo", "lesbo", "lesbi", "biseksu", "seksuaalinen suuntau", "seksuaalisuu",
        "transsukupuol", "sateenkaariperh", "homosexu", "lesbisk", "bisexu",
        "sexuell läggning", "transperson", "gay$", "lesbian", "bisexual",
        "sexual orientation", "transgender", "queer",
    ),
}  # fmt: skip


def _pattern(stem: str) -> str:
    whole = stem.endswith("$")
    body = re.escape(stem.rstrip("$")).replace(r"\ ", r"\s+")
    return rf"(?<!\w){body}" + (r"(?!\w)" if whole else r"\w*")


_REGEX: dict[SpecialCategory, re.Pattern[str]] = {
    category: re.compile("|".join(_pattern(s) for s in stems), re.IGNORECASE)
    for category, stems in _WORDS.items()
}


@dataclass(frozen=True)
class SpecialCategoryMatch:
    """A word in the text that suggests a special category."""

    category: SpecialCategory
    word: str
    start: int


def find_special_categories(text: str) -> tuple[SpecialCategoryMatch, ...]:
    """Every word of ``text`` that suggests a special category, in text order."""
    if not text:
        return ()
    found: list[SpecialCategoryMatch] = []
    for category, regex in _REGEX.items():
        for match in regex.finditer(text):
            found.append(SpecialCategoryMatch(category, match.group(0).casefold(), match.start()))
    found.sort(key=lambda m: m.start)
    return tuple(found)


__all__ = [
    "SpecialCategory",
    "SpecialCategoryMatch",
    "find_special_categories",
]
