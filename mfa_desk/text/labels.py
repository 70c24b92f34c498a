"""The labels releases and the pages that carry them use: the Korean header
fields, the document types, the English categories, the labels of a web page's
information rows (부서명, 작성일, Date, hit ...) and the words of its navigation.

Tables, not patterns: the importers and the checks build their patterns from
these, so a label is added in one place.
"""

from __future__ import annotations

# The header fields of a 보도자료, in the order they usually come.
HEADER_FIELDS = ("보도일시", "보도시점", "배포일시", "담당부서", "책임자", "담당자", "문의처",
                 "문의", "엠바고")
CONTACT_FIELDS = {"책임자": "responsible", "담당자": "contact", "문의": "contact",
                  "문의처": "contact"}
# Two names of one field.
SAME_FIELD = {"보도시점": "보도일시"}

# 문서종류 of a Korean release.
DOCUMENT_TYPES = frozenset({"보도자료", "보도참고자료", "보도설명자료", "보도해명자료"})

# The English category line of the ministry's site.
CATEGORIES = frozenset({
    "press releases", "press release", "press briefings", "press briefing", "ministry news",
    "spokesperson's press briefings", "speeches", "statements", "news and press release",
})
# Menu sections that hold the categories above (a breadcrumb copied line by line).
SECTION_CATEGORIES = frozenset({"ministry news"})

# The information rows of a board page: a label, its value on the same or the next line.
DATE_LABELS = ("date", "작성일", "등록일", "게시일", "날짜", "입력", "입력일", "발행일", "posted",
               "originally published", "published")
MODIFIED_LABELS = ("수정일", "최종수정일", "최종수정", "modified", "updated")
HIT_LABELS = ("hit", "hits", "view", "views", "조회", "조회수")
DEPARTMENT_LABELS = ("부서명", "담당부서명", "작성부서", "department")
WRITER_LABELS = ("작성자", "등록자", "writer", "author")
# A portal repost's rows naming where it came from: "출처" / "외교부", "원본URL" / the address.
SOURCE_LABELS = ("출처", "원본url", "원문url", "원문 보기", "원본 보기", "source", "original url")

# The name of the board a page belongs to, over its title ("장관 외교활동(전 박진장관)",
# "외교부 브리핑", a portal's "최근소식"): the page's, not the headline's first words.
BOARD_NAMES = frozenset({"장관 외교활동", "1차관 외교활동", "2차관 외교활동", "차관 외교활동",
                         "외교부 브리핑", "최근소식"})
# Lines of a page's navigation, lower case, whole line.
NAVIGATION_WORDS = frozenset({
    "kor", "eng", "korean", "english", "한국어", "home", "list", "print", "top", "prev", "next",
    "previous", "share", "skip to content", "skip to main content", "skip navigation",
    "go to content", "go to main content", "go to top", "목록", "인쇄", "이전글", "다음글",
    "facebook", "twitter", "kakaotalk", "copy url", "url 복사", "공유하기", "sns 공유", "글자크기",
    "font size", "스크랩", "scrap", "더보기", "more", "menu", "메뉴", "전체메뉴", "로그인",
    "login", "search", "검색", "sitemap", "사이트맵", "배너", "닫기", "close", "screen size",
    "화면크기", "instagram", "youtube", "blog", "블로그", "카카오스토리", "네이버블로그", "rss",
    "콘텐츠 영역", "본문 영역",  # a portal's landmark labels (korea.kr), copied as lines
    "연결 가능 링크", "accessibility links",  # a news site's skip-link heading
    "link copied", "copy link", "url copied",  # a share button's label and its tooltip
    "related article", "related articles", "관련기사", "관련 기사",  # a widget inside a story
    "페이지 정보",  # a board template's label over a post's rows (작성자 … 조회 … 작성일)
})
# The words of a page's tool bar, lower case ("폰트 확대 폰트 축소 프린트하기", "Print
# Share Email"): a line made of these alone is no headline.
TOOL_WORDS = frozenset({
    "폰트", "글자", "글씨", "글꼴", "확대", "축소", "크게", "작게", "프린트", "프린트하기", "인쇄",
    "인쇄하기", "공유", "공유하기", "스크랩", "스크랩하기", "메일", "이메일", "메일보내기",
    "보내기", "저장", "복사", "print", "share", "email", "e-mail", "font", "larger", "smaller",
    "zoom", "tweet", "save", "pdf", "+", "-",
    "글자크기", "설정",  # a portal's font-size control ("글자크기 설정")
    "send", "to",  # a news page's share widget ("Send to")
    "기사", "읽어주기", "듣기", "다시듣기", "listen",  # a read-aloud player ("기사 읽어주기")
})
# A share or print button alone on its line ("Share.", "공유하기"): no release writes it.
SHARE_BUTTONS = frozenset({"share", "print", "tweet", "공유", "공유하기", "프린트", "프린트하기",
                           "인쇄", "인쇄하기", "스크랩", "스크랩하기",
                           "읽어주기", "다시듣기", "듣기"})
# A site's satisfaction survey under the content ("만족도 조사 열람하신 정보에 대해
# 만족하십니까?", "Was this page helpful?"): the release has ended above it.
SURVEY_STARTS = ("만족도 조사", "만족도조사", "이 페이지에서 제공하는 정보에",
                 "was this page helpful", "how satisfied are you")
# The heading of a briefing's questions and answers ("[Q&A]", "<질의 및 응답>"): the
# briefing goes on below it.
QA_HEADINGS = frozenset({"q&a", "q & a", "questions and answers", "질의응답", "질의 및 응답",
                         "질의 응답", "질문 답변", "질문 및 답변", "질문답변", "문답"})
# A comment box under a post ("댓글을 작성하려면 로그인해주세요", "Post a Comment",
# "0 Comments"): its first words, lower case.
# "Comments are closed." under a blog's post, too.
COMMENT_BOX_STARTS = ("댓글", "post a comment", "leave a comment", "leave a reply", "no comments",
                      "0 comments", "comments are closed", "comments closed",
                      "기사에 대해 의견을", "당신의 의견을")  # "… 남겨주세요.": a site's prompt
# (not "comments": "Comments on …" may be a title)
_COMMENT_BOX_MAX_WORDS = 6
# Words of a sign-off line under an English release ("Spokesperson and Deputy Minister
# for Public Relations") or a Korean one: the office that issued it, not a point.
SIGN_OFF_WORDS = ("spokesperson", "press secretary", "deputy minister for public relations",
                  "대변인", "공보관", "ambassador of the republic of korea",
                  "consul general of the republic of korea")
# The heading of a wire service's profile of the issuer, printed under every release it
# carries ("외교부 개요", "About the Ministry"): what follows is not the release.
ABOUT_HEADING_ENDS = ("개요", "소개")
ABOUT_HEADING_STARTS = ("about ",)
# The caption of a contact block under a news copy: "연락처", "문의", "Contact".
CONTACT_CAPTIONS = ("연락처", "문의처", "문의", "contact", "contacts", "media contact")
# Column heads of a contact table.
CONTACT_COLUMNS = frozenset({"담당부서", "부서", "담당자", "책임자", "직위", "직급", "성명",
                             "이름", "연락처", "전화", "전화번호", "이메일", "e-mail", "소속",
                             "구분"})
# Ranks (직급/직위) a contact line may carry; the other Hangul word is the name.
RANKS = frozenset({
    "장관", "차관", "차관보", "실장", "국장", "심의관", "부국장", "과장", "팀장", "센터장", "부장",
    "서기관", "외무서기관", "사무관", "외무사무관", "주무관", "외무영사", "연구관", "연구원",
    "전문관", "전문위원", "행정관", "대변인", "부대변인", "참사관", "공사", "공사참사관", "담당관",
})
# The ends of a department's name: 북미1과, 아시아태평양국, 다자외교조정관실 ...
DEPARTMENT_ENDS = ("과", "국", "실", "팀", "센터", "관", "단", "부", "처", "청", "반", "위원회",
                   "본부", "대사관", "영사관", "대표부")


def about_heading(text: str) -> bool:
    """"외교부 개요", "About the Ministry of Foreign Affairs": a profile's heading."""
    text = " ".join(text.split())
    return len(text.split()) <= 6 and not text.endswith(".") and (
        text.endswith(ABOUT_HEADING_ENDS) or text.lower().startswith(ABOUT_HEADING_STARTS))


def tool_bar(text: str) -> bool:
    """"폰트 확대 폰트 축소 프린트하기": two or more tool words and nothing else; or one
    share or print button alone, a period after it as some sites print it ("Share.")."""
    tokens = text.lower().split()
    if len(tokens) == 1:
        return tokens[0].rstrip(".:") in SHARE_BUTTONS
    return len(tokens) >= 2 and all(t in TOOL_WORDS or t in NAVIGATION_WORDS for t in tokens)


def survey(text: str) -> bool:
    """A satisfaction survey's first line: its heading alone, or the question it asks
    ("만족도 조사 결과 …했다." is a release's sentence)."""
    text = " ".join(text.lower().split())
    return text.startswith(SURVEY_STARTS) and (text.endswith("?") or len(text.split()) <= 3)


def qa_heading(text: str) -> bool:
    """"[Q&A]", "Q&A", "<질의 및 응답>": a briefing's heading over its questions."""
    text = text.strip(" []<>〈〉【】()").lower()
    return " ".join(text.replace("·", " ").replace("ㆍ", " ").split()) in QA_HEADINGS


def comment_box(text: str) -> bool:
    """A comment box's prompt or counter: short, and it opens with its words."""
    text = " ".join(text.lower().split())
    return len(text.split()) <= _COMMENT_BOX_MAX_WORDS and text.startswith(COMMENT_BOX_STARTS) \
        and not text.endswith(("다.", "다"))  # "댓글 기능을 … 예정이다.": a release's


def board_name(text: str) -> bool:
    """"장관 외교활동(전 박진장관)": a board's name, with or without the note after it."""
    text = " ".join(text.split())
    if text.endswith(")") and "(" in text:
        text = text[:text.rfind("(")].rstrip()
    return text.lower() in BOARD_NAMES


def label_of(text: str, labels: tuple[str, ...]) -> str | None:
    """The label `text` is (case and spaces ignored, a colon allowed), or None."""
    key = "".join(text.lower().split()).rstrip(":：")
    return next((label for label in labels if key == label.replace(" ", "")), None)
