from __future__ import annotations

from mfa_desk.spelling.korean import is_particle_chain, noun_candidates, particle_agrees


def test_particles_are_stripped_up_to_two() -> None:
    assert "공급망" in list(noun_candidates("공급망에서는"))
    assert "공급망" in list(noun_candidates("공급망과의"))
    assert "외교부" in list(noun_candidates("외교부께서는"))


def test_particle_must_agree_with_the_last_syllable() -> None:
    assert particle_agrees("공급망", "을") and not particle_agrees("공급망", "를")
    assert particle_agrees("외교부", "는") and not particle_agrees("외교부", "은")
    assert particle_agrees("서울", "로") and not particle_agrees("서울", "으로")
    assert particle_agrees("공급망", "으로") and not particle_agrees("외교부", "으로")
    assert list(noun_candidates("공급망를")) == ["공급망를"]


def test_particle_chains() -> None:
    assert is_particle_chain("를") and is_particle_chain("에서는") and is_particle_chain("과의")
    assert not is_particle_chain("회담")
