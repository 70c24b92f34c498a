"""Review rounds: version history, comparing releases, the Word review copy's round trip.

A layer beside `formats` and `checks`: may import model, text and formats; no Qt.
"""
