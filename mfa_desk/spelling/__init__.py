"""Spell checking in Korean and English over Enchant/Hunspell. No Qt here.

Public pieces:
- `checker.SpellChecker`: word lists + Hunspell; `load()` / `load_in_background()`,
  `misspellings(text, variant, ignore, languages)`, `is_correct()`, `suggest()`,
  `add_to_personal()`, `add_to_glossary()`, `messages()` (why checking is off).
- `release_check.spell_check_release(release, with_suggestions=True)`: findings
  for a whole release (`SpellFinding`, segment paths in `inspect` shape);
  `default_checker()` is the process-wide checker the CLI uses.
- `walker.next_finding()`: the next/previous finding in reading order (F7).
- `tokens.tokenize()`, `korean.noun_candidates()`: the rules, reusable elsewhere.
- `names.is_named_person(tokens, i)`: a Hangul personal name recognised by its
  shape (surname + given name) and a title next to it, or the age in parentheses.
- `missions.mission_word()`: Korea's missions named after their country (주중한국대사관).
"""
