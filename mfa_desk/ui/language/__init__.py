"""The interface language and what the user reads: translators, the .ts reader, core messages
and errors turned into sentences."""
