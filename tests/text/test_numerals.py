"""One notion of a number and its scale for the three readers built on text/numerals:
the aligner's facts, the translation checks and the archive's adaptation agree."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mfa_desk.archive.adapt import english_values, korean_values
from mfa_desk.checks.numbers import NUMBER, extract_quantities
from mfa_desk.text.numerals import to_decimal
from mfa_desk.text.values import text_features


def test_to_decimal_reads_grouped_digits_and_refuses_the_rest() -> None:
    assert to_decimal("1,234.5") == Decimal("1234.5")
    assert to_decimal("14.2") == Decimal("14.2")
    assert to_decimal("") is None and to_decimal("12a") is None


@pytest.mark.parametrize(("korean", "english", "value"), [
    ("142억 달러", "14.2 billion dollars", Decimal("14200000000")),
    ("3조 원", "3 trillion won", Decimal("3000000000000")),
    ("50만 명", "500 thousand people", Decimal("500000")),
])
def test_the_readers_agree_on_an_amount(korean: str, english: str, value: Decimal) -> None:
    checked_ko = [q.value for q in extract_quantities(korean, True) if q.kind == NUMBER]
    checked_en = [q.value for q in extract_quantities(english, False) if q.kind == NUMBER]
    assert checked_ko == checked_en == [value]
    assert [v.value for v in korean_values(korean)] == [value]
    assert [v.value for v, _m in english_values(english)] == [value]
    number = format(value.normalize(), "f")
    assert ("n", number) in text_features(korean, True)
    assert ("n", number) in text_features(english, False)


@pytest.mark.parametrize(("korean", "shown"), [
    ("한미동맹 70주년을 계기로", "70주년"),  # the particle is not the counter's
    ("5개국이 참석하였다", "5개국"),
    ("관계자 3명에게 전달하였다", "3명"),
    ("관계 부처 2곳과 협의하였다", "2곳"),
    # The twins: a counter with nothing after it, and a lone syllable, are shown as they are.
    ("제65주년 기념식", "65주년"),
    ("관계 부처 2곳 참석", "2곳"),
    ("3이 넘는 나라", "3이"),
])
def test_a_number_is_shown_with_its_counter_not_its_particle(korean: str, shown: str) -> None:
    [quantity] = [q for q in extract_quantities(korean, True) if q.text[:1].isdigit()]
    assert quantity.text == shown
