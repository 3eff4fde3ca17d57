"""Walk a widget tree for every text a user sees or hears, and switch the UI language live.

A test opens a window, takes :func:`visible_texts`, switches the language as Settings ›
Preferences does (:class:`LanguageSwitch`) and compares: every text must be in the new
language, except the few a test names with the reason (data, or words the same in both
languages). :func:`assert_switches` does the whole round en → sv → fi → en, or any other.

A walk starts from one widget, or from several at once (the window, each dialog, each
menu open: :func:`open_windows`). Keys are paths of object names (or class names with a
count among same-named siblings) from the walked widget, then what the text is, e.g.
``cardTabs/qt_tabwidget_tabbar:tab.0`` or ``contactsTable:header.2``.
"""

from __future__ import annotations

import fnmatch
import subprocess
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from asiakasrekisteri.ui import i18n
from asiakasrekisteri.ui.i18n import Translators

ROOT = Path(__file__).resolve().parents[2]
ROUND = ("sv", "fi", "en")
"""The switches of a round trip from English: every language once, then back."""
FINNISH_ROUND = ("fi", "sv", "en", "fi")
"""From English to Finnish first, then every language once and back to Finnish."""

MAX_ROWS = 50
"""Rows of a list whose cells are read: enough for the translated states and kinds."""


def compile_catalogues(folder: Path) -> Path:
    """Compile ``translations/*.ts`` into ``folder`` as the run commands do; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True
        )
    return folder


def settle() -> None:
    """Deliver the posted language changes, and the deletions they caused."""
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class LanguageSwitch:
    """The program's translators on freshly compiled catalogues, switched at will.

    Made by :func:`switching_languages`, which takes them out again afterwards.

    Attributes:
        translators: The translators installed; ``translators.language`` is the current.
    """

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.translators = Translators()

    def to(self, language: str) -> None:
        """Install ``language`` as Settings › Preferences does; the windows follow at once."""
        assert self.translators.install(self.app, language), language
        settle()


@contextmanager
def switching_languages(
    app: QApplication, catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LanguageSwitch]:
    """English installed to start with; afterwards no translator and the old locale.

    Later tests then see the English source texts, as without any switch. The
    ``catalogues`` folder holds the compiled ones (:func:`compile_catalogues`).

        @pytest.fixture
        def switch(qapp, catalogues, monkeypatch):
            with switching_languages(qapp, catalogues, monkeypatch) as found:
                yield found
    """
    monkeypatch.setattr(i18n, "translations_dir", lambda: catalogues)
    locale = QLocale()
    switch = LanguageSwitch(app)
    switch.to("en")
    try:
        yield switch
    finally:
        switch.translators.remove(app)
        QLocale.setDefault(locale)
        settle()


# --- the walk ----------------------------------------------------------------------------


def open_windows() -> list[QWidget]:
    """Every window shown now (main window, dialogs, popped-up menus), by name.

    Pass the same list to each walk: windows of the same name are told apart by their
    place in it.
    """
    shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    return sorted(shown, key=lambda widget: widget.objectName() or type(widget).__name__)


def visible_texts(
    root: QWidget | Sequence[QWidget], *, include_hidden: bool = True
) -> dict[str, str]:
    """Every text of ``root`` and the widgets, menus and actions under it, by where it is.

    Window titles, label and button texts, group box titles, tab texts and tooltips,
    header and cell texts of lists (the first :data:`MAX_ROWS` rows), combo box items,
    placeholders, spin box suffixes, menu titles, action texts, and every widget's
    tooltip, accessible name and description. Hidden widgets count too, unless
    ``include_hidden`` is False: a stale text shows the moment they do.

    Given several roots (a window and its dialogs), each is walked once, under its own
    name: a root inside another root is left out of the outer one's walk.
    """
    roots = [root] if isinstance(root, QWidget) else list(root)
    found: dict[str, str] = {}
    for widget, name in zip(roots, _names(roots), strict=True):
        _walk(widget, name, found, include_hidden, roots)
    return {key: text for key, text in found.items() if text}


def _walk(
    widget: QWidget,
    path: str,
    found: dict[str, str],
    include_hidden: bool,
    roots: Sequence[QWidget],
) -> None:
    if not include_hidden and widget.isHidden():
        return
    _widget_texts(widget, path, found)
    _action_texts(widget.actions(), path, found)
    if isinstance(widget, QComboBox):
        return  # its popup repeats the items read above
    children = [child for child in widget.children() if isinstance(child, QWidget)]
    for child, name in zip(children, _names(children), strict=True):
        if not any(child is other for other in roots):
            _walk(child, f"{path}/{name}", found, include_hidden, roots)


def _names(objects: Iterable[QObject]) -> list[str]:
    """Each object's object name, or its class; a count tells same-named siblings apart."""
    seen: Counter[str] = Counter()
    names = []
    for obj in objects:
        base = obj.objectName() or type(obj).__name__
        names.append(base if not seen[base] else f"{base}~{seen[base]}")
        seen[base] += 1
    return names


def _widget_texts(widget: QWidget, path: str, found: dict[str, str]) -> None:
    found[f"{path}:windowTitle"] = widget.windowTitle()
    found[f"{path}:toolTip"] = widget.toolTip()
    found[f"{path}:statusTip"] = widget.statusTip()
    found[f"{path}:whatsThis"] = widget.whatsThis()
    found[f"{path}:accessibleName"] = widget.accessibleName()
    found[f"{path}:accessibleDescription"] = widget.accessibleDescription()
    if isinstance(widget, QLabel | QAbstractButton):
        found[f"{path}:text"] = widget.text()
    elif isinstance(widget, QGroupBox):
        found[f"{path}:title"] = widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            found[f"{path}:tab.{index}"] = widget.tabText(index)
            found[f"{path}:tab.{index}.toolTip"] = widget.tabToolTip(index)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        found[f"{path}:placeholder"] = widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            found[f"{path}:item.{index}"] = widget.itemText(index)
    elif isinstance(widget, QAbstractSpinBox):
        _spin_box_texts(widget, path, found)
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        _item_view_texts(widget, path, found)
    elif isinstance(widget, QMenu):
        found[f"{path}:title"] = widget.title()


def _spin_box_texts(widget: QAbstractSpinBox, path: str, found: dict[str, str]) -> None:
    found[f"{path}:specialValueText"] = widget.specialValueText()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        found[f"{path}:prefix"] = widget.prefix()
        found[f"{path}:suffix"] = widget.suffix()


def _item_view_texts(view: QAbstractItemView, path: str, found: dict[str, str]) -> None:
    model = view.model()
    if model is None:
        return
    # A list model hides its column count (always one) from Python.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    header = _horizontal_header(view)
    if header is not None and not header.isHidden():
        for column in range(columns):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            found[f"{path}:header.{column}"] = "" if text is None else str(text)
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            for role, suffix in (
                (Qt.ItemDataRole.DisplayRole, ""),
                (Qt.ItemDataRole.ToolTipRole, ".toolTip"),
            ):
                value = index.data(role)
                if isinstance(value, str):
                    found[f"{path}:cell.{row}.{column}{suffix}"] = value


def _horizontal_header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def _action_texts(actions: list[QAction], path: str, found: dict[str, str]) -> None:
    for action, name in zip(actions, _names(actions), strict=True):
        if action.isSeparator():
            continue
        key = f"{path}@{name}"
        text = action.text()
        found[f"{key}:text"] = text
        # Qt answers the text itself (without & and …) when no tooltip was set.
        default_tip = text.replace("&", "").removesuffix("…").removesuffix("...")
        if action.toolTip() not in (text, default_tip):
            found[f"{key}:toolTip"] = action.toolTip()
        found[f"{key}:statusTip"] = action.statusTip()
        found[f"{key}:whatsThis"] = action.whatsThis()


# --- the comparison ----------------------------------------------------------------------


def unchanged(
    before: Mapping[str, str],
    after: Mapping[str, str],
    allowed: Mapping[str, str],
    data: Collection[str] = (),
) -> list[str]:
    """What a language switch left as it was, and what appeared or vanished.

    A text may stay as it was when it has no letters (numbers, dates, amounts), when
    it is one of ``data`` (names, addresses: what the user typed), or when its key or
    the text itself matches a pattern of ``allowed`` (``fnmatch``: ``*`` matches across
    ``/``), which maps each pattern to the reason: a name, a word both languages share.
    """

    def excused(key: str, text: str) -> bool:
        return (
            not any(character.isalpha() for character in text)
            or text in data
            or any(
                fnmatch.fnmatchcase(key, pattern) or fnmatch.fnmatchcase(text, pattern)
                for pattern in allowed
            )
        )

    problems = [f"still {text!r}: {key}" for key, text in before.items()
                if after.get(key) == text and not excused(key, text)]  # fmt: skip
    problems += [f"gone: {key} (was {before[key]!r})" for key in before.keys() - after.keys()]
    problems += [f"new: {key} ({after[key]!r})" for key in after.keys() - before.keys()]
    return sorted(problems)


def assert_switches(
    switch: LanguageSwitch,
    widget: QWidget | Sequence[QWidget],
    allowed: Mapping[str, str],
    data: Collection[str] = (),
    languages: Iterable[str] = ROUND,
) -> dict[str, dict[str, str]]:
    """Switch through ``languages`` (from the one installed); every text must follow.

    ``widget`` is one widget or several roots (:func:`visible_texts`). See
    :func:`unchanged` for ``allowed`` and ``data``. Back in a language seen before,
    every text must be exactly what it was then. Returns the texts last seen in each
    language.
    """
    previous = switch.translators.language
    seen = {previous: visible_texts(widget)}
    for language in languages:
        switch.to(language)
        texts = visible_texts(widget)
        problems = unchanged(seen[previous], texts, allowed, data)
        assert not problems, f"{previous} → {language}:\n" + "\n".join(problems)
        if language in seen:
            differ = {key for key in texts if texts[key] != seen[language].get(key)}
            assert not differ, f"back in {language}, changed: {sorted(differ)}"
        seen[language] = texts
        previous = language
    return seen
