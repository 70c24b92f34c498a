"""Starting the editor: the application, the session (preferences, language, recovery) and
its first windows, the bundled sample."""
