"""Sharing a register on a PostgreSQL server: open one, or move this one there."""
