"""Names that look alike, found in near-linear time.

Comparing every name with every other is quadratic: 20,000 rows took minutes and a
million never finished. Names are compared only within blocks instead, and a block is
compared with rapidfuzz's ``process.cdist`` in C:

* A name is reduced to its comparable words (case, punctuation and company forms gone,
  ``services.customers.comparable_name``), sorted, so "Virtanen Matti" and "Matti
  Virtanen" are the same text; equal texts are one entry, however many rows share them.
* The numbers in a name must be equal: "As Oy Koivukuja 5" and "As Oy Koivukuja 7" are
  two housing companies, and "Tuonti Asiakas 000017" is not "Tuonti Asiakas 000018".
* Texts are blocked twice, by their first and by their last characters, so one typing
  slip anywhere still leaves two alike names in a shared block. A block larger than
  :data:`BLOCK_LIMIT` is split by longer beginnings or endings; beyond
  :data:`_LONGEST_KEY` characters it is compared in slices of texts of similar length.

The score is rapidfuzz's ratio of the sorted words (``fuzz.token_sort_ratio``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final

from rapidfuzz import fuzz, process

from asiakasrekisteri.services.customers import comparable_name

NAME_MATCH_CUTOFF: Final = 90.0
"""How alike (0–100) two names must be to make rows possible duplicates."""
BLOCK_LIMIT: Final = 1500
"""Texts compared as one block at most (a block's cost grows with its square)."""
_SHORTEST_KEY: Final = 4
_LONGEST_KEY: Final = 16
_SMALL: Final = 12
"""Blocks this small are compared one pair at a time: cdist's own cost is larger."""
_NUMBER = re.compile(r"\d+")

Pair = tuple[str, str, int]
"""Two comparable texts and how alike they are (``cutoff``–100)."""


def name_text(name: str) -> str:
    """A name's comparable words, sorted; "" for a name too short to compare.

    >>> name_text("Virtanen, Matti"), name_text("Oy Ab")
    ('matti virtanen', '')
    """
    words = comparable_name(name).split()
    text = " ".join(sorted(words))
    return text if len(text) >= 3 else ""


def _numbers(text: str) -> str:
    return " ".join(sorted(n.lstrip("0") or "0" for n in _NUMBER.findall(text)))


def _head(text: str, size: int) -> str:
    return text[:size]


def _tail(text: str, size: int) -> str:
    return text[-size:]


_SIDES: Final[tuple[Callable[[str, int], str], ...]] = (_head, _tail)


def _blocks(texts: Iterable[str], side: Callable[[str, int], str], size: int) -> list[list[str]]:
    """Texts grouped by their numbers and their first (or last) ``size`` characters."""
    found: dict[tuple[str, str], list[str]] = {}
    for text in texts:
        found.setdefault((_numbers(text), side(text, size)), []).append(text)
    return [block for block in found.values() if len(block) > 1]


def _slices(block: list[str]) -> Iterator[list[str]]:
    """A block that no longer key splits, in overlapping slices of texts of similar length.

    Texts of very different lengths cannot reach the cutoff, so only neighbours in length
    order need comparing; slices overlap by half so that neighbours share one.
    """
    ordered = sorted(block, key=len)
    step = BLOCK_LIMIT // 2
    for start in range(0, max(len(ordered) - step, 1), step):
        yield ordered[start : start + BLOCK_LIMIT]


def _split(texts: Sequence[str], side: Callable[[str, int], str], size: int) -> Iterator[list[str]]:
    """Blocks of at most :data:`BLOCK_LIMIT` texts (see the module docstring)."""
    for block in _blocks(texts, side, size):
        if len(block) <= BLOCK_LIMIT:
            yield block
        elif size < _LONGEST_KEY:
            yield from _split(block, side, size + 3)
        else:
            yield from _slices(block)


def _matrix(rows: Sequence[str], columns: Sequence[str], cutoff: float) -> Any:
    """The scores of every row text against every column text (0 below ``cutoff``)."""
    # Imported here: numpy is needed only while an import is analysed, not to start.
    import numpy as np

    return process.cdist(
        rows,
        columns,
        scorer=fuzz.ratio,
        score_cutoff=cutoff,
        dtype=np.uint8,
        workers=-1 if len(rows) * len(columns) > 1_000_000 else 1,
    )


def _alike_in_block(block: Sequence[str], cutoff: float) -> Iterator[Pair]:
    if len(block) <= _SMALL:
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                score = fuzz.ratio(a, b, score_cutoff=cutoff)
                if score:
                    yield a, b, round(score)
        return
    import numpy as np

    scores = _matrix(block, block, cutoff)
    rows, columns = np.nonzero(np.triu(scores, 1))
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        yield block[i], block[j], int(scores[i, j])


def alike_pairs(texts: Iterable[str], cutoff: float = NAME_MATCH_CUTOFF) -> Iterator[Pair]:
    """Pairs of different texts (from :func:`name_text`) that are at least ``cutoff`` alike.

    A pair may come twice (from both blockings); equal texts are not pairs.
    """
    unique = list(dict.fromkeys(t for t in texts if t))
    for side in _SIDES:
        for block in _split(unique, side, _SHORTEST_KEY):
            yield from _alike_in_block(block, cutoff)


def best_matches(
    texts: Iterable[str], known: Iterable[str], cutoff: float = NAME_MATCH_CUTOFF
) -> dict[str, list[tuple[str, int]]]:
    """For each text, the ``known`` texts at least ``cutoff`` alike, best first.

    An equal known text scores 100 and comes first.
    """
    import numpy as np

    wanted = list(dict.fromkeys(t for t in texts if t))
    have = {k for k in known if k}
    found: dict[str, dict[str, int]] = {t: {t: 100} for t in wanted if t in have}
    mark = "\x00"  # keeps the two sides apart inside one blocking
    tagged = [*wanted, *(mark + k for k in have)]
    for side in _SIDES:
        for block in _split(tagged, _untagged(side, mark), _SHORTEST_KEY):
            left = [t for t in block if not t.startswith(mark)]
            right = [t[1:] for t in block if t.startswith(mark)]
            if not left or not right:
                continue
            scores = _matrix(left, right, cutoff)
            rows, columns = np.nonzero(scores)
            for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
                best = found.setdefault(left[i], {})
                best[right[j]] = max(best.get(right[j], 0), int(scores[i, j]))
    return {
        text: sorted(matches.items(), key=lambda item: (-item[1], item[0]))
        for text, matches in found.items()
    }


def _untagged(side: Callable[[str, int], str], mark: str) -> Callable[[str, int], str]:
    def key(text: str, size: int) -> str:
        return side(text.removeprefix(mark), size)

    return key


__all__ = ["BLOCK_LIMIT", "NAME_MATCH_CUTOFF", "Pair", "alike_pairs", "best_matches", "name_text"]
