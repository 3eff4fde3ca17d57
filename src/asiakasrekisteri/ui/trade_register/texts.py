"""Texts of the trade register feature that several of its widgets show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asiakasrekisteri.domain.trade_register import CompanyWarning, RegisterCompany, Situation
from asiakasrekisteri.ui.formatting import format_date


def situation_text(situation: Situation) -> str:
    """A situation as a short phrase: "in bankruptcy"."""
    translate = QCoreApplication.translate
    texts = {
        Situation.CEASED: translate("TradeRegisterTexts", "ceased"),
        Situation.BANKRUPTCY: translate("TradeRegisterTexts", "in bankruptcy"),
        Situation.LIQUIDATION: translate("TradeRegisterTexts", "in liquidation"),
        Situation.RESTRUCTURING: translate("TradeRegisterTexts", "in corporate restructuring"),
    }
    return texts[situation]


def warning_text(name: str, warning: CompanyWarning) -> str:
    """A sentence warning about a company: "X: in bankruptcy since 14.3.2025."."""
    situation = situation_text(warning.situation)
    if warning.since is None:
        text = QCoreApplication.translate("TradeRegisterTexts", "{name}: {situation}.")
        return text.format(name=name, situation=situation)
    text = QCoreApplication.translate("TradeRegisterTexts", "{name}: {situation} since {date}.")
    return text.format(name=name, situation=situation, date=format_date(warning.since))


def warnings_text(company: RegisterCompany) -> str:
    """Every warning about a company, one a line, and what to do; empty when none."""
    if not company.warnings:
        return ""
    lines = [warning_text(company.name, w) for w in company.warnings]
    lines.append(
        QCoreApplication.translate(
            "TradeRegisterTexts", "Check the company's situation before selling to it on credit."
        )
    )
    return "\n".join(lines)


def match_text(company: RegisterCompany, language: str) -> str:
    """One line of the list of matches: name, Y-tunnus and city, and any warning."""
    city = company.customer_values(language).get("city", "")
    details = ", ".join(p for p in (company.business_id, city) if p)
    text = f"{company.name or company.business_id} ({details})"
    if company.warnings:
        text += " ⚠ " + ", ".join(situation_text(w.situation) for w in company.warnings)
    return text
