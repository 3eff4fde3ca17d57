"""QR code symbols for the payment part: segno's encoding and its own mask choice, scored fast.

ISO/IEC 18004 picks one of eight data masks by a penalty score. segno scores them module
by module in Python, which was most of the time an invoice page took. Here the symbol is
encoded once by segno with mask 0, the mask is taken off again, and the eight candidates
are scored on whole rows and columns held as integers (bit ``j`` = module ``j``): the
same four rules as segno's ``mask_scores``, including how it skips overlapping finder-like
patterns and its tie-break (the lowest mask number wins), so the chosen mask and the
final matrix are segno's own (tested against segno over many payloads).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import segno
from segno import consts, encoder

__all__ = ["QrSymbol", "penalty", "qr_symbol"]

_BITS = bytes.maketrans(b"\x00\x01", b"01")


@dataclass(frozen=True)
class QrSymbol:
    """A QR code as rows of modules: bit ``j`` of ``rows[i]`` is the module in row i, column j."""

    size: int
    rows: tuple[int, ...]
    version: int
    mask: int


@dataclass(frozen=True)
class _Layout:
    """What a version's symbol looks like apart from its data, as row integers."""

    size: int
    keep: tuple[int, ...]  # everything but the format information (written per mask)
    scored_out: tuple[int, ...]  # format and version areas: light while masks are scored
    patterns: tuple[tuple[int, ...], ...]  # each mask restricted to the data region
    pattern_columns: tuple[tuple[int, ...], ...]
    formats: tuple[tuple[int, ...], ...]  # format information (and dark module) per mask


def _row_int(row: bytes | bytearray) -> int:
    return int(bytes(row).translate(_BITS)[::-1], 2)


def _rows_of(cells: Sequence[bytes | bytearray]) -> tuple[int, ...]:
    return tuple(_row_int(row) for row in cells)


def _columns(rows: Sequence[int], size: int) -> tuple[int, ...]:
    texts = [format(row, f"0{size}b")[::-1] for row in rows]
    return tuple(int("".join(column)[::-1], 2) for column in zip(*texts, strict=True))


@cache
def _layout(version: int) -> _Layout:
    """The function patterns, reserved areas and masks of one version, as segno builds them."""
    size = version * 4 + 17
    segno_encoder: Any = encoder  # segno's building blocks carry no annotations
    function = segno_encoder.make_matrix(size, size)
    segno_encoder.add_finder_patterns(function, size, size)
    segno_encoder.add_alignment_patterns(function, size, size)
    function[-8][8] = 0x1  # the dark module is never data
    unreserved = segno_encoder.make_matrix(size, size, reserve_regions=False)
    data = [[cell == 0x2 for cell in row] for row in function]
    reserved = [
        bytearray(a == 0x0 and b == 0x2 for a, b in zip(r1, r2, strict=True))
        for r1, r2 in zip(segno_encoder.make_matrix(size, size), unreserved, strict=True)
    ]
    patterns = []
    for mask_function in segno_encoder.get_data_mask_functions(False):
        cells = [
            bytearray(bool(data[i][j] and mask_function(i, j)) for j in range(size))
            for i in range(size)
        ]
        patterns.append(_rows_of(cells))
    formats = []
    for mask in range(8):
        blank = tuple(bytearray(size) for _ in range(size))
        segno_encoder.add_format_info(blank, version, consts.ERROR_LEVEL_M, mask)
        formats.append(_rows_of(blank))
    area = tuple(bytearray([0x2] * size) for _ in range(size))
    segno_encoder.add_format_info(area, version, consts.ERROR_LEVEL_M, 0)
    full = (1 << size) - 1
    format_area = _rows_of([bytearray(cell != 0x2 for cell in row) for row in area])
    return _Layout(
        size=size,
        keep=tuple(full & ~row for row in format_area),
        scored_out=_rows_of(reserved),
        patterns=tuple(patterns),
        pattern_columns=tuple(_columns(p, size) for p in patterns),
        formats=tuple(formats),
    )


def _finder_like(line: int, light: int, size: int) -> int:
    """Rule 3 on one line with a 1:1:3:1:1 pattern in it, walked as segno walks it.

    segno searches left to right and resumes seven modules after a counted pattern but
    four after an uncounted one, so an overlapping pattern right after a counted one is
    not counted.
    """
    found = line & (light >> 1) & (line >> 2) & (line >> 3) & (line >> 4) & (light >> 5)
    found &= line >> 6
    if not found:
        return 0
    before = (light << 4) | 0xF  # the edge counts as light
    after = light | (0xF << size)
    quiet = (before & (before >> 1) & (before >> 2) & (before >> 3)) | (
        (after >> 7) & (after >> 8) & (after >> 9) & (after >> 10)
    )
    score = 0
    resume = 0
    while found:
        lowest = found & -found
        found ^= lowest
        index = lowest.bit_length() - 1
        if index < resume:
            continue
        if quiet >> index & 1:
            score += 40
            resume = index + 7
        else:
            resume = index + 4
    return score


def penalty(rows: Sequence[int], columns: Sequence[int], size: int) -> int:
    """The mask penalty (rules 1–4 of ISO/IEC 18004 7.8.3.1, as segno computes them).

    Rule 1 (runs of five or more equal modules score their length minus two) counts, per
    run, the positions where five equal modules start plus two for the run itself; rule 3
    is checked by a whole-line test first, as the pattern is rare.
    """
    full = (1 << size) - 1
    score = 0
    for line in (*rows, *columns):
        light = ~line & full
        starts = line & (line >> 1) & (line >> 2) & (line >> 3) & (line >> 4)
        if starts:
            score += starts.bit_count() + 2 * (starts & ~(starts >> 1)).bit_count()
        starts = light & (light >> 1) & (light >> 2) & (light >> 3) & (light >> 4)
        if starts:
            score += starts.bit_count() + 2 * (starts & ~(starts >> 1)).bit_count()
        if line & (light >> 1) & (line >> 2) & (line >> 3) & (line >> 4) & (light >> 5):
            score += _finder_like(line, light, size)
    pairs = full >> 1
    upper = rows[0]
    for lower in rows[1:]:
        same = ~(upper ^ lower)
        score += 3 * (same & (same >> 1) & ~(upper ^ (upper >> 1)) & pairs).bit_count()
        upper = lower
    dark = sum(row.bit_count() for row in rows)
    percent = float(dark) / (size**2)
    return score + 10 * int(abs(percent * 100 - 50) / 5)


def qr_symbol(payload: str) -> QrSymbol:
    """Encode a payment QR payload: error correction M, UTF-8, no boost, the standard mask."""
    code = segno.make_qr(payload, error="m", encoding="utf-8", boost_error=False, mask=0)
    version = int(code.version)
    layout = _layout(version)
    size = layout.size
    masked = _rows_of(code.matrix)
    # The symbol as segno scores it: data without a mask, format and version areas light.
    bare = [
        (row & ~out) ^ pattern
        for row, out, pattern in zip(masked, layout.scored_out, layout.patterns[0], strict=True)
    ]
    bare_columns = _columns(bare, size)

    def score(mask: int) -> int:
        rows = [row ^ p for row, p in zip(bare, layout.patterns[mask], strict=True)]
        columns = [
            column ^ p for column, p in zip(bare_columns, layout.pattern_columns[mask], strict=True)
        ]
        return penalty(rows, columns, size)

    best = min(range(8), key=score)
    rows = tuple(
        ((row & keep) ^ p0 ^ pk) | fmt
        for row, keep, p0, pk, fmt in zip(
            masked, layout.keep, layout.patterns[0], layout.patterns[best], layout.formats[best],
            strict=True,
        )
    )  # fmt: skip
    return QrSymbol(size=size, rows=rows, version=version, mask=best)
