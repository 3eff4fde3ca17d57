"""Use cases on top of storage and domain; no Qt here."""
