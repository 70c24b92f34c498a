"""Word documents: the export (`docx_export` over `docx_body`, `docx_styles`,
`docx_numbering` and `docx_letterhead`), the import (`docx_import`: our own exports exactly
from their embedded release, other documents as lines through `docx_text` and the
plaintext room), and the Word review copy with tracked changes (`docx_review_export`,
`docx_review_import`). Imports the shared modules at the top of `formats`, native and
plaintext; no other room imports it but the dispatcher. No Qt.
"""
