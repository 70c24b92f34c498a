"""Hangul documents: the HWPX export (`hwpx_export` with `hwpx_parts` and
`hwpx_letterhead`), the HWPX import (`hwpx_import`, with `hwpx_text` for the lines of
documents MFA Desk did not make) and the legacy HWP 5 import, converted by python-hwpx and
read by the same HWPX reader (`hwp5_import`). Imports the shared modules at the top of
`formats`, native and plaintext (whose `list_labels` reads Hangul's list numbers as it
reads Word's); not docx. No Qt.
"""
