"""Refresh ``translations/*.ts`` from the sources with pyside6-lupdate.

Every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` text of the package goes into the
Finnish, Swedish and English catalogues; existing translations are kept, texts no longer
in the sources are dropped. A text that moved to another context (a class renamed or
split) keeps its translation: an untranslated entry takes the translation its source text
had in the catalogue before, when that text had exactly one. Translators then fill in the
Finnish and Swedish entries (Qt Linguist, or any text editor). The run and test commands
compile them with pyside6-lrelease.

    python tools/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fi", "sv", "en")


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tools import extract_messages

    extract_messages.main(["extract_messages"])
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src").rglob("*.py"))
    targets = [f"translations/asiakasrekisteri_{lang}.ts" for lang in LANGUAGES]
    known = {target: known_translations(ROOT / target) for target in targets}
    command = [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", *targets]
    subprocess.run(command, check=True, cwd=ROOT)
    if sum(carry_over(ROOT / target, known[target]) for target in targets):
        subprocess.run(command, check=True, cwd=ROOT)  # back into lupdate's own layout
    return 0


def _key(message: ET.Element) -> tuple[str, str, bool]:
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return source, comment, message.get("numerus") == "yes"


def known_translations(path: Path) -> dict[tuple[str, str, bool], ET.Element]:
    """Each finished translation by its source text, where that text has only one."""
    if not path.exists():
        return {}
    found: dict[tuple[str, str, bool], ET.Element | None] = {}
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        key = _key(message)
        earlier = found.get(key)
        if key in found and (earlier is None or ET.tostring(earlier) != ET.tostring(translation)):
            found[key] = None  # translated two ways: leave the choice to a person
        else:
            found[key] = translation
    return {key: value for key, value in found.items() if value is not None}


def carry_over(path: Path, known: dict[tuple[str, str, bool], ET.Element]) -> int:
    """Fill untranslated entries of ``path`` from ``known``; returns how many were filled."""
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    filled = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        earlier = known.get(_key(message))
        if earlier is None:
            continue
        message.remove(translation)
        message.append(earlier)
        filled += 1
    if filled:
        head = text[: text.index("<TS")]
        body = ET.tostring(root, encoding="unicode")
        path.write_text(head + body + "\n", encoding="utf-8")
    return filled


if __name__ == "__main__":
    sys.exit(main())
