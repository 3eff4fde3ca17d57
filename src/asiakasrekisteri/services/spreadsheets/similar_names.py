"""Names that look alike, found in near-linear time.

Comparing every name with every other is quadratic: 20,000 rows took minutes and a
million never finished. Names are compared only within blocks instead, and a block is
compared with rapidfuzz's ``process.cdist`` in C:

* A name is reduced to its comparable words (case, punctuation and company forms gone,
  as ``services.customers.comparable_name`` does, numbers without leading zeros), sorted,
  so "Virtanen Matti" and "Matti Virtanen" are the same text; equal texts are one entry,
  however many rows share them.
* Alike names have the same words, each alike to the word in its place
  (:func:`words_alike`): a trade word two firms share ("Rakennus Virtanen", "Rakennus
  Virtala") does not make them look the same. Numbers must be equal: "As Oy Koivukuja 5"
  and "As Oy Koivukuja 7" are two housing companies, and "Tuonti Asiakas 000017" is not
  "Tuonti Asiakas 000018".
* So texts are blocked by their numbers and the beginning of every word, and again by
  the ending of every word: one typing slip in a word leaves the other key whole. A
  block larger than :data:`BLOCK_LIMIT` is split by longer beginnings or endings, and
  beyond :data:`_LONGEST_KEY` letters compared in slices of texts of similar length.

The score is rapidfuzz's ratio of the sorted words (``fuzz.token_sort_ratio``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from rapidfuzz import fuzz, process

NAME_MATCH_CUTOFF: Final = 90.0
"""How alike (0–100) two names must be to make rows possible duplicates."""
WORD_MATCH_CUTOFF: Final = 80.0
"""How alike each word of two alike names must be to the word in its place."""
BLOCK_LIMIT: Final = 500
"""Texts compared as one block at most (a block's cost grows with its square)."""
_SHORTEST_KEY: Final = 3
_LONGEST_KEY: Final = 9
_SMALL: Final = 12
"""Blocks this small are compared one pair at a time: cdist's own cost is larger."""
_WORD = re.compile(r"\w+")
# The company forms ``comparable_name`` leaves out, word by word (one look-up a word
# instead of its two substitutions: this runs for every row of a million).
_FORMS: Final = frozenset(
    {"oy", "oyj", "ab", "ky", "tmi", "ay", "ry", "osk", "ltd", "llc", "inc", "gmbh", "as",
     "asa", "aps", "sa"}
)  # fmt: skip

Pair = tuple[str, str, int]
"""Two comparable texts and how alike they are (``cutoff``–100)."""
_Item = tuple[tuple[str, ...], str, bool]
"""A text to block: (its words, the text, whether it is a known one)."""


def name_text(name: str) -> str:
    """A name's comparable words, sorted; "" for a name too short to compare.

    >>> name_text("Virtanen, Matti"), name_text("Oy Ab"), name_text("As. Oy Koivu 05")
    ('matti virtanen', '', '5 koivu')
    """
    words = [
        (w.lstrip("0") or "0") if w.isdigit() else w
        for w in _WORD.findall(name.casefold())
        if w not in _FORMS
    ]
    text = " ".join(sorted(words))
    return text if len(text) >= 3 else ""


def words_alike(a: str, b: str) -> bool:
    """Whether two texts have as many words, each alike to the word in its place.

    Numbers must be equal; other words at least :data:`WORD_MATCH_CUTOFF` alike.

    >>> words_alike("matti virtanan", "matti virtanen"), words_alike("rakennus virtala",
    ...     "rakennus virtanen"), words_alike("5 koivukuja", "7 koivukuja")
    (True, False, False)
    """
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    return all(
        x == y or (not x.isdigit() and fuzz.ratio(x, y, score_cutoff=WORD_MATCH_CUTOFF) > 0)
        for x, y in zip(words_a, words_b, strict=True)
    )


def _blocks(items: Sequence[_Item], tail: bool, size: int) -> Iterator[list[_Item]]:
    """Items grouped by their numbers and every word's beginning (or ending), within the limit."""
    found: dict[str, list[_Item]] = {}
    for item in items:
        words = item[0]
        if tail:
            key = " ".join(w if w.isdigit() else w[-size:] for w in words)
        else:
            key = " ".join(w if w.isdigit() else w[:size] for w in words)
        found.setdefault(key, []).append(item)
    for block in found.values():
        if len(block) < 2:
            continue
        if len(block) <= BLOCK_LIMIT:
            yield block
        elif size < _LONGEST_KEY:
            yield from _blocks(block, tail, size + 2)
        else:
            yield from _slices(block)


def _slices(block: list[_Item]) -> Iterator[list[_Item]]:
    """A block that no longer splits, in overlapping slices of texts of similar length.

    Texts of very different lengths cannot reach the cutoff, so only neighbours in length
    order need comparing; slices overlap by half so that neighbours share one.
    """
    ordered = sorted(block, key=lambda item: len(item[1]))
    step = BLOCK_LIMIT // 2
    for start in range(0, max(len(ordered) - step, 1), step):
        yield ordered[start : start + BLOCK_LIMIT]


def _matrix(rows: Sequence[str], columns: Sequence[str], cutoff: float) -> Any:
    """The scores of every row text against every column text (0 below ``cutoff``)."""
    # Imported here: numpy is needed only while an import is analysed, not to start.
    import numpy as np

    return process.cdist(rows, columns, scorer=fuzz.ratio, score_cutoff=cutoff, dtype=np.uint8)


def _pairs(left: Sequence[str], right: Sequence[str] | None, cutoff: float) -> Iterator[Pair]:
    """Alike pairs among ``left`` (``right`` None), or between ``left`` and ``right``.

    The texts of a block have as many words (the blocking key has a part for each), so
    a large block is scored as wholes and word by word in a few matrices.
    """
    if right is None and len(left) <= _SMALL:
        for i, a in enumerate(left):
            for b in left[i + 1 :]:
                score = fuzz.ratio(a, b, score_cutoff=cutoff)
                if score and words_alike(a, b):
                    yield a, b, round(score)
        return
    import numpy as np

    others = left if right is None else right
    scores = _matrix(left, others, cutoff)
    if right is None:
        scores = np.triu(scores, 1)
    alike = scores > 0
    words_left = [t.split() for t in left]
    words_right = words_left if right is None else [t.split() for t in others]
    for place in range(len(words_left[0])):
        column_left = [w[place] for w in words_left]
        column_right = column_left if right is None else [w[place] for w in words_right]
        if len(set(column_left) | set(column_right)) == 1:
            continue  # the same word throughout (a trade, a first name): alike everywhere
        if not alike.any():
            break
        alike &= _matrix(column_left, column_right, WORD_MATCH_CUTOFF) > 0
    rows, columns = np.nonzero(alike)
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        yield left[i], others[j], int(scores[i, j])


@dataclass
class Similar:
    """What :func:`similar` found.

    Attributes:
        pairs: Pairs of different texts alike among those asked about (a pair may come
            twice, from both blockings).
        known: For each text asked about, the known texts alike to it, best first; an
            equal known text scores 100.
    """

    pairs: list[Pair] = field(default_factory=list)
    known: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def similar(
    texts: Iterable[str], known: Iterable[str] = (), cutoff: float = NAME_MATCH_CUTOFF
) -> Similar:
    """Alike texts (from :func:`name_text`) among ``texts``, and among ``known`` for each."""
    wanted = dict.fromkeys(t for t in texts if t)
    have = dict.fromkeys(t for t in known if t)
    items: list[_Item] = [(tuple(t.split()), t, False) for t in wanted]
    items += [(tuple(t.split()), t, True) for t in have]
    found = Similar()
    best: dict[str, dict[str, int]] = {t: {t: 100} for t in wanted if t in have}
    for tail in (False, True):
        for block in _blocks(items, tail, _SHORTEST_KEY):
            if not have:  # the usual case, into an empty register: no sides to sort
                found.pairs.extend(_pairs([t for _w, t, _k in block], None, cutoff))
                continue
            left = [t for _w, t, is_known in block if not is_known]
            if len(left) > 1:
                found.pairs.extend(_pairs(left, None, cutoff))
            right = [t for _w, t, is_known in block if is_known]
            if left and right:
                for a, b, score in _pairs(left, right, cutoff):
                    scores = best.setdefault(a, {})
                    scores[b] = max(scores.get(b, 0), score)
    found.known = {
        text: sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        for text, scores in best.items()
    }
    return found


def alike_pairs(texts: Iterable[str], cutoff: float = NAME_MATCH_CUTOFF) -> list[Pair]:
    """Pairs of different texts that are at least ``cutoff`` alike (see :func:`similar`)."""
    return similar(texts, (), cutoff).pairs


def best_matches(
    texts: Iterable[str], known: Iterable[str], cutoff: float = NAME_MATCH_CUTOFF
) -> dict[str, list[tuple[str, int]]]:
    """For each text, the ``known`` texts at least ``cutoff`` alike, best first."""
    return similar(texts, known, cutoff).known


__all__ = [
    "BLOCK_LIMIT",
    "NAME_MATCH_CUTOFF",
    "WORD_MATCH_CUTOFF",
    "Pair",
    "Similar",
    "alike_pairs",
    "best_matches",
    "name_text",
    "similar",
    "words_alike",
]
