"""HTML pages: the standalone, inert export (`html_export` with `html_style` and
`html_letterhead`) and the import (`html_import`: our own exports exactly from their
embedded release, other pages as lines through `html_text` and the plaintext room). Imports
the shared modules at the top of `formats`, native and plaintext; pdf lays out
`html_export`'s page. No Qt.
"""
