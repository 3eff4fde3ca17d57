"""Money in, in the window: bank payment files, unmatched payments, customers' credit."""
