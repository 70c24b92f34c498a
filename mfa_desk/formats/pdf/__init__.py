"""PDF: the publish HTML page laid out by WeasyPrint (`pdf_export`, with `korean_wrap`
keeping Korean words whole on a line) and its pages drawn as pixels for print preview and
Print (`pdf_pages`). Imports the shared modules at the top of `formats` and html. No Qt.
"""
