"""The checker with the real Hunspell dictionaries on invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.spelling.checker import SpellChecker
from mfa_desk.spelling.release_check import spell_check_release

from .samples import clean_release, seeded_release


def test_seeded_misspellings_found_in_both_languages_with_segment_and_offset(
        checker: SpellChecker) -> None:
    release, expected = seeded_release()
    findings = spell_check_release(release, with_suggestions=False, checker=checker)
    found = {(f.segment, f.pane, f.word, f.offset, f.lang) for f in findings}
    assert set(expected) <= found
    by_id = {ref.path: ref.segment.id for ref in release.iter_segments()}
    for f in findings:
        text = release.segment_by_id(f.segment_id).text.get(f.pane)  # type: ignore[union-attr]
        assert text[f.offset:f.offset + len(f.word)] == f.word
        assert by_id[f.segment] == f.segment_id


def test_seeded_words_are_the_only_new_findings(checker: SpellChecker) -> None:
    clean = {(f.segment, f.pane, f.word) for f in
             spell_check_release(clean_release(), with_suggestions=False, checker=checker)}
    release, expected = seeded_release()
    seeded = {(f.segment, f.pane, f.word) for f in
              spell_check_release(release, with_suggestions=False, checker=checker)}
    assert seeded - clean == {(p, pane, w) for p, pane, w, _, _ in expected}


def test_suggestions_offer_the_right_word(checker: SpellChecker) -> None:
    assert "협력을" in checker.suggest("협럭을", "ko")
    assert "officials" in checker.suggest("officals", "en")
    assert len(checker.suggest("minerls", "en")) <= 8


def test_suggestions_are_only_computed_on_request(checker: SpellChecker,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(key: str, word: str) -> list[str]:
        raise AssertionError("suggest called while checking")

    monkeypatch.setattr(checker.dictionaries, "suggest", refuse)
    release, _ = seeded_release()
    assert spell_check_release(release, with_suggestions=False, checker=checker)
    assert checker.misspellings("협럭을 officals")


def test_latin_word_in_korean_pane_is_checked_in_english(checker: SpellChecker) -> None:
    text = "외교부는 recieve 협의를 Seoul에서 가졌다."
    found = checker.misspellings(text)
    assert [(m.word, m.lang, m.start) for m in found] == [("recieve", "en", 5)]


def test_hangul_in_english_pane_is_checked_in_korean(checker: SpellChecker) -> None:
    found = checker.misspellings("The term 협럭 means cooperation.")
    assert [(m.word, m.lang) for m in found] == [("협럭", "ko")]


def test_english_variant_per_release(checker: SpellChecker) -> None:
    assert [m.word for m in checker.misspellings("colour and color", "en_US")] == ["colour"]
    assert [m.word for m in checker.misspellings("colour and color", "en_GB")] == ["color"]
    release = clean_release()
    release.points[0].text.en += " The organisation agreed."
    release.english_variant = "en_US"
    us = [f.word for f in spell_check_release(release, False, checker)]
    release.english_variant = "en_GB"
    gb = [f.word for f in spell_check_release(release, False, checker)]
    assert "organisation" in us and "organisation" not in gb


def test_glossary_terms_accepted_including_korean_nouns_with_particles(
        checker: SpellChecker) -> None:
    # 공급망 and 핵심광물 are not in Hunspell's Korean dictionary; the glossary has them.
    assert not checker.dictionaries.check("ko", "공급망")
    text = "공급망 공급망을 공급망에서는 공급망과의 핵심광물이 핵심광물로 아세안과"
    assert checker.misspellings(text) == []
    # ... but a particle that does not agree with the noun is still wrong.
    assert [m.word for m in checker.misspellings("공급망를")] == ["공급망를"]


def test_romanised_names_and_places_from_the_glossary(checker: SpellChecker) -> None:
    text = "Minister Cho Tae-yul and Park Ji-hoon's team met in Busan and Ulaanbaatar."
    assert checker.misspellings(text) == []
    # The pattern takes one romanised syllable a side: a long misspelled compound is flagged.
    assert [m.word for m in checker.misspellings("Non-proliferaton")] == ["Non-proliferaton"]


def test_personal_dictionary_accepts_words_and_korean_nouns_with_particles(
        checker: SpellChecker, tmp_path: Path) -> None:
    # No title next to the bare name: a name before a title passes on its own (names.py).
    text = "정혜진 발언과 정혜진의 제안과 Wanjiru's plan"
    assert {m.word for m in checker.misspellings(text)} == {"정혜진", "정혜진의", "Wanjiru's"}
    checker.add_to_personal("정혜진")
    checker.add_to_personal("Wanjiru")
    assert checker.misspellings(text) == []
    assert (tmp_path / "personal.txt").read_text(encoding="utf-8") == "Wanjiru\n정혜진\n"


def test_release_ignore_list_comes_first(checker: SpellChecker) -> None:
    release = clean_release()
    release.points[1].text.ko = "키마니 차관은 키마니의 제안을 환영하였다."
    # Before a title 키마니 is a name (issue #11): reported apart as an unknown name, and
    # so is the same name with a particle elsewhere in the release (batch 16).
    assert [(f.word, f.kind) for f in spell_check_release(release, False, checker,
                                                          unknown_names=True)
            if f.segment == "points[1]"] == [("키마니", "unknown name"),
                                             ("키마니의", "unknown name")]
    release.spelling_ignore = ["키마니"]
    assert [f for f in spell_check_release(release, False, checker, unknown_names=True)
            if f.segment == "points[1]"] == []


def test_add_to_glossary_writes_the_user_glossary(checker: SpellChecker, tmp_path: Path) -> None:
    # A foreign name as an agency (해양협력청 would pass now: 해양협력 + the suffix 청).
    assert checker.misspellings("마쿠티청 마쿠티청을")
    checker.add_to_glossary("마쿠티청")
    assert checker.misspellings("마쿠티청 마쿠티청을") == []
    lines = (tmp_path / "glossary" / "words.txt").read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "마쿠티청"
    checker.add_to_glossary("마쿠티청")  # once only
    text = (tmp_path / "glossary" / "words.txt").read_text(encoding="utf-8")
    assert text.count("마쿠티청") == 1


def test_korean_compound_nouns_checked_by_their_parts(checker: SpellChecker) -> None:
    assert checker.misspellings("정책대화를 외교장관회담에서") == []
    # a typo in any part is caught, and so is a missing space between verb forms
    assert [m.word for m in checker.misspellings("졍책대화 하고있다")] == ["졍책대화", "하고있다"]


def test_particle_after_latin_word_or_quote_is_not_a_word(checker: SpellChecker) -> None:
    assert checker.misspellings("ASEAN과 'ODA'를 G20에서 UN부터") == []


def test_hyphenated_and_possessive_words(checker: SpellChecker) -> None:
    assert checker.misspellings("Korea-ASEAN ties, the Korea's and well-known co-operation") == []
    assert [m.word for m in checker.misspellings("a well-knwon fact")] == ["well-knwon"]


def test_numbers_dates_urls_emails_phones_acronyms_skipped(checker: SpellChecker) -> None:
    text = ("On 2026. 3. 18.(수) 10:00 see https://www.mofa.go.kr/eng or write to "
            "xqzpress@mofa.go.kr, call +82-2-2100-7000; ROK, UN, DPRK, 142억 달러, 65th, G20")
    assert checker.misspellings(text) == []


def test_empty_and_nul_words_are_guarded(checker: SpellChecker) -> None:
    assert checker.is_correct("", "ko") and checker.is_correct("a\x00b", "en")
    assert checker.suggest("", "en") == [] and checker.suggest("\x00", "ko") == []
    assert checker.misspellings("") == []
    assert [m.word for m in checker.misspellings("recieve\x00협럭")] == ["recieve", "협럭"]


def test_verdicts_are_cached_per_word_and_dictionary(checker: SpellChecker,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    real = checker.dictionaries.check

    def counting(key: str, word: str) -> bool:
        calls.append((key, word))
        return real(key, word)

    monkeypatch.setattr(checker.dictionaries, "check", counting)
    checker.misspellings("colour colour colour", "en_US")
    checker.misspellings("colour colour", "en_GB")
    assert calls.count(("en_US", "colour")) == 1 and calls.count(("en_GB", "colour")) == 1


def test_attachment_titles_are_checked(checker: SpellChecker) -> None:
    release = clean_release()
    release.attachments[0].title.en = "Photo of the meetng"
    found = [(f.segment, f.word) for f in spell_check_release(release, False, checker)]
    assert ("attachments[0]", "meetng") in found


def test_language_switch_turns_one_language_off(checker: SpellChecker) -> None:
    release, _ = seeded_release()
    langs = {f.lang for f in spell_check_release(release, False, checker, languages=("en",))}
    assert langs == {"en"}


def test_decomposed_hangul_is_checked_too(checker: SpellChecker) -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "양국은 협럭을 강화하기로 하였다")
    found = checker.misspellings(text)
    assert [(m.word, m.lang) for m in found] == [(unicodedata.normalize("NFD", "협럭을"), "ko")]
    assert text[found[0].start:found[0].end] == found[0].word
