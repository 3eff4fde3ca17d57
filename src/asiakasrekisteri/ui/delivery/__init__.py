"""Sending documents from the window: settings, one document, a batch with progress."""
