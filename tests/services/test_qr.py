"""The fast mask choice gives segno's own symbol: the same mask and the same modules."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
import segno
from segno import encoder

from asiakasrekisteri.domain import epc_qr, reference
from asiakasrekisteri.services.invoicing.qr import penalty, qr_symbol

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 äöåÄÖÅ€é\n-./:'&"


def _segno(payload: str) -> Any:
    return segno.make_qr(payload, error="m", encoding="utf-8", boost_error=False)


def _rows(matrix: Any) -> tuple[int, ...]:
    return tuple(sum(bit << j for j, bit in enumerate(row)) for row in matrix)


def _payloads() -> list[str]:
    rnd = random.Random(20251204)
    out = []
    for _ in range(150):  # payment QR payloads as invoices make them
        ref = reference.create(str(rnd.randrange(1, 10**9)))
        out.append(
            epc_qr.epc_qr_payload(
                bic="NDEAFIHH",
                name="".join(rnd.choice(ALPHABET[:-6]) for _ in range(rnd.randrange(1, 71))),
                iban="FI2112345600000785",
                amount=Decimal(rnd.randrange(1, 10**8)) / 100,
                reference=reference.to_rf(ref) if rnd.random() < 0.3 else ref,
                due_date=date(2025, 1, 1) + timedelta(days=rnd.randrange(2000)),
            )
        )
    for _ in range(250):  # any text, every QR version up to 13
        text = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randrange(1, 300)))
        out.append(text[:150] if len(text.encode()) > 331 else text)
    return out


def test_same_mask_and_modules_as_segno() -> None:
    versions = set()
    masks = set()
    for payload in _payloads():
        expected = _segno(payload)
        symbol = qr_symbol(payload)
        assert (symbol.version, symbol.mask) == (expected.version, expected.mask), payload
        assert symbol.rows == _rows(expected.matrix), payload
        versions.add(symbol.version)
        masks.add(symbol.mask)
    assert masks == set(range(8))
    assert {2, 7, 13} <= versions  # small, with version information, the largest allowed


def _columns(rows: list[int], size: int) -> list[int]:
    return [sum(((row >> j) & 1) << i for i, row in enumerate(rows)) for j in range(size)]


@pytest.mark.parametrize("seed", range(40))
def test_penalty_equals_segnos_score(seed: int) -> None:
    """On random matrices, and on ones full of overlapping 1:1:3:1:1 patterns, whose
    counting depends on where segno resumes its search."""
    rnd = random.Random(seed)
    size = rnd.choice([21, 25, 41, 45, 57, 69])
    pieces = ["1011101", "0000", "10111010111010000", "1011101011101", "1111", "0"]
    rows = []
    for _ in range(size):
        if seed % 2:
            bits = "".join(rnd.choice(pieces) for _ in range(size))[:size]
        else:
            bits = "".join(rnd.choice("01") for _ in range(size))
        rows.append(int(bits[::-1], 2))
    matrix = tuple(bytearray((row >> j) & 1 for j in range(size)) for row in rows)
    segno_encoder: Any = encoder
    expected = segno_encoder.evaluate_mask(matrix, size, size)
    assert penalty(rows, _columns(rows, size), size) == expected
