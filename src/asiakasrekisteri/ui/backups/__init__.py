"""Backups in the GUI: File › Back up now, Back up to…, Restore from…, Check the register."""
