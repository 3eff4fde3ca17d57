"""Company details from the trade register: matches while typing a new customer, and
Edit › Update from the trade register… on a company's card."""
