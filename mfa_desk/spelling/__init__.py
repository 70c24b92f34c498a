"""Spell checking in Korean and English over Enchant/Hunspell. No Qt here."""
