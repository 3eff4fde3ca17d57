"""Counts in messages: the English plural follows the number; empty counts are left out."""

from __future__ import annotations

from asiakasrekisteri.domain.errors import Count, Counts, ValidationError, english_count


def test_the_english_plural_follows_the_number() -> None:
    assert english_count("%n invoice(s)", 1) == "1 invoice"
    assert english_count("%n invoice(s)", 0) == "0 invoices"
    assert str(Count("%n credit record(s)", 3)) == "3 credit records"


def test_several_counts_leave_out_the_empty_ones() -> None:
    counts = Counts.of([Count("%n invoice(s)", 2), Count("%n credit record(s)", 0)])
    assert counts.items == (Count("%n invoice(s)", 2),)
    assert str(counts) == "2 invoices"
    assert str(Counts.of([])) == ""


def test_a_message_fills_in_a_count_in_english() -> None:
    counts = Counts.of([Count("%n invoice(s)", 1), Count("%n credit record(s)", 2)])
    error = ValidationError("{name} has {what} that must be kept.", name="Oy", what=counts)
    assert error.message == "Oy has 1 invoice, 2 credit records that must be kept."
