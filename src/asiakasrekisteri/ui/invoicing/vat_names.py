"""Names of the VAT facts of a row or product shown in the invoicing windows.

One place for the texts, so the rows of an invoice and the products dialog say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asiakasrekisteri.domain.enums import VatExemption


def kind_name(goods: bool) -> str:
    """ "Goods" or "Service", in the UI language."""
    if goods:
        return QCoreApplication.translate("VatNames", "Goods")
    return QCoreApplication.translate("VatNames", "Service")


def exemption_name(exemption: VatExemption) -> str:
    """The exemption with its section of the VAT Act, in the UI language."""
    names = {
        VatExemption.HEALTHCARE: QCoreApplication.translate(
            "VatNames", "Exempt: healthcare (AVL 34 §)"
        ),
        VatExemption.SOCIAL_WELFARE: QCoreApplication.translate(
            "VatNames", "Exempt: social welfare (AVL 37 §)"
        ),
        VatExemption.EDUCATION: QCoreApplication.translate(
            "VatNames", "Exempt: education (AVL 39 §)"
        ),
        VatExemption.FINANCIAL: QCoreApplication.translate(
            "VatNames", "Exempt: financial services (AVL 41 §)"
        ),
        VatExemption.INSURANCE: QCoreApplication.translate(
            "VatNames", "Exempt: insurance (AVL 44 §)"
        ),
    }
    return names[exemption]


def taxable_name() -> str:
    """The choice of no exemption, in the UI language."""
    return QCoreApplication.translate("VatNames", "Taxable (VAT charged)")
