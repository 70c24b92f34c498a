"""Batch 18: false-alarm classes 12 held-out real Korean texts showed (culture reports of
KCCs and missions, a consular notice; docs/checks.md): the parts of a listed country written
apart, a mission's short prefix before the mission, a short form the release defines, a
performer's part in parentheses, the adnominal of short ㄹ-verbs, a country's version (판),
and the register of traditional performances and years. Every class has a wrong twin: a real
misspelling in the same place is still flagged. All texts here are invented; the names are
made up."""

from __future__ import annotations

import pytest

from mfa_desk.model.release import Release, Segment
from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from mfa_desk.spelling.release_check import spell_check_release
from mfa_desk.spelling.short_forms import defined_short_forms
from tests.spelling.test_batch5_classes import flagged, kinds, right_and_slip


@pytest.mark.parametrize("case", [
    # A listed country written in its two parts; a slip in a part is no listed word.
    ("대한민국과 보스니아 헤르체고비나 수교 30주년을 기념하는 공연이 열린다.",
     "대한민국과 보스니아 헤르체고비냐 수교 30주년을 기념하는 공연이 열린다.", "헤르체고비냐"),
    # 주 and a one-syllable country before the mission word.
    ("주중 한국대사관은 교민들에게 주중 공관에 연락하라고 당부했다.",
     "주중 한국대사관은 교민들에게 주즁 공관에 연락하라고 당부했다.", "주즁"),
    ("주미 대사는 간담회를 열었다.", "주영 발표는 다음 주에 있다.", "주영"),
    # A performer's part in parentheses after a name in a line-up.
    ("공연에는 김보성(장구), 윤주연(대금) 등이 출연했다.",
     "공연에는 김보성(장구), 외교뷰(대금) 등이 출연했다.", "외교뷰"),
    ("이날 무대에는 정하윤(바이올린)이 올랐다.", "이날 무대에는 정하윤(바이올린)이 올렸댜.",
     "올렸댜"),
    # The adnominal of the short ㄹ-verbs (서툴다, 머물다); a slip in the stem stays flagged.
    ("방문객들은 서툰 한글로 소원을 적었다.", "방문객들은 서튼 한글로 소원을 적었다.", "서튼"),
    ("현지에 머문 기간에 여권을 분실한 경우", "현지에 머믄 기간에 여권을 분실한 경우", "머믄"),
    # A country's version (版); 판 after any noun is no such word.
    ("위챗(중국판 카카오톡) 계정으로 공지했다.", "위챗(증진판 카카오톡) 계정으로 공지했다.",
     "증진판"),
    # Traditional performances, dress and years; the standard loanword spellings.
    ("궁중무용 춘앵전과 농악 판굿, 거문고 산조, 민요 태평가를 선보인다.",
     "궁중무용 춘앵젼과 농악 판굿, 거문고 산조, 민요 태평가를 선보인다.", "춘앵젼과"),
    ("방문객들은 복건, 아얌 등 전통 장신구를 착용하며 임인년 새해를 맞았다.",
     "방문객들은 복건, 아얌 등 전통 장신구를 착용하며 임안년 새해를 맞았다.", "임안년"),
    ("문화원은 한글 캘리그래피 워크숍과 코리안 컬처 행사를 열었다.",
     "문화원은 한글 캘리그라피 워크숍과 코리안 컬처 행사를 열었다.", "캘리그라피"),
    ("사드 배치 이후 활동을 총결하고 발우공양 체험을 진행했다.",
     "사드 배치 이후 활동을 총결하고 발우공앙 체험을 진행했다.", "발우공앙"),
    # Second fresh set: Russia's consular districts, exhibitions of an art, loanwords in the
    # standard spelling (블라디보스톡 and 콜라보 stay flagged), a winner named after 수상자.
    ("하바롭스크와 유즈노사할린스크, 사할린 동포에게 안내드립니다.",
     "하바롭스크와 유즈노사할린스크, 사할린 동포에개 안내드립니다.", "동포에개"),
    ("블라디보스토크에서 미술전과 서예전을 열었다.", "블라디보스톡에서 미술전과 서예전을 열었다.",
     "블라디보스톡에서"),
    ("스릴러 영화 상영과 한국어 스피치, 센트럴 밀리터리 클럽의 패션쇼.",
     "스릴러 영화 상영과 한국어 스피취, 센트럴 밀리터리 클럽의 패션쇼.", "스피취"),
    ("선발대회 수상자 문하늘, 서아름 모델이 참여했다.",
     "선발대회 수상자 외교뷰, 서아름 모델이 참여했다.", "외교뷰"),
    # Third fresh set: words of the register of KCC classes, book fairs and ODA reports.
    ("이번 회차에서는 식문화를 소개하는 마스터클래스와 도서전이 열렸다.",
     "이번 회차에서는 식문화를 소개하는 마스터클래스와 도서젼이 열렸다.", "도서젼이"),
    ("한국문학번역원은 새마을농촌개발사업을 코엑스에서 소개했다.",
     "한국문학번역원은 새마을농촌개발사엄을 코엑스에서 소개했다.", "새마을농촌개발사엄을"),
    # A listed 하다 verb of a noun Hunspell knows without it; a slip in the noun or the ending.
    ("현지 기관과 협업하는 사업으로, 한국에서 연수한 공무원들이 참여했다.",
     "현지 기관과 협엽하는 사업으로, 한국에서 연수한 공무원들이 참여했다.", "협엽하는"),
    ("현지 기관과 협업하여 사업을 추진했다.", "현지 기관과 협업하여 사업을 추진햇다.", "추진햇다"),
    ("현지 기관과 협업한 사업이다.", "현지 기관과 협업하눈 사업이다.", "협업하눈"),
    # Viet Nam's provinces: bare where no common word is one jamo away, else with 성.
    ("빈즈엉, 타이응우옌, 꽝남성에서 행사를 열었다.",
     "빈즈엉, 타이응우옌, 꽝남성에서 헹사를 열었다.", "헹사를"),
])
def test_right_text_and_its_twin(checker: SpellChecker, case: tuple[str, str, str]) -> None:
    right_and_slip(checker, *case)


def test_a_country_in_two_parts(checker: SpellChecker) -> None:
    assert kinds(checker, "트리니다드 토바고와 앤티가 바부다의 대사가 참석했다.") == []
    # A slip in a part: reported (the unknown words head a name there), not accepted.
    assert ("토바거와", UNKNOWN_NAME) in kinds(
        checker, "트리니다드 토바거와 앤티가 바부다의 대사가 참석했다.")


def test_a_listed_part_alone_keeps_its_judgement(checker: SpellChecker) -> None:
    # Only beside its other part: 토바고 alone is one jamo from a word and stays flagged,
    # and a particle on the first part parts the two words.
    assert flagged(checker, "토바고에서 행사를 열었다.") == ["토바고에서"]
    assert flagged(checker, "보스니아와 헤르체고비나는 이웃이다.") == ["헤르체고비나는"]
    # A name of one word is not split anywhere (a page's broken line, /tmp/unseen6c).
    assert flagged(checker, "차관보를 인도 네시아에 파견할 예정이다.") == ["네시아에"]


def test_sexagenary_years_pair_stems_and_branches_of_one_parity(
        checker: SpellChecker) -> None:
    assert all(checker.is_correct(w, "ko") for w in ("갑진년", "계묘년에", "을사년을"))
    assert not checker.is_correct("갑축년", "ko")  # no such year: 갑 and 축 differ in parity


def test_a_province_one_jamo_from_a_word_only_with_seong(checker: SpellChecker) -> None:
    assert checker.is_correct("꽝남성", "ko") and checker.is_correct("다낭에서", "ko")
    assert not checker.is_correct("꽝남", "ko")


def release_kinds(checker: SpellChecker, *texts: str, pane: str = "ko") -> list[tuple[str, str]]:
    """(word, kind) of every finding of a release whose points are the texts (in `pane`)."""
    release = Release()
    release.points = [Segment.of(text, "") if pane == "ko" else Segment.of("", text)
                      for text in texts]
    return [(f.word, f.kind) for f in spell_check_release(
        release, with_suggestions=False, checker=checker, unknown_names=True)]


def test_a_short_form_the_release_defines(checker: SpellChecker) -> None:
    defined = "문화원 축제는 해외문화홍보원(이하 해문홍)이 주최한다."
    found = release_kinds(checker, defined, "올해 해문홍은 6개국에서 축제를 연다.")
    assert found and all(kind == UNKNOWN_NAME for _, kind in found)
    # A slip in a later mention differs from the defined form: still a misspelling.
    assert ("해문흥은", MISSPELLING) in release_kinds(
        checker, defined, "올해 해문흥은 6개국에서 축제를 연다.")


def test_a_short_form_is_drawn_from_its_full_name() -> None:
    assert defined_short_forms(["해외문화홍보원(이하 해문홍)은", "문화체육관광부(이하 '문체부')"]) \
        == {"해문홍", "문체부"}
    # Other notes may come first in the parentheses (the third fresh set).
    assert defined_short_forms(["해외문화홍보원(원장 문하늘, 이하 해문홍)은"]) == {"해문홍"}
    # Not drawn in order from the name before it (a slip in the definition): no short form.
    assert defined_short_forms(["해외문화홍보원(이하 해문흥)"]) == frozenset()
    assert defined_short_forms(["해외문화홍보원(이하 홍해문)"]) == frozenset()


def test_a_performer_is_a_name_not_a_spacing_error(checker: SpellChecker) -> None:
    # 윤주연 reads as 윤 + 주연 (a lead role): the part in parentheses says it is a person.
    assert kinds(checker, "공연에는 윤주연(대금)이 출연했다.") == []
    # Not a name's shape: a word and a part in parentheses prove nothing.
    assert flagged(checker, "공연에는 연주자듫(대금)이 출연했다.") == ["연주자듫"]


def test_english_given_name_in_camel_case_and_brands(checker: SpellChecker) -> None:
    text = ("Consul General Woo HongKoo thanked the aT Center and the Webzine journalists; "
            "Ambassador Lee JaeMin attended.")
    assert [(m.word, m.kind) for m in checker.misspellings(text, languages=["en"], names=True)] \
        == [("HongKoo", UNKNOWN_NAME), ("JaeMin", UNKNOWN_NAME)]
    # Not two romanised syllables, or not in name position: two words run together.
    for slip in ("Minister Kim TheNew said so.", "The KoreaJapan talks were held.",
                 "He flew to HongKong yesterday."):
        assert [m.kind for m in checker.misspellings(slip, languages=["en"], names=True)] \
            == [MISSPELLING]


def test_a_heading_spaced_out_on_its_line(checker: SpellChecker) -> None:
    assert flagged(checker, "협조를 안내드립니다.\n\n- 아 래 -\n\n1. 신청방법") == []
    assert flagged(checker, "다 음\n1. 일시") == []
    # The syllables must spell a word; in running text they are words of their own.
    assert flagged(checker, "협조를 안내드립니다.\n\n- 아 랴 -\n\n1. 신청방법") == ["랴"]
    assert flagged(checker, "이번 행사는 아 래 와 같이 열린다.") == ["래"]


def test_a_name_opening_with_a_listed_word_stays_a_name(checker: SpellChecker) -> None:
    # 정재 (呈才, a court dance) was listed and made "정재윤" read as 정재 + 윤 (the fresh set's
    # "김효진, 정재희"): two-syllable repertoire words that open common names stay unlisted.
    assert ("정재윤", UNKNOWN_NAME) in kinds(checker, "국가대표 모델 '문하늘, 정재윤'을 파견했다.")


def test_suggestions_offer_the_listed_standard_spelling(checker: SpellChecker) -> None:
    # Hunspell cannot offer a word only the glossary holds; a listed word one letter from the
    # flagged word's stem comes first, its particles kept.
    assert checker.suggest("캘리그라피를", "ko")[0] == "캘리그래피를"
    assert checker.suggest("샬롯에서", "ko")[0] == "샬럿에서"
    assert checker.suggest("춘앵젼", "ko")[0] == "춘앵전"
    # Two words run together keep their spaced form first.
    assert checker.suggest("방한시", "ko")[0] == "방한 시"


def test_a_person_a_role_names_once_is_a_name_everywhere(checker: SpellChecker) -> None:
    named = "소설가 문하늘(왼쪽 사진)과 두 시인이 독자와 만난다."
    assert release_kinds(checker, named, "두 시인과 문하늘이 참석하며 낭독회가 열린다.") \
        == [("문하늘이", UNKNOWN_NAME)]
    # A slip of the name is another word: still a misspelling.
    assert release_kinds(checker, named, "두 시인과 문하날이 참석하며 낭독회가 열린다.") \
        == [("문하날이", MISSPELLING)]
    # Two words run together that read as a name before a title stay a spacing error.
    assert ("방문시", MISSPELLING) in release_kinds(
        checker, "금번 방문시 박 장관은 외무대신과 회담을 갖는다.", "방문시 일정은 추후 알린다.")
