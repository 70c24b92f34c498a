"""Lines the line classifier knows as a web page's own wherever they stand (text_lines):
skip links, a breadcrumb, the links to the neighbouring posts, a copyright line, a story's
age, an advertisement's placeholder. Kept apart from the classifier's table so it stays small."""

from __future__ import annotations

import re

from mfa_desk.text import labels

_CHROME = labels.NAVIGATION_WORDS
_SKIP_NAVIGATION = re.compile(
    r"^(본문|주\s*메뉴|메뉴|하단\s*메뉴|상단\s*메뉴|검색)(으로)?\s*바로\s*가기$")
# Several skip links copied on one line: "바로가기 메뉴 본문 바로가기 주메뉴 바로가기", some after
# the site's name and of two words ("누리통신 본문 바로가기 메뉴 바로가기 하단 메뉴 바로가기").
_SKIP_LINKS = re.compile(r"^(?:[가-힣A-Za-z]{2,10}\s)?(?:(?:(?:\S{1,6}\s)?\S{1,6}\s?바로\s?가기"
                         r"|바로\s?가기\s?메뉴)(?:\s+|$)){2,6}$")
# An English page's skip links on one line: "Go to Contents Go to Navigation", "Skip to
# content Skip to menu".
_SKIP_LINKS_EN = re.compile(r"^(?:(?:go|skip|jump)\sto\s(?:the\s)?(?:main\s)?"
                            r"(?:contents?|navigation|menu|search|footer)(?:\s+|$)){2,4}$", re.I)
# A breadcrumb trail: "Home > Press > Press Releases", "홈 > 보도자료", and a news site's
# "Home / World / <the story's title>".
_BREADCRUMB = re.compile(r"^(?:you are here\s?:\s?(?:home|홈)\s*(?:[>›»/]|$)|(home|홈)\s*[>›»/])",
                         re.I)  # "You are here: Home" too
# A page's text-size tool named on its own line: "Adjust font size:", "Font Size".
_FONT_TOOL = re.compile(r"^(?:adjust\s)?(?:font|text)\s?size\s?:?$", re.I)
# The links to the neighbouring releases under a web page: "이전글 ...", "Next post ...".
_COPYRIGHT = re.compile(r"^(?:copyright\b|ⓒ|©|\(c\)\s*\d{4})|all rights reserved\.?$", re.I)
_NEIGHBOUR = re.compile(r"^(?:(이전\s*글|다음\s*글|prev|previous\s+post|next\s+post)\s*[:：|]?\s"
                        r"|(?i:previous|next)\s(?i:post|article)(?=[A-Z가-힣]))", re.I)
# A board's neighbour links glued to their titles, bulleted, each ending on its post's date:
# "- 이전글최근 1년간 … 2020.09.22", "- 다음글누리 … 2020.09.22".
_NEIGHBOUR_GLUED = re.compile(r"^(?:[-•·]\s?)?(?:이전\s*글|다음\s*글)\S.{0,160}"
                              r"\s\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?$")
# A story's age and view count under its title ("4 months ago 251", "3시간 전"): a news page's.
STORY_AGE = re.compile(r"^(?:(?:\d{1,3}|an?)\s(?:second|minute|hour|day|week|month|year)s?\sago"
                        r"|\d{1,3}\s?(?:분|시간|일|주|개월|년)\s?전)(?:\s+[\d,]{1,9})?$", re.I)
# An advertisement's placeholder left in the text of a news copy ("광고 로드중",
# "Advertisement", "ADVERTISEMENT", "- Advertisement -").
AD_PLACEHOLDER = re.compile(
    r"^[-–—\s]*(?:광고\s?(?:로드\s?중|영역)?|advertisement|ad|sponsored)[-–—\s]*$", re.I)


# A share button's note that the link was copied, or its prompt: "주소복사가 완료되었습니다",
# "링크가 복사되었습니다", "이 콘텐츠를 공유하세요." (in English "Link copied", a navigation word).
_SHARE_NOTE = re.compile(r"^(?:(?:링크|주소|url)\s?[가를]?\s?복사가?\s?(?:완료)?(?:되었|됐)습니다"
                         r"|(?:이\s)?(?:콘텐츠|기사|글)를?\s?공유(?:하세요|해\s?보세요))\.?$", re.I)


# A news page's section and its subsection over the title: "정치 국방·북한", "정치 외교",
# "국제 > 아시아". Words of a newspaper's sections only, no sentence: a page's label.
_SECTIONS = frozenset({"정치", "경제", "사회", "국제", "외교", "국방", "북한", "통일", "문화",
                       "오피니언", "사설", "칼럼", "아시아", "미주", "유럽", "중동", "아프리카",
                       "일본", "중국", "미국", "세계", "전국", "지역", "산업", "과학", "스포츠"})
_SECTION_PARTS = re.compile(r"\s*[·>/|]\s*|\s+")


def section_label(text: str) -> bool:
    parts = [p for p in _SECTION_PARTS.split(text.strip()) if p]
    return 2 <= len(parts) <= 4 and all(p in _SECTIONS for p in parts)


# A broadcast transcript's speaker label alone on its line: "<앵커>", "<기자>", "[앵커]", "◀ 리포트
# ▶", "<앵커 멘트>". The story goes on under it; the label is the page's.
_SPEAKER_LABEL = re.compile(r"^[<\[◀〈【]\s?(?:앵커|기자|리포트|인터뷰|앵커\s?멘트|기자\s?멘트)"
                            r"\s?[>\]▶〉】]$"
                            r"|^[가-힣]{2,4}\s(?:앵커|기자)\s?>$")  # "홍길동 앵커>" too
# A banner's link to another page, a phrase of five words or more ending on "바로가기" ("2031 정부
# 업무보고 국민과 함께하는 … 바로가기"). A title never ends on "go to"; a sentence about a link goes
# on ("… 바로가기 안내"); a board's short "@관련 보도자료 바로가기" stays where the board reads it.
_GO_LINK = re.compile(r"^\S+(?:\s\S+){3,10}\s바로\s?가기$")


# A portal's "today" stamp, the day without its year: "06.29 (토)". A release's date has a year.
_TODAY_STAMP = re.compile(r"^\d{1,2}[./]\d{1,2}\.?\s?\([월화수목금토일]\)$")


# A feed reader's note in place of the story it could not fetch, or its link to the rest:
# "[unable to retrieve full-text content]", "[Read more]", "[Continue reading]", "[…]".
_FEED_NOTE = re.compile(r"^\[\s?(?:unable\sto\sretrieve\s(?:the\s)?full[-\s]?text(?:\scontent)?"
                        r"|read\smore|continue\sreading|…|\.{3})\s?\]$", re.I)
# A news broadcast's anchor lines copied with its story: the lead-in ("Our top story this
# morning") and the sign-off ("We'll give you further details as we get them …").
_ANCHOR_LINE = re.compile(r"^(?:our\s(?:top|lead|main|first)\sstory\s(?:this\s(?:morning|evening)"
                          r"|tonight|today)|we'?ll\s(?:give\syou|bring\syou|have)\s(?:further|more)"
                          r"\sdetails\b.{0,60})\.?$", re.I)


# A news site's call for tips under its story: "누리TV 기사문의 및 제보 : 카톡/라인 nuri1",
# "■ 제보하기", "▷ 카카오톡 : '누리제보' 검색", a channel's slogan over its tip rows ("※ '당신의
# 제보가 뉴스가 됩니다'"). A release asks no one for tips.
TIP_LINE = re.compile(r"기사\s?문의|제보\s?하기|제보\s?[:：]|(?:카톡|카카오톡)\s?[:：/]"
                      r"|제보가\s?뉴스가\s?됩니다|your report becomes news", re.I)
# A mobile site's name over its page: "arirang mobile", "KBS Mobile". The name in one case
# (a title's first word is capitalised: "Going mobile" is none).
_SITE_MOBILE = re.compile(r"^(?:[a-z][a-z0-9.&-]{1,19}|[A-Z0-9][A-Z0-9.&-]{1,19})\s(?i:mobile)$")
# A tip line marked as a page's box: "■ 제보하기", "▶ 기사문의 및 제보". Its own line only: a
# release's "■" heads a point of its own, and asks no one for tips.
_BOXES = "■□▶▷◆◇●"
_BOXED_MAX = 40


def is_navigation(text: str) -> bool:  # "• Link copied": a share button's bulleted label
    return text.lower().lstrip("•▪ ") in _CHROME or any(p.match(text) for p in (
        _SKIP_NAVIGATION, _SKIP_LINKS, _SKIP_LINKS_EN, _BREADCRUMB, _NEIGHBOUR, _SHARE_NOTE,
        _TODAY_STAMP, _SPEAKER_LABEL, _FONT_TOOL, _GO_LINK, _FEED_NOTE, _ANCHOR_LINE,
        _SITE_MOBILE, _NEIGHBOUR_GLUED)) \
        or section_label(text) or (len(text) <= _BOXED_MAX and text[:1] in _BOXES
                                   and TIP_LINE.search(text) is not None) \
        or _COPYRIGHT.search(text) is not None or _WIRE_CREDITS.match(text) is not None \
        or glued_menu(text) or _READ_ALSO.match(text) is not None \
        or _IMAGE_BUTTON.match(text) is not None or _PHOTO_SLUG.match(text) is not None \
        or _NO_COMMENTS.match(text) is not None or _FOLLOW_US.match(text) is not None \
        or tool_cells(text)


# A wire's credits under its story: "(Reporting by Hong Gil-dong, Editing by Kim Nuri)",
# "(Additional reporting by …; Writing by …)", "(With inputs from agencies.)". No release names
# who wrote and edited it.
_WIRE_CREDITS = re.compile(r"^\((?:(?:additional\s)?(?:reporting|writing|editing|compiled|edited)"
                           r"\sby\s[^()]{2,160}|with\sinputs\sfrom\s[^()]{2,60})\)\.?$", re.I)
# A site's menu copied without the spaces between its entries: "All NewsCompaniesIndexesCurrency
# / ForexCommodities…". Words glued at a capital four times or more, no sentence: a name has one
# such joint ("PyeongChang", "YouTube"), a sentence ends on its full stop.
_GLUED_JOINT = re.compile(r"[a-z]{2}(?=[A-Z][a-z])")
_GLUED_MENU_JOINTS = 4
_GLUED_LOOK = 400  # characters: a menu is short; a long line is looked at in its start


def glued_menu(text: str) -> bool:
    text = text.strip()
    return not text.endswith((".", "!", "?", "다")) \
        and len(_GLUED_JOINT.findall(text[:_GLUED_LOOK])) >= _GLUED_MENU_JOINTS


# A link to another story set inside this one: "Read Also: Nuria's leader inspects …", "관련
# 기사: …". The story goes on under it.
_READ_ALSO = re.compile(r"^(?:read\s(?:also|more)|also\sread|see\salso|related(?:\sarticle)?"
                        r"|관련\s?기사)\s?[:：]\s?\S", re.I)
# A photo widget's enlarge button, whatever the copy glued to it ("이미지 확대보기안제민 누리일보
# 기자 …"): the page's.
_IMAGE_BUTTON = re.compile(r"^(?:이미지|사진)\s?(?:확대\s?보기|크게\s?보기)")
# A wire photo's slug alone on its line: "JAPAN-QUAKE", "NURIA-SORIA/TALKS". A release writes no
# line of capitals joined by hyphens.
_PHOTO_SLUG = re.compile(r"^[A-Z]{2,15}(?:[-/][A-Z]{2,15}){1,3}$")

# An empty comment list's note under the story: "등록된 댓글이 없습니다.", "No comments yet".
# A comment list's counter: "댓글이 0 개 있습니다.", "댓글 3개".
_NO_COMMENTS = re.compile(r"^(?:(?:등록된|아직)\s?댓글이\s?없습니다|no\scomments\syet"
                          r"|댓글이?\s?\d{1,6}\s?개(?:\s?있습니다)?"
                          r"|be\sthe\sfirst\sto\scomment)[.!»]?$", re.I)

# A site's prompt to follow it: "Follow us on our official WhatsApp channel for breaking news
# alerts!", "Join us on Telegram". A release asks no one to follow a channel.
_FOLLOW_US = re.compile(r"^(?:follow|join)\sus\son\s.{2,120}$", re.I)


# A tool bar copied with its bars and its size buttons' signs: "+크기 | -작게 | 이메일 | 프린트".
# Every cell a tool or navigation word (labels.tool_bar reads the bare words).
_CELL_PARTS = re.compile(r"[\s|]+")
_SIZE_WORDS = frozenset({"크기", "글자크기"})


def tool_cells(text: str) -> bool:
    if "|" not in text:
        return False
    parts = [p.strip("+-").lower() for p in _CELL_PARTS.split(text.strip()) if p.strip("+-")]
    return len(parts) >= 2 and all(p in labels.TOOL_WORDS or p in _CHROME or p in _SIZE_WORDS
                                   for p in parts)
