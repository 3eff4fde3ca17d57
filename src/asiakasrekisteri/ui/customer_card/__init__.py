"""The tabbed customer card (Asiakaskortti): ``card.CustomerCard`` and one module per tab.

Nothing is imported here, so that the dialogs can use :mod:`.fields` without loading the
whole card (the card's tabs import the dialogs in turn).
"""
