"""Company details from the Finnish trade register (PRH's YTJ open data, API version 3).

The program works offline; this is the one place that goes online, and only when the
user looks a company up. :class:`TradeRegisterClient` asks ``/companies`` over HTTPS with
the standard library and a short timeout; every way that can fail (no network, a
timeout, an HTTP error, an answer that is not JSON or not in the documented format) ends
in one :class:`TradeRegisterError` whose message the window and the command line show as
it is. :class:`TradeRegisterService` finds companies and writes the chosen values onto a
customer in one transaction, logged in the history as taken from the trade register.

The client holds no state between requests, so lookups may run on worker threads; the
methods that read or write the register (:meth:`TradeRegisterService.changes_for`,
:meth:`TradeRegisterService.apply`) belong on the thread that owns the database.
"""

from __future__ import annotations

import json
import logging
import os
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from asiakasrekisteri import APP_NAME, __version__
from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.customer import CustomerRecord, validate_customer
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.trade_register import (
    REGISTER_FIELDS,
    FieldChange,
    RegisterCompany,
    RegisterFormatError,
    SearchResult,
    changes,
    parse_companies,
)
from asiakasrekisteri.services.customers._rows import alt_billing_id, customer_row
from asiakasrekisteri.services.errors import NotFound, RuleViolation
from asiakasrekisteri.storage import history
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.mapping import apply_customer_data, customer_to_record

logger = logging.getLogger(__name__)

DEFAULT_URL = "https://avoindata.prh.fi/opendata-ytj-api/v3"
URL_VARIABLE = "ASIAKASREKISTERI_YTJ_URL"
"""Environment variable naming another address of the API (a test server, a proxy)."""
TIMEOUT_SECONDS = 5.0
MIN_NAME_LENGTH = 3
"""Shorter names find thousands of companies; the register is not asked."""
_MAX_ANSWER_BYTES = 8 * 1024 * 1024  # a page of 100 companies is well under 1 MB


class TradeRegisterError(ValidationError):
    """The trade register could not be asked or did not answer usefully."""

    code = "trade_register"


class RegisterUnreachable(TradeRegisterError):
    code = "trade_register.unreachable"
    template = "The trade register cannot be reached. Check the network connection."


class RegisterTimeout(TradeRegisterError):
    code = "trade_register.timeout"
    template = "The trade register did not answer within {seconds} seconds. Try again later."


class RegisterBusy(TradeRegisterError):
    code = "trade_register.busy"
    template = "The trade register has too many requests just now. Try again in a minute."


class RegisterHttpError(TradeRegisterError):
    code = "trade_register.http"
    template = "The trade register answered with an error (HTTP {status}). Try again later."


class RegisterAddressError(TradeRegisterError):
    code = "trade_register.address"
    template = (
        "The trade register was not found at {url} (HTTP {status}). "
        "Check the address in the preferences."
    )


class RegisterBadAddress(TradeRegisterError):
    code = "trade_register.bad_address"
    template = "“{url}” is not a web address; check the trade register address."


def register_url(setting: str = "") -> str:
    """The API's address: the setting, else ``ASIAKASREKISTERI_YTJ_URL``, else PRH's own."""
    for candidate in (setting, os.environ.get(URL_VARIABLE, ""), DEFAULT_URL):
        if candidate.strip():
            return candidate.strip().rstrip("/")
    return DEFAULT_URL  # pragma: no cover - the default is never blank


class TradeRegisterClient:
    """Asks the register's ``/companies`` and reads the answer.

    Attributes:
        base_url: The API's address, without ``/companies``.
        timeout: Seconds for the whole request, answer included.
    """

    def __init__(self, base_url: str = DEFAULT_URL, timeout: float = TIMEOUT_SECONDS) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def companies(self, **params: str) -> SearchResult:
        """The first page of the companies matching ``params`` (``businessId``, ``name``).

        Raises:
            TradeRegisterError: Whatever went wrong, as one message.
        """
        url = f"{self.base_url}/companies?{urllib.parse.urlencode(params)}"
        body = self._get(url)
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            logger.warning("trade register answer is not JSON: %s", type(exc).__name__)
            raise RegisterFormatError(detail="the answer is not JSON") from exc
        try:
            return parse_companies(payload)
        except RegisterFormatError as exc:
            logger.warning("trade register answer in an unknown format: %s", exc.detail)
            raise

    def _get(self, url: str) -> bytes:
        # The HTTP client (with ssl and the e-mail parser, a tenth of a second) is loaded
        # by the first lookup, not by every start of the program.
        import urllib.error
        import urllib.request
        from http.client import HTTPException

        headers = {"Accept": "application/json", "User-Agent": f"{APP_NAME}/{__version__}"}
        deadline = time.monotonic() + self.timeout
        try:
            request = urllib.request.Request(url, headers=headers)
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return self._read(response, deadline)
        except urllib.error.HTTPError as exc:
            exc.close()
            logger.info("trade register answered HTTP %s", exc.code)
            if exc.code == 429:
                raise RegisterBusy() from None
            if exc.code in (404, 405):
                raise RegisterAddressError(url=self.base_url, status=exc.code) from None
            raise RegisterHttpError(status=exc.code) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise self._timeout() from None
            logger.info("trade register unreachable: %s", type(exc.reason).__name__)
            raise RegisterUnreachable() from None
        except TimeoutError:
            raise self._timeout() from None
        except (OSError, HTTPException) as exc:
            logger.info("trade register connection failed: %s", type(exc).__name__)
            raise RegisterUnreachable() from None
        except ValueError:  # not an http(s) address at all
            raise RegisterBadAddress(url=self.base_url) from None

    def _read(self, response: Any, deadline: float) -> bytes:
        """The body, read in pieces so that a server trickling bytes still times out."""
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise self._timeout()
            chunk: bytes = response.read(64 * 1024)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > _MAX_ANSWER_BYTES:
                raise RegisterFormatError(detail="the answer is too large")
            chunks.append(chunk)

    def _timeout(self) -> RegisterTimeout:
        logger.info("trade register did not answer in %s s", self.timeout)
        return RegisterTimeout(seconds=f"{self.timeout:g}")


class TradeRegisterService:
    """Finding companies in the trade register, and updating customers from it.

    Attributes:
        db: The open database.
        address: The register's address as set in the window's preferences; empty for
            the environment's or PRH's own (:func:`register_url`), read at each request.
        timeout: Seconds a request may take.
    """

    def __init__(self, db: Database, *, address: str = "", timeout: float = TIMEOUT_SECONDS):
        self.db = db
        self.address = address
        self.timeout = timeout

    def client(self) -> TradeRegisterClient:
        """A client for the address in force now."""
        return TradeRegisterClient(register_url(self.address), self.timeout)

    # --- network only: may run on a worker thread ------------------------------------

    def lookup(self, business_id: str) -> RegisterCompany | None:
        """The company with this Y-tunnus; None when the register has none.

        Raises:
            ValidationError: The Y-tunnus is not valid (nothing is asked then).
            TradeRegisterError: The register could not be asked.
        """
        normalised = identifiers.normalize_business_id(business_id)
        result = self.client().companies(businessId=normalised)
        return next((c for c in result.companies if c.business_id == normalised), None)

    def require(self, business_id: str) -> RegisterCompany:
        """The company with this Y-tunnus.

        Raises:
            NotFound: The register has no company with it.
        """
        company = self.lookup(business_id)
        if company is None:
            raise NotFound(
                "The trade register has no company with the Y-tunnus {business_id}.",
                code="trade_register.not_found",
                business_id=business_id.strip(),
            )
        return company

    def company_of(self, record: CustomerRecord) -> RegisterCompany:
        """The company of a customer, found by its Y-tunnus.

        Raises:
            RuleViolation: The customer has no Y-tunnus.
            NotFound: The register has no company with it.
        """
        if not record.data.business_id:
            raise RuleViolation(
                "{name} has no Y-tunnus; the trade register is searched by it.",
                code="trade_register.no_business_id",
                name=record.data.name,
            )
        return self.require(record.data.business_id)

    def search(self, text: str) -> SearchResult:
        """Companies for what the user typed: a valid Y-tunnus, or at least 3 letters of
        a name. Anything shorter asks nothing and finds nothing.

        Companies that have ceased come last; the register's order is kept otherwise.
        """
        text = " ".join(text.split())
        if identifiers.is_valid_business_id(text):
            company = self.lookup(text)
            return SearchResult(int(company is not None), (company,) if company else ())
        if len(text) < MIN_NAME_LENGTH:
            return SearchResult(0, ())
        result = self.client().companies(name=text)
        ordered = sorted(result.companies, key=lambda c: c.has_ceased)
        return SearchResult(result.total, tuple(ordered))

    # --- the register: on the database's thread --------------------------------------

    def changes_for(
        self, customer_id: int, company: RegisterCompany, language: str
    ) -> tuple[FieldChange, ...]:
        """The customer's fields whose value differs from the register's."""
        with self.db.read() as session:
            record = customer_to_record(session, customer_row(session, customer_id))
        return changes(record.data, company.customer_values(language))

    def apply(self, customer_id: int, values: Mapping[str, str]) -> CustomerRecord:
        """Write the chosen register values onto a customer, in one transaction.

        The history shows the changes as taken from the trade register.

        Raises:
            FieldErrors: A value breaks a card rule (nothing is written).
            ValueError: A field the register does not fill was given.
        """
        unknown = set(values) - set(REGISTER_FIELDS)
        if unknown:
            raise ValueError(f"not a trade register field: {', '.join(sorted(unknown))}")
        with self.db.transaction() as session:
            customer = customer_row(session, customer_id)
            data = customer_to_record(session, customer).data
            changed: dict[str, Any] = dict(values)
            clean = validate_customer(replace(data, **changed))
            history.set_action(session, history.Action.TRADE_REGISTER)
            alt = alt_billing_id(session, clean, customer_id)
            apply_customer_data(session, customer, clean, alt)
            session.flush()
            return customer_to_record(session, customer)


__all__ = [
    "DEFAULT_URL",
    "MIN_NAME_LENGTH",
    "TIMEOUT_SECONDS",
    "URL_VARIABLE",
    "RegisterAddressError",
    "RegisterBadAddress",
    "RegisterBusy",
    "RegisterHttpError",
    "RegisterTimeout",
    "RegisterUnreachable",
    "TradeRegisterClient",
    "TradeRegisterError",
    "TradeRegisterService",
    "register_url",
]
