"""Reading and writing releases: the .mfadesk file, text, DOCX and HTML. No Qt here."""
