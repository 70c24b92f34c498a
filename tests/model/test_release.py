

def test_fingerprint_is_the_sha256_of_the_normalised_text() -> None:
    # Stored in every translated segment: the value must never change with how it is made.
    import hashlib
    import unicodedata

    from mfa_desk.model.release import fingerprint

    for text in ("", "외교부는 오늘", "The  Ministry\u00a0said\n", "e\u0301", "한국 " * 400):
        norm = " ".join(unicodedata.normalize("NFC", text).split())
        assert fingerprint(text) == hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
    assert fingerprint(" 외교부 ") == "b5eda0366583faf0"  # as written in files since 2026


def test_all_segments_are_iter_segments_without_their_paths() -> None:
    from mfa_desk.model.release import Release, Segment

    release = Release()
    release.headline = Segment.of("제목", "Title")
    release.subheadlines = [Segment.of("부제", "Deck")]
    deep = Segment.of("1.1", "1.1", [Segment.of("1.1.1", "")])
    release.points = [Segment.of("1", "1", [deep]), Segment.of("2", "2")]
    release.notes = [Segment.of("※", "*")]
    assert release.all_segments() == [ref.segment for ref in release.iter_segments()]
    assert [s.text.ko for s in release.all_segments()] == [
        "제목", "부제", "1", "1.1", "1.1.1", "2", "※"]
