"""Why the import changed or left out a value or a row: :class:`Reason`, a translatable message.

The import explains itself in the user's language, while the service layer knows nothing
of Qt: each reason keeps its English template and its values, and the UI translates the
template and fills it in. ``tools/extract_messages.py`` collects every template (the first
argument of each ``Reason(...)`` call) for the translators.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from asiakasrekisteri.domain.errors import Count, Counts, ValidationError


def _same(text: str) -> str:
    return text


def _english(count: Count) -> str:
    return str(count)


@dataclass(frozen=True, slots=True, init=False)
class Reason:
    """Why a value or a row was changed or left out: an English template and its values.

    ``Reason("Changed to “{value}”.", value="00100")``. The template is the translation
    source: ``tools/extract_messages.py`` collects the first argument of every
    ``Reason(...)`` call (so it must be a string literal) and of every error, and the UI
    translates it in the context of the domain's messages (``ui.i18n.VALIDATION_CONTEXT``).
    A value may itself be a Reason, or a tuple of them (sentences, joined by spaces),
    translated in turn, or a :class:`Count` / :class:`Counts` worded in its plural form.

    Attributes:
        template: English sentence with ``{name}`` placeholders.
        params: ``(name, value)`` pairs for the placeholders.
    """

    template: str
    params: tuple[tuple[str, Any], ...]

    def __init__(self, template: str, /, **params: Any) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "params", tuple(params.items()))

    @classmethod
    def of(cls, error: ValidationError) -> Reason:
        """A domain rule's message (its template is translated as it is everywhere)."""
        return cls(error.template, **error.params)

    @property
    def text(self) -> str:
        """The English sentence, values filled in."""
        return self.render(_same)

    def render(
        self, translate: Callable[[str], str], count: Callable[[Count], str] = _english
    ) -> str:
        """The sentence with ``translate`` applied to every template (this and nested),
        and ``count`` to every count.

        A translation whose placeholders do not fit gives the English sentence.
        """
        values = {name: _rendered(value, translate, count) for name, value in self.params}
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template if translate is _same else self.text

    def __str__(self) -> str:
        return self.text


def _rendered(value: Any, translate: Callable[[str], str], count: Callable[[Count], str]) -> Any:
    if isinstance(value, Reason):
        return value.render(translate, count)
    if isinstance(value, tuple) and value and all(isinstance(v, Reason) for v in value):
        return " ".join(v.render(translate, count) for v in value)
    if isinstance(value, Count):
        return count(value)
    if isinstance(value, Counts):
        return ", ".join(count(c) for c in value.items)
    return value


def left_out(error: ValidationError) -> Reason:
    """A value that breaks ``error``'s rule: the rule's message, then what became of it."""
    return Reason("{problem} The value is left out.", problem=Reason.of(error))


def not_imported(error: ValidationError) -> Reason:
    """A row that breaks ``error``'s rule: the rule's message, then what became of it."""
    return Reason("{problem} The row is not imported.", problem=Reason.of(error))


__all__ = ["Reason", "left_out", "not_imported"]
