"""Small reusable widgets shared by the customer card and the dialogs."""
