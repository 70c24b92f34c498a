"""What the menus do to a window's release: files, export and print, templates, the Release
menu (sign-off), segment kinds, the clipboard."""
