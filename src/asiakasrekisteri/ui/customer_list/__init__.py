"""The customer list: a table model over ids and the view that shows it."""
