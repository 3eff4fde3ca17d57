"""Asiakasrekisteri: an offline customer register with invoicing for Finnish small firms."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Asiakasrekisteri"
ORG_NAME = "Asiakasrekisteri"
