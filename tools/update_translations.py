"""Refresh ``translations/*.ts`` from the sources with pyside6-lupdate.

Every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` text of the package goes into the
Finnish, Swedish and English catalogues; existing translations are kept, texts no longer
in the sources are dropped. Translators then fill in the Finnish and Swedish entries
(Qt Linguist, or any text editor). The run and test commands compile them with
pyside6-lrelease.

    python tools/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
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
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", *targets],
        check=True,
        cwd=ROOT,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
