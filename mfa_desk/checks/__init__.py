"""Translation checks: the English must state what the Korean states. No Qt here."""
