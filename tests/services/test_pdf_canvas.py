"""Measured text: wrapped lines never wider than their column and nothing lost; shortened
fields fit and say they were cut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from asiakasrekisteri.services.invoicing.pdf_canvas import DocumentInfo, Pen, mm

PEN = Pen(DocumentInfo(title="t", author="a", subject="s", language="fi"))
TEXT = st.text(alphabet=st.sampled_from("aäöåAÄÖ WMil.,-€1\n"), max_size=400)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.floats(min_value=3 * mm, max_value=180 * mm), st.sampled_from([6.5, 8.5, 11]))
def test_wrapped_lines_fit_and_keep_every_character(text: str, width: float, size: float) -> None:
    lines = PEN.wrap(text, width, size)
    for line in lines:
        assert PEN.width(line, size) <= width + 1e-6 or len(line) == 1
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert len(lines) >= max(1, len(text.splitlines()))


def test_a_word_longer_than_its_column_breaks_where_it_must() -> None:
    word = "Epäjärjestelmällistyttämättömyydellänsäkäänköhän" * 3
    lines = PEN.wrap(f"Alku {word} loppu", 40 * mm, 9)
    assert lines[0] == "Alku" and "".join(lines[1:]).endswith("loppu")
    assert len(lines) > 3 and all(PEN.width(line, 9) <= 40 * mm for line in lines)
    assert "".join(lines[1:-1]) + lines[-1].removesuffix(" loppu") == word


@settings(max_examples=200, deadline=None)
@given(TEXT, st.floats(min_value=5 * mm, max_value=120 * mm))
def test_shortened_text_fits_and_ends_in_an_ellipsis_when_cut(text: str, width: float) -> None:
    short = PEN.shorten(text, width, 9)
    single = " ".join(text.split())
    assert PEN.width(short, 9) <= width + 1e-6
    if short != single:
        assert short.endswith("…") and single.startswith(short[:-1].rstrip())


def test_fitting_size_shrinks_only_what_does_not_fit() -> None:
    assert PEN.fitting_size("LASKU", 50 * mm, 15, 6) == 15
    size = PEN.fitting_size("BETALNINGSPÅMINNELSE", 45 * mm, 15, 6)
    assert 6 <= size < 15 and PEN.width("BETALNINGSPÅMINNELSE", size) <= 45 * mm + 1e-6
