"""Entry point of the frozen program (PyInstaller): the ``asiakasrekisteri`` command.

Besides everything ``asiakasrekisteri.cli`` does, ``--self-test`` starts the window on the
offscreen platform and checks what only a bundle can get wrong: the Qt platform and SVG
plugins, the compiled translations and the package data. ``installer/build_linux.py`` runs
it on the freshly built bundle.
"""

from __future__ import annotations

import sys


def self_test(argv: list[str]) -> int:
    """Open the window on a database given as ``--db PATH`` offscreen; 0 when all is well."""
    import os
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from asiakasrekisteri import __version__
    from asiakasrekisteri.app import build_window, create_application
    from asiakasrekisteri.services.container import open_services
    from asiakasrekisteri.ui.app_actions import user_guide_path
    from asiakasrekisteri.ui.dialogs.about_dialog import bundled_libraries
    from asiakasrekisteri.ui.i18n import Translators

    db_path = Path(argv[argv.index("--db") + 1]) if "--db" in argv else None
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        app = create_application([sys.argv[0]])
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        translators = Translators()
        if not translators.install(app, "fi"):
            problems.append("Finnish translation (.qm) missing")
        elif QCoreApplication.translate("MainWindow", "&File") == "&File":
            problems.append("Finnish translation not in effect")
        # The window icon is an SVG: a null pixmap means the SVG plugins were not bundled.
        if QApplication.windowIcon().pixmap(32, 32).isNull():
            problems.append("program icon not loaded (SVG plugin missing?)")
        if not user_guide_path().exists():
            problems.append("user guide missing")
        if len(bundled_libraries()) < 10:
            problems.append("library metadata missing (About dialog)")
        services = open_services(db_path or Path(scratch) / "selftest.sqlite3")
        try:
            window = build_window(services, settings, translators).window
            window.show()
            app.processEvents()
            customers = window.model.rowCount()
            window.close()
        finally:
            services.close()
        translators.install(app, "en")
    print(f"self-test: Asiakasrekisteri {__version__}, platform {app.platformName()}, "
          f"{customers} customer(s) listed")  # fmt: skip
    for problem in problems:
        print(f"self-test: PROBLEM: {problem}", file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    argv = sys.argv[1:]
    if "--self-test" in argv:
        return self_test(argv)
    from asiakasrekisteri.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
