"""The archive in the editor: translation-memory matches, concordance, the lookup worker, its
menu and preferences."""
