"""The editor window: the interface its helpers see (editor_window), the window itself, its
menus and actions, docks, view options, status bar."""
