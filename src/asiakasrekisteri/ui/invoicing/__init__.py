"""Invoicing in the GUI: the invoice editor, payments, lists, figures and settings."""
