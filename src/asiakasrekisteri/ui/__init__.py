"""Qt user interface: models, views and dialogs over the services."""
