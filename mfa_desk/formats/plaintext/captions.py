"""A news page's photo captions and credits, wherever the copy put them: the page's
lines, never the release's (the line classifier's rules, text_lines, use them; the
region finder asks whether a line between two paragraphs is one)."""

from __future__ import annotations

import re

from mfa_desk.text import labels

# A news photo's caption with its credit, wherever it stands: "▲ 외교부 청사./사진=누리일보
# 홍길동 기자 |", "▲ … (사진=외교부 제공)", the agency after a slash at its end ("▲ 홍길동 장관은
# … 교환했다. /누리통신"). No release writes one.
PHOTO_CAPTION = re.compile(r"^[▲△]\s?.{0,300}?(?:사진\s?[=:：]|사진\s?(?:제공|출처)|\(사진\b"
                           r"|다\.\s?/\s?[가-힣A-Za-z0-9·]{2,12}(?:\s?제공)?\s*$)")
# A short caption closed by a full stop and the agency after a slash, no "▲", often in a table
# cell: "태극기, 오성홍기./누리1 |". A paragraph may end on its agency ("… 소개했다./누리"): a
# sentence's "다." is no caption's.
_SLASH_AGENCY_END = re.compile(r"^[^/]{2,60}(?<!다)\.\s?/\s?[가-힣A-Za-z0-9·]{2,12}(?:\s?제공)?"
                               r"\s?\|?$")
# An English caption closed by a dash and its agencies' credits parted by slashes: "Archive image
# of the earthquake. – Nuri Press/Contacto/Hong Gildong".
_DASH_SLASH_CREDIT = re.compile(r"\.\s[–—-]\s[A-Z][\w .&'-]{1,30}(?:/[A-Z][\w .&'-]{1,30}){1,4}$")
# ... or by a dash and the photo's credit: "… on Saturday (Oct 5). - Photo: Nuri".
_DASH_PHOTO_CREDIT = re.compile(r"[.)]\s[–—-]\s(?:photo|image|picture)s?\s?:\s?"
                                r"[A-Z][\w .&/'-]{1,40}$", re.I)
# A caption telling what the picture shows, in its present tense: "This picture shows damaged
# buildings …", "The photo shows …". A story tells what happened.
_SHOWS = re.compile(r"^(?:this|the|a|an)\s(?:\w+\s)?(?:photo|picture|image|photograph)\s"
                    r"(?:shows|depicts)\b", re.I)
# A Korean caption marking someone's place in the picture: "홍길동 차관보 (오른쪽) 가 …",
# "(왼쪽 두번째)". A story names no places in a picture.
_KO_PLACE_MARK = re.compile(r"\((?:왼쪽|오른쪽|가운데)(?:에서)?"
                            r"(?:\s?(?:첫|두|세|네)\s?(?:번째|째))?\)")
_KO_PLACE_CAPTION_MAX = 300
# A photo's short caption closed by its credit or the agency's copyright, no ▲ before it:
# "임수석 대변인.<저작권자(c) 누리통신, 무단 전재-재배포 금지>", "대변인. (사진=누리통신 제공)".
# A sentence of the release ("… 밝혔다. <저작권자 …>") is no caption.
_CREDITED_CAPTION = re.compile(
    r"^(?P<caption>[^()<>〈\[]{1,60}?)\s?[(<〈\[]\s?(?:사진\s?(?:[=:：]|제공|출처)|저작권자)"
    r".{0,80}[)>〉\]]$")
# A photo's short caption closed by the office that gave the photo, in brackets: "대책회의
# [외교부 제공]", "회담 모습 (누리부 제공)". A release's line does not end on who provided it.
_SOURCE_CAPTION = re.compile(r"^(?P<caption>[^()<>〈\[]{1,60}?)\s?[(\[]\s?[가-힣A-Za-z·]{2,12}"
                             r"(?:\s[가-힣A-Za-z·]{2,12}){0,2}\s제공\s?[)\]]$")


# A wire photo's caption, closed by the day it was taken and the photographer's address
# ("… 정례브리핑을 하고 있다. 2023.03.09. hong@nuri.example", or without the day's dot
# "… 2031.2.16 photo@nuri.example", the address hidden by some sites: "[email protected]").
# A release's sentence never ends on an e-mail address.
_DATED_CAPTION = re.compile(r"\s\d{4}\.\d{1,2}\.\d{1,2}\.?\s{1,3}"
                            r"(?:[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}"
                            r"|\[email\sprotected\])\s*$")


# An English caption closed by its credit after a slash: "… speaks on the phone /Courtesy of
# Ministry of Foreign Affairs", "… /Photo by Hong Gil-dong".
_SLASH_CREDIT = re.compile(r"\S\s?/\s?(?:courtesy of|photo by)\s[A-Z][\w.&'-]{0,30}"
                           r"(?:\s[A-Za-z][\w.&'-]{0,30}){0,6}$", re.I)


# A caption that names the people in the photo from one side: "… 기자간담회를 열었다. 왼쪽부터
# 홍길동 참사관, 김누리 영사.", "… (from left)".
_FROM_SIDE = re.compile(r"(?:^|[.。]\s)(?:왼쪽|오른쪽)(?:에서)?부터\s[^.。]{2,80}\.?$"
                        r"|\(from (?:left|right)\)", re.I)


# A caption that marks the people by their place in the photo and ends on its credit: "Minister
# Hong (L) shakes hands with … (Nuri)", "… (2nd from R) …", or, with no credit, says what only a
# caption says ("… (second from left) poses for a commemorative photo with …"). A story names no
# places in a picture.
_PLACE_MARK = re.compile(r"\((?:(?:\d(?:st|nd|rd|th)|second|third|fourth)\sfrom\s)?"
                         r"(?:L|R|C|left|right|cent(?:er|re))\)", re.I)
# A caption closed by the day the photo was taken and a one-word credit, no brackets: "…
# during a ceremony in Seoul, Jan. 31. Nuri". A sentence ends on its full stop.
# The credit is a name: a word that opens sentences is the next sentence's, on a line
# wrapped by hand right after a dated one ("… as of Dec. 1. The" / "measures are …").
_BARE_CREDIT_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)"
                              r"[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?\.\s(?!(?:The|This|That|These|Those"
                              r"|It|Its|He|His|She|Her|They|Their|There|We|But|And|In|On|At|As)$)"
                              r"[A-Z][A-Za-z]{1,20}$")


# A caption closed by its credit in square brackets and capitals after the full stop: "…
# speaks at a briefing in Seoul on March 2. [NURI1]", "… [JOONGANG ILBO]". A story's sentence
# does not end on a bracketed agency, and a list number is no caption ("3. [Q&A]": a
# briefing's section, numbered).
_BRACKET_CREDIT_END = re.compile(r"[.!?]\s\[[A-Z][A-Z0-9 .&-]{1,24}\]$")
_LETTER = re.compile(r"[^\W\d_]")


def _bracket_credit_end(text: str) -> bool:
    m = _BRACKET_CREDIT_END.search(text)
    return m is not None and _LETTER.search(text, 0, m.start()) is not None


# A wire photo's caption under the story: its first sentence closed by the day the photo was
# taken with its year, the whole closed by the agency's credit ("A member of a rescue team
# searches … in Nuria, on Feb. 10, 2031. At least … (Nuri)"). A story gives no year to its
# recent days, and its last paragraph ends on a sentence.
_DATED_FIRST_SENTENCE = re.compile(r"^(?:(?!\.\s)[^\n]){10,400}?\bon\s(?:Jan|Feb|Mar|Apr|May|June?"
                                   r"|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s\d{4}\.\s")


# A Korean photo's caption without its credit: what the person in the picture is doing, then
# who it is ("한미회담 결과 브리핑하는 홍길동 외교부 장관", "발언하고 있는 홍길동 대변인"). A
# headline tells what happened; only a picture shows someone in the act. (A marked line, "- …
# 주도하는 외교부 차관", is a release's sub-headline.)
_ACTION_CAPTION = re.compile(r"^(?:[가-힣A-Za-z0-9][^.!?。]{0,39}\s)?"
                             r"[가-힣]{1,10}하(?:는|고\s있는)\s(?:[가-힣A-Za-z·.]{1,12}\s){0,4}(?:"
                             + "|".join(sorted(labels.RANKS, key=len, reverse=True)) + r")$")


# An English caption closed by who gave the photo, in brackets: "Minister Hong (right) talks
# with … on Aug. 3 (provided by the Ministry of Foreign Affairs)", "… (courtesy of Nuri)", "…
# in this image released September 5, 2031. (Photo via Nuri)". A story's sentence ends on its
# full stop, not on a picture's source.
_PROVIDED_END = re.compile(r"\s\((?:(?:provided|courtesy)\s(?:by|of)"
                           r"|(?:photo|image|picture)\s(?:via|by))\s[^()]{2,60}\)$", re.I)


# A wire photo's caption cut before its date and credit: someone in the present tense of a
# picture, then where it was taken after a comma, no full stop ("Secretary Hong holds a press
# conference with Minister Kim, in Washington"). A headline does not close on the place.
_PICTURE_VERB = re.compile(r"\b(?:holds|speaks|attends|meets|shakes|talks|poses|delivers|arrives"
                           r"|walks|listens|looks|waves|gestures|greets|signs|gives|answers"
                           r"|addresses|leaves|sits|stands|reacts)\b")
_PLACE_CLOSE = re.compile(r",\s(?:in|at)\s[A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20}){0,2}"
                          r"(?:,\s[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][a-z]{1,20})?)?$")
_PICTURE_WORDS = (8, 40)


def _placed_picture(text: str) -> bool:
    n = len(text.split())
    return _PICTURE_WORDS[0] <= n <= _PICTURE_WORDS[1] and _PLACE_CLOSE.search(text) is not None \
        and _PICTURE_VERB.search(text) is not None


def _doubled_caption(text: str) -> bool:
    """"Minister Hong (Nuri) Minister Hong (Nuri)": the image's alt text and its caption
    copied onto one line, the two halves equal and closed by a credit."""
    half = len(text) // 2
    return len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:] \
        and _CREDIT_END.search(text[:half]) is not None


# A news site's photo widget copied around its caption: "큰사진보기 ▲홍길동 장관이 … 답변하고 있다.
# ⓒ 김누리 관련사진보기" (the enlarge button, the caption with the photographer, the related-
# photos link). Both buttons on the line: a page's, never a sentence of the story.
_PHOTO_WIDGET = re.compile(r"^큰\s?사진\s?보기\s.{0,400}\s관련\s?사진\s?보기$")


def photo_caption(text: str) -> bool:
    """A news photo's caption with its credit, or the image's own markup: a page's line
    between two paragraphs of the story, never the release's."""
    stripped = text.strip()
    if PHOTO_CAPTION.match(text) or _DATED_CAPTION.search(text) or _photo_line(text) \
            or _IMAGE_MARKUP.match(stripped) or _SLASH_CREDIT.search(stripped) \
            or _FROM_SIDE.search(stripped) or _doubled_caption(stripped) \
            or _BARE_CREDIT_END.search(stripped) or _bracket_credit_end(stripped) \
            or _ACTION_CAPTION.match(stripped) or _PROVIDED_END.search(stripped) \
            or _PHOTO_WIDGET.match(stripped) or _placed_picture(stripped) \
            or _SLASH_AGENCY_END.match(stripped) or _DASH_SLASH_CREDIT.search(stripped) \
            or _DASH_PHOTO_CREDIT.search(stripped) \
            or _SHOWS.match(stripped) \
            or (len(stripped) <= _KO_PLACE_CAPTION_MAX
                and _KO_PLACE_MARK.search(stripped) is not None) \
            or (len(stripped) <= _CAPTION_MAX and _DATED_FIRST_SENTENCE.match(stripped) is not None
                and _CREDIT_END.search(stripped) is not None) \
            or (len(stripped) <= _CAPTION_MAX and _PLACE_MARK.search(stripped) is not None
                and (_CREDIT_END.search(stripped) is not None
                     or _CAPTION_PHRASE.search(stripped) is not None)):
        return True
    m = _CREDITED_CAPTION.match(text.strip()) or _SOURCE_CAPTION.match(text.strip())
    return m is not None and not m.group("caption").rstrip().endswith(("다.", "다"))


# Who provided the story or its picture, alone on its line under the title: "누리1 제공",
# "외교부 제공". A release's line says more.
_PROVIDER = re.compile(r"^[가-힣A-Za-z0-9]{2,12}\s?제공$")
# A photo's credit on a line of its own ("Photo : YONHAP News", "(Photo = Yonhap)", "사진=
# 외교부 제공", in square brackets with its source named: "[사진 출처 : 누리통신 / 외교부
# 제공]") and an English caption ("This photo, provided by …, shows … (Yonhap) |", "This
# captured image, provided by …"): a news page's, never a release's sentence.
_PHOTO_CREDIT = re.compile(
    r"^[(\[]?\s*(?:photos?|images?|사진)(?:\s?출처)?\s*(?:[:=：]|by\b|courtesy\b)\s*[^.!?\[\]]{1,50}"
    r"[)\]]?$", re.I)
_PHOTO_START = re.compile(r"^(?:in\s)?(?:this|these|a|an|the)\s(?:\w+\s){0,2}"
                          r"(?:photos?|images?|pictures?)\b", re.I)
_PHOTO_WORD = re.compile(r"\bphotos?\b", re.I)
# The phrases only a caption writes, in the present tense of a picture: "… poses for a photo
# with …", "… in this photo provided by …", "… in a file photo". A story tells it in the past
# ("the two posed for photos before the talks").
_CAPTION_PHRASE = re.compile(r"\bposes?\sfor\s(?:an?\s)?(?:[a-z]{3,15}\s)?photos?\b"
                             r"|\bin\s(?:this|a|the)\s(?:file\s)?photo\b"
                             r"|\b(?:this|a)\sphoto\s(?:provided|released|taken)\b", re.I)
# A photo's credit alone in a table cell under it: "(Yonhap) |".
_CREDIT_CELL = re.compile(r"^\([A-Z][\w .&'-]{1,30}\)\s?\|$")
_CREDIT_END = re.compile(r"\([A-Z][\w .&-]{1,30}\)\s*\|?$")
_CAPTION_MAX = 1200
_PHOTO_NAMED_MAX_WORDS = 20
# A photo's caption or an image hint copied from a table cell, its bar at the end: "임수석
# 대변인./누리1 ⓒ 누리1 홍길동 기자 |", "<이미지를 클릭하시면 크게 보실 수 있습니다> |".
_CELL_CAPTION = re.compile(r"(?:ⓒ|©|사진|이미지|기자)[^|]{0,80}\s\|$")
# ... or closed by its source in brackets in the cell: "President Hong. (Source: Nuri) |". (A
# release's paragraph may end on "(Source: IMF)", never in a table cell's bar.)
_SOURCE_CELL = re.compile(r"\((?:source|photo|image|courtesy)\s?:\s?[^()|]{1,40}\)\s?\|$", re.I)


def _photo_line(text: str) -> bool:
    """"This photo, provided by …, shows … (Yonhap) |": it opens on a photo and ends on
    a credit, or it names a photo and ends in a table cell's bar, or a caption's phrase
    ("poses for a photo", "in this photo") ends on a credit, however long."""
    text = text.rstrip()
    return len(text) <= _CAPTION_MAX and (
        bool(_PHOTO_START.match(text) and _CREDIT_END.search(text))
        or (len(text.split()) <= _PHOTO_NAMED_MAX_WORDS and _PHOTO_WORD.search(text) is not None
            and _CREDIT_END.search(text) is not None)  # "Minister Park in a file photo. (Nuri)"
        or (_CAPTION_PHRASE.search(text) is not None and _CREDIT_END.search(text) is not None)
        or (text.endswith(" |") and (_PHOTO_WORD.search(text) is not None
                                     or _CELL_CAPTION.search(text) is not None
                                     or _SOURCE_CELL.search(text) is not None)))


# An image's markup left in a copy, its empty caption and a cell's bar after it: "![]() 외교부 |";
# a site template's image slot left unfilled: "[$img1".
_IMAGE_MARKUP = re.compile(r"^(?:!\[[^\]]{0,200}\]\([^)]{0,500}\)"
                           r"|\[\$(?:img|image|photo|pic)\w{0,6}\]?$)", re.I)


def photo_credit(text: str) -> bool:
    """A photo's credit or an English caption, on a line of its own, or an image's markup."""
    text = text.strip()
    return bool(_PHOTO_CREDIT.match(text) or _CREDIT_CELL.match(text) or _PROVIDER.match(text)
                or _JOINT_CREDIT.match(text) or _AGENCY_CREDIT.match(text)
                or _IMAGE_MARKUP.match(text) or _PORTRAIT_CAPTION.match(text)) \
        or _photo_line(text)


# A portrait's caption: who it shows, by title and name, and the agency's credit, nothing
# else ("Foreign ministry spokesman Hong Gil-dong (Nuri)", an office's short form in it: "Nuri
# Intelligence Service (NIS) chief Hong (Nuri)"). A sentence says something: it
# has a lower-case word that is no title's ("said", "will"), or a full stop; an office's
# name with its short form ("Ministry of Foreign Affairs (MOFA)") names no one.
_TITLE_WORD = (r"(?:[A-Z][\w'-]*|\([A-Z]{2,6}\)|of|the|and|for|vice|foreign|deputy|ministry"
               r"|minister|spokes(?:man|person|woman)|ambassador|director|general|chief|secretary|envoy"
               r"|president)")
_PORTRAIT_CAPTION = re.compile(r"^(?=.*\b(?i:minister|spokes(?:man|person|woman)|ambassador"
                               r"|envoy|secretary|president|director|chief)\b)"
                               + _TITLE_WORD + r"(?:\s" + _TITLE_WORD + r"){1,8}"
                               r"\s\((?:[A-Z][a-z]{2,15}|AP|AFP|EPA|UPI|AAP|NHK)\)$")


# Two agencies' joint credit alone on its line, where a photo stood: "(AP-Yonhap)",
# "(EPA/Nuri)". A release's own bracketed line ("(Unofficial translation)") has spaces.
_JOINT_CREDIT = re.compile(r"^\((?:[A-Z][A-Za-z]{1,15}[-/])+[A-Z][A-Za-z]{1,15}\)$")
# One wire agency's credit alone on its line between paragraphs, where a photo stood (an
# English paper's copy of a wire story): "(Yonhap)", "(AFP)". Named agencies only: a
# release's own one-word bracketed line is no credit.
_AGENCY_CREDIT = re.compile(r"^\((?:Yonhap|AP|AFP|Reuters|EPA|Xinhua|Kyodo|UPI|Bernama|Antara"
                            r"|Anadolu|AAP|dpa|NHK|Newsis|News1|Getty Images)\)$"
                            # a news site's tag where its photo stood: "[Yonhap Photo]"
                            r"|^\[[A-Z][\w.&'-]{1,20}(?:\s[A-Z][\w.&'-]{1,20}){0,2}\s(?:photos?"
                            r"|images?|file\sphoto)\]$", re.I)

