"""Data protection in the GUI: the Privacy menu (export, erase, retention, notice)."""
