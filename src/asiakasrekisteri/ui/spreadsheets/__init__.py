"""Spreadsheet import and export in the GUI: dialogs, workers and menu actions.

:func:`asiakasrekisteri.ui.spreadsheets.actions.install` adds everything to the main window.
"""
