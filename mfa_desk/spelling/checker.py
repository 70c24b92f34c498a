"""The spell checker: word lists in order of authority, then Hunspell.

Order of authority: the release's ignore list, the personal dictionary, the
ministry glossary (shipped, then the user's copy), then Hunspell through
Enchant. Each list accepts Korean nouns with particles appended. Checking is
cheap (a verdict per word and dictionary is cached); suggestions are computed
only when asked for (Korean ones cost 30-180 ms).

Thread use: `load()` (or `load_in_background()`) once; checks before the
dictionaries are ready find nothing rather than block the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from mfa_desk.constants import LANGS
from mfa_desk.errors import MfaDeskError
from mfa_desk.glossary import Glossary, default_glossary_folders, load_glossary
from mfa_desk.spelling.context import (
    after_number,
    glossary_countries,
    korean_unknown_name,
    name_stems,
    root_before_dot,
    root_before_noun,
    strong_korean_name,
)
from mfa_desk.spelling.culture_names import culture_name
from mfa_desk.spelling.dictionaries import EnchantDictionaries, dictionary_key
from mfa_desk.spelling.english_forms import hyphenated_known
from mfa_desk.spelling.english_names import after_name_or_title, english_name_position, run_together
from mfa_desk.spelling.form_gaps import listed_verb
from mfa_desk.spelling.gazetteer import korean_places, near_places
from mfa_desk.spelling.korean import (
    BOUND_NOUNS,
    DERIVING_SUFFIXES,
    NOUN_SUFFIXES,
    TIME_WORDS,
    committee_short_form,
    country_suffixed,
    has_final_consonant,
    is_particle_chain,
    noun_candidates,
    prefix_fits,
    suffix_agrees,
)
from mfa_desk.spelling.missions import country_or_mission
from mfa_desk.spelling.names import is_named_person
from mfa_desk.spelling.spaced_names import accepted_beside
from mfa_desk.spelling.suggestions import spaced, suggest
from mfa_desk.spelling.tokens import Token, is_acronym, strip_possessive, tokenize
from mfa_desk.spelling.word_shapes import (
    one_slip,
    sound_word,
    verb_shape_known,
    wrong_conjugation,
    wrong_join,
)
from mfa_desk.spelling.wordlists import (
    PersonalDictionary,
    append_word_to_file,
    in_word_set,
)
from mfa_desk.text.translit import renders

MAX_SUGGESTIONS = 8
MAX_COMPOUND_PARTS = 5  # names of institutions run long: 한국+과학+기술+정보+연구원
MISSPELLING = "misspelling"
# An unknown word in name position: reported at a lower severity, left out of the
# spelling count and the underline.
UNKNOWN_NAME = "unknown name"
# Not judged yet: judging it would wait for Hunspell's suggestions (quick mode).
PENDING = "pending"


@dataclass(frozen=True, slots=True)
class Misspelling:
    word: str
    start: int  # character offset in the checked text
    lang: str  # dictionary language: "ko" or "en"
    kind: str = MISSPELLING

    @property
    def end(self) -> int:
        return self.start + len(self.word)


class SpellChecker:
    """Checks words and texts in Korean and English; one instance per application."""

    def __init__(self, dictionaries: EnchantDictionaries | None = None,
                 personal: PersonalDictionary | None = None,
                 glossary_folders: list[Path] | None = None,
                 korean_compounds: bool = True) -> None:
        self.dictionaries = dictionaries or EnchantDictionaries()
        self.personal = personal if personal is not None else PersonalDictionary()
        self.glossary_folders = (glossary_folders if glossary_folders is not None
                                 else default_glossary_folders())
        self.glossary = Glossary()
        self.countries: frozenset[str] = frozenset()  # 미국, 루마니아: places go after them
        self.korean_compounds = korean_compounds
        self._nouns: dict[str, bool] = {}
        self.ready = threading.Event()
        self._load_lock = threading.Lock()
        self._word_list_messages: list[str] = []
        # (dictionary key, word) -> accepted by personal list, glossary or Hunspell.
        self._verdicts: dict[tuple[str, str], bool] = {}
        self._listeners: list[Callable[[], None]] = []

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the word lists and load the dictionaries (blocking; once)."""
        with self._load_lock:
            if self.ready.is_set():
                return
            self._load_word_lists()
            self.dictionaries.load()
            self.ready.set()

    def load_in_background(self, on_ready: Callable[[], None] | None = None) -> threading.Thread:
        """Load in a daemon thread; `on_ready` runs in that thread when done."""

        def run() -> None:
            self.load()
            if on_ready is not None:
                on_ready()

        thread = threading.Thread(target=run, name="spelling-load", daemon=True)
        thread.start()
        return thread

    def _load_word_lists(self) -> None:
        self._word_list_messages = []
        glossary = Glossary()
        for folder in self.glossary_folders:
            try:
                glossary.extend(load_glossary([folder]))
            except MfaDeskError as exc:
                self._word_list_messages.append(f"glossary not used: {exc}")
        self.glossary = glossary
        self.countries = glossary_countries(glossary.pairs)
        try:
            self.personal.load()
        except MfaDeskError as exc:
            self._word_list_messages.append(f"personal dictionary not used: {exc}")
        self._verdicts.clear()
        self._nouns.clear()

    def reload_word_lists(self) -> None:
        """Re-read the glossary and personal files (after the user edited them)."""
        self._load_word_lists()
        self._changed()

    # ------------------------------------------------------------ status

    @property
    def available(self) -> bool:
        return self.ready.is_set() and self.dictionaries.unavailable_reason is None

    def messages(self) -> list[str]:
        """One line per problem: checking off, a language unchecked, a list not read."""
        out: list[str] = []
        if self.dictionaries.unavailable_reason:
            out.append(self.dictionaries.unavailable_reason)
        else:
            out.extend(self.dictionaries.missing.values())
        out.extend(self._word_list_messages)
        return out

    def word_list_messages(self) -> list[str]:
        return list(self._word_list_messages)

    def checks(self, lang: str, variant: str = "en_US") -> bool:
        """Whether words of this language are checked (library and dictionary present)."""
        return self.ready.is_set() and self.dictionaries.has(dictionary_key(lang, variant))

    # ------------------------------------------------------------ checking

    def is_correct(self, word: str, lang: str, variant: str = "en_US",
                   ignore: Collection[str] = ()) -> bool:
        """Whether `word` passes: a word that cannot be checked passes."""
        if not word or "\x00" in word or not self.checks(lang, variant):
            return True
        key = dictionary_key(lang, variant)
        if self._verdict(key, word):
            return True
        return bool(ignore) and self._in_ignore(word, lang, ignore)

    def misspellings(self, text: str, variant: str = "en_US", ignore: Collection[str] = (),
                     languages: Iterable[str] = LANGS, other_text: str = "",
                     names: bool = False, known_names: Collection[str] = (),
                     skip_at: int | None = None, quick: bool = False
                     ) -> list[Misspelling]:
        """The misspelled words of one text (either pane), in order.

        `other_text` is the aligned text of the other language: a foreign name written
        in Hangul passes when it carries the name in Latin letters, and the reverse.
        With `names`, unknown words in name position come too, as UNKNOWN_NAME.
        `known_names`: capitalised words of the release ("Kang": "Kangvoiced" is two words).
        `skip_at`: a word touching this offset is not judged (the word being typed).
        `quick`: a word that would wait for Hunspell's suggestions comes back as PENDING.
        """
        wanted = {lang for lang in languages if self.checks(lang, variant)}
        if not wanted or not text:
            return []
        keys = {lang: dictionary_key(lang, variant) for lang in wanted}
        out: list[Misspelling] = []
        tokens = tokenize(text)
        # Names are confirmed by the other language's text, and by a spelling in the other
        # script ("블링컨(Antony J. Blinken)"); built at the first word that needs them.
        context: tuple[list[Token], frozenset[str]] | None = None
        for index, token in enumerate(tokens):
            lang = token.script
            if skip_at is not None and token.start <= skip_at <= token.start + len(token.text):
                continue
            if lang not in wanted or self._verdict(keys[lang], token.text):
                continue
            if self._attached_particle(token) or (lang == "ko" and accepted_beside(
                    text, tokens, index, self._noun_of(lang), lambda w: self._in_lists(w, True))):
                continue
            if lang == "ko" and not self._spacing_error(text, tokens, index, keys[lang]) and (
                    is_named_person(tokens, index, text) or after_number(text, token)
                    or root_before_dot(text, tokens, index, self.dictionaries.check)
                    or root_before_noun(text, tokens, index, self.dictionaries.check,
                                        lambda w: self._noun_phrase_word(keys["ko"], w))):
                continue
            if ignore and self._in_ignore(token.text, lang, ignore):
                continue
            if context is None:
                context = ((tokenize(other_text) if other_text else []) + tokens,
                           frozenset(known_names) | frozenset(
                               t.text for t in tokens if t.script == "en"
                               and t.text[:1].isupper()))
            kind = self._kind(text, tokens, index, context[0], keys[lang], context[1], quick)
            if kind is None or (kind == UNKNOWN_NAME and not names):
                continue
            out.append(Misspelling(token.text, token.start, lang, kind))
        return out

    def _noun_of(self, key: str) -> Callable[[str], bool]:
        return lambda w: self._noun(key, w) or self._in_lists(w, True)

    def _slip_of_known(self, key: str, word: str, names: frozenset[str]) -> bool:
        """A typing slip of a known word, not a name: two letters swapped or a letter
        doubled or undoubled, against a known name of the release ("Kangg" for Kang) or a
        common word Hunspell offers ("Foriegn", "Minsiter" before "Minister")."""
        if any(one_slip(n, word) and self._verdict(key, n) for n in names if n != word):
            return True
        return any(" " not in s and "-" not in s and one_slip(s, word)
                   and self.dictionaries.check(key, s.lower())
                   for s in self.dictionaries.suggest(key, word)[:4])

    def _spacing_error(self, text: str, tokens: list[Token], index: int, key: str) -> bool:
        """Two words written as one (방한시), unless the word is a name beyond doubt."""
        return spaced(self, key, tokens[index].text) is not None and not strong_korean_name(
            text, tokens, index, lambda w: self._verdict(key, w))

    def _kind(self, text: str, tokens: list[Token], index: int, other: list[Token], key: str,
              capitalised: frozenset[str], quick: bool = False) -> str | None:
        """MISSPELLING, UNKNOWN_NAME, or None for a name the other language confirms."""
        token = tokens[index]
        if token.script == "ko":
            stems = name_stems(token.text)
            if any(renders(stem, t.text) for t in other if t.script == "en"
                   and t.text[:1].isupper() for stem in stems):
                return None
            if self._spacing_error(text, tokens, index, key):
                return MISSPELLING
            if korean_unknown_name(text, tokens, index, lambda w: self._verdict(key, w),
                                   self.countries,
                                   lambda w: self.dictionaries.check(key, w)) \
                    or culture_name(text, tokens, index, lambda w: self._verdict(key, w),
                                    lambda w: self.dictionaries.check(key, w)
                                    or self._in_lists(w, True)):
                return UNKNOWN_NAME
            return MISSPELLING
        word = strip_possessive(token.text)
        if not word[:1].isupper() or run_together(
                word, lambda w: self._verdict(key, w), capitalised,
                after_name_or_title(text, tokens, index)):
            return MISSPELLING
        if any(renders(stem, word) for t in other if t.script == "ko"
               for stem in name_stems(t.text)):
            return None
        if near_places(word, 1):
            return MISSPELLING
        if quick and not self.dictionaries.has_suggestions_for(key, word):
            return PENDING
        if self._slip_of_known(key, word, capitalised):
            return MISSPELLING
        return UNKNOWN_NAME if english_name_position(text, tokens, index) else MISSPELLING

    def suggest(self, word: str, lang: str, variant: str = "en_US",
                limit: int = MAX_SUGGESTIONS, names: Collection[str] = ()) -> list[str]:
        """Up to `limit` replacements (slow for Korean: call on request only); see
        `suggestions.suggest`."""
        return suggest(self, word, lang, variant, limit, names)

    def is_word(self, key: str, word: str) -> bool:
        """The cached verdict on `word` in dictionary `key` (for the suggestions module)."""
        return self._verdict(key, word)

    def is_noun(self, key: str, word: str) -> bool:
        return self._noun(key, word)

    @staticmethod
    def _attached_particle(token: Token) -> bool:
        # "ASEAN과", "'경제안보'를": a particle on its own after a Latin word,
        # a number or a closing quote is not a word of its own.
        return token.script == "ko" and token.attached and is_particle_chain(token.text)

    def _verdict(self, key: str, word: str) -> bool:
        cached = self._verdicts.get((key, word))
        if cached is None:
            self._verdicts[(key, word)] = False  # a word met again while judged: 공동위원회
            cached = self._judge(key, word)
            self._verdicts[(key, word)] = cached
        return cached

    def _judge(self, key: str, word: str) -> bool:
        korean = key == "ko"
        if self._in_lists(word, korean):
            return True
        if korean and wrong_conjugation(word):
            return False  # 삼가해: Hunspell accepts it, the standard language does not
        if self.dictionaries.check(key, word):
            return True
        if korean:  # 이뤄질 (이루어질), 파병된 (파병한), 보여주는 (보여 주는): word_shapes
            return self._korean_stem_known(key, word) or verb_shape_known(  # + listed 협업하다
                word, lambda w: self.dictionaries.check(key, w) or listed_verb(w, self.glossary),
                lambda w: self._noun_like(key, w)
                or (len(w) >= 3 and w.endswith("화") and self._derived(key, w))  # 이미지화한
            ) or sound_word(word, lambda w: self.dictionaries.check(key, w))
        if "’" in word:  # a typographic apostrophe: d’affaires, d’Ivoire (batch 13)
            return self._verdict(key, word.replace("’", "'"))
        bare = strip_possessive(word)
        if bare in korean_places():
            return True
        if bare != word and (self._in_lists(bare, False) or self.dictionaries.check(key, bare)):
            return True
        # Hyphenated: every part known ("Indo-Pacific"), or a combining form before a word the
        # dictionary writes solid ("socio-economic"): english_forms.hyphenated_known.
        return hyphenated_known(bare, lambda p: is_acronym(p) or self._in_lists(p, False)
                                or self.dictionaries.check(key, p))

    def _korean_stem_known(self, key: str, word: str) -> bool:
        # A known noun with particles Hunspell does not derive ("오타와에서"), or with a suffix
        # ("국가별로", "달러씩", "국장급과"), or a compound of known nouns ("다자무대에서의").
        stems = list(noun_candidates(word))
        for stem in stems:
            if stem != word and self.dictionaries.check(key, stem):
                return True
            if self._derived(key, stem):
                return True
        return self.korean_compounds and any(self._compound(key, stem, 1) for stem in stems)

    def _derived(self, key: str, word: str) -> bool:
        """A known noun with a noun-making suffix: 국가별, 년간, 국장급, 수교국, 효과성."""
        if country_suffixed(word, self.countries) or country_or_mission(
                word, lambda w: self._in_lists(w, True) or self._noun_like(key, w)) \
                or committee_short_form(word, lambda w: self._verdict(key, w)):
            return True  # 미측 (the US side), 한중일 (countries together), 주중한국대사관, 공동위
        for suffix in NOUN_SUFFIXES:
            if len(word) > len(suffix) and word.endswith(suffix):
                base = word[: -len(suffix)]
                if self._in_lists(base, True) or self.dictionaries.check(key, base):
                    return True
        for suffix in DERIVING_SUFFIXES:  # a stem of two syllables or more: 협국 is no 협 + 국
            if len(word) >= len(suffix) + 2 and suffix_agrees(
                    word, suffix, lambda w: self._noun(key, w)):
                base = word[: -len(suffix)]
                if (self._in_lists(base, True) or self._noun_like(key, base)
                        or (self.korean_compounds and self._compound(key, base, 2))):
                    return True
        return False

    def _compound(self, key: str, word: str, parts: int) -> bool:
        # Korean writes compound nouns solid: 정책대화 = 정책 + 대화, 외교장관회담 =
        # 외교 + 장관 + 회담. Accept a word made of known nouns and a known last
        # word (which may carry particles); every part of two syllables or more,
        # so a typo in any part ("졍책대화") is still caught. A one-syllable
        # prefix (핵군축, 대테러, 미수교국) may lead, before a noun.
        if parts >= MAX_COMPOUND_PARTS or len(word) < 3:
            return False
        if prefix_fits(word, lambda w: self.dictionaries.check(key, w)):
            rest = word[1:]
            if (self._in_lists(rest, True) or self._noun_like(key, rest)
                    or self._derived(key, rest) or self._compound(key, rest, parts + 1)):
                return True
        for i in range(2, len(word) - 1):
            head = word[:i]
            # A derived noun leads too (한인회총연합회: 한인 + 회, then 총연합회: batch 10).
            if head in TIME_WORDS or not (self._noun(key, head)
                                          or (i >= 3 and self._derived(key, head))):
                continue
            rest = word[i:]
            if any(stem in BOUND_NOUNS for stem in noun_candidates(rest)):
                continue  # 방한시, 관람후: a bound noun is written apart
            if wrong_join(head, rest, lambda w: self.dictionaries.check(key, w),
                          lambda w: self._noun_like(key, w)):
                continue  # 만전기할, 준비댔다, 심도있는: see word_shapes.wrong_join
            if (self._in_lists(rest, True) or self._last_part(key, rest)
                    or self._derived(key, rest) or self._compound(key, rest, parts + 1)):
                return True
        return False

    def _last_part(self, key: str, rest: str) -> bool:
        """Hunspell accepts the last part, and it is not one syllable with particles:
        "극의" (극 + 의) as the end of a compound would let a typo in the last syllable
        through ("수교극의" for 수교국의); a real last noun of that shape takes 을/를."""
        if not self.dictionaries.check(key, rest):
            return False
        one_syllable_stem = any(len(stem) == 1 for stem in noun_candidates(rest))
        return not one_syllable_stem or self._noun_like(key, rest)

    def _noun_like(self, key: str, word: str) -> bool:
        # Hunspell accepts it and it takes an object particle: a noun, not a verb
        # form ("하였다"), so "비" + a verb is no compound.
        particle = "을" if has_final_consonant(word[-1]) else "를"
        return self.dictionaries.check(key, word) and self.dictionaries.check(key, word + particle)

    def _noun_phrase_word(self, key: str, word: str) -> bool:
        """A noun, with particles or not, or a compound of nouns: what a modifier goes before
        (현안을, 전략동맹); not a verb form ("하다")."""
        return self._verdict(key, word) and any(
            self._noun_like(key, stem) or self._in_lists(stem, True)
            or self._compound(key, stem, 1) for stem in noun_candidates(word))

    def _noun(self, key: str, part: str) -> bool:
        """A listed word, or a word of up to four syllables (남태평양국가: batch 6) that
        Hunspell also accepts with an object particle.

        The particle test keeps verb forms ("하고", "있는") from counting as
        compound parts, so a missing space ("하고있다") is still flagged.
        """
        known = self._nouns.get(part)
        if known is None:
            if part in self.glossary.words or part in self.personal.words:
                known = True
            else:
                particle = "을" if has_final_consonant(part[-1]) else "를"
                known = (len(part) <= 4 and self.dictionaries.check(key, part)
                         and self.dictionaries.check(key, part + particle))
            self._nouns[part] = known
        return known

    def _in_lists(self, word: str, korean: bool) -> bool:
        return (in_word_set(word, self.personal.words, korean=korean)
                or in_word_set(word, self.glossary.words, self.glossary.patterns, korean=korean))

    @staticmethod
    def _in_ignore(word: str, lang: str, ignore: Collection[str]) -> bool:
        if lang == "ko":
            return in_word_set(word, ignore, korean=True)
        return any(in_word_set(w, ignore) for w in dict.fromkeys((word, strip_possessive(word))))

    # ------------------------------------------------------------ changing the lists

    def add_to_personal(self, word: str) -> str:
        """Add a word to the personal dictionary file; returns the word as stored."""
        word = self.personal.add(word)
        self._changed()
        return word

    def remove_from_personal(self, word: str) -> None:
        self.personal.remove(word)
        self._changed()

    def add_to_glossary(self, word: str) -> str:
        """Append a word to the user's glossary words.txt (the last glossary folder)."""
        path = self.glossary_folders[-1] / "words.txt"
        word = append_word_to_file(path, word)
        self.glossary.words.add(word)
        self._changed()
        return word

    def on_word_lists_changed(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call `callback` after every change of a word list; returns an unsubscribe."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    def _changed(self) -> None:
        self._verdicts.clear()
        self._nouns.clear()
        for callback in list(self._listeners):
            callback()


__all__ = ["MAX_SUGGESTIONS", "MISSPELLING", "UNKNOWN_NAME", "Misspelling", "SpellChecker",
           "dictionary_key"]
