"""Releases read from lines of text: a pasted or saved text file (`text_import`, with the
region finder `text_region*`/`text_page`, the readers of the head and the body `text_head`/
`text_body`, the line classifier `text_lines`, the decoder `text_encoding`), the fields of a
Korean header (`korean_header`), and the lines the DOCX, HTML and HWPX readers take from
documents MFA Desk did not make (`foreign_import`, `foreign_lines`, and `list_labels` for
their list numbers and bullets), which go through the same rules; also the plain-text copy
for an e-mail (`plain_text`). Imports only the shared modules at the top of `formats`;
docx, html and hwpx import it. No Qt.
"""
