"""Dialogs of their own, and the registry every dialog is reachable from."""
