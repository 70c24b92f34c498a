<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MFA Desk</source>
        <translation>MFA Desk 정보</translation>
    </message>
    <message>
        <source>MFA Desk</source>
        <translation>MFA 데스크</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <source>An editor for bilingual Korean and English press releases.</source>
        <translation>국문·영문 보도자료를 함께 작성하는 편집기입니다.</translation>
    </message>
    <message>
        <source>Released under the MIT licence. Qt for Python (PySide6) and Enchant are used under the GNU LGPL version 3 and 2.1; their libraries are separate files in the application folder and can be replaced.</source>
        <translation>MIT 라이선스로 배포됩니다. Qt for Python(PySide6)과 Enchant는 각각 GNU LGPL 버전 3과 2.1에 따라 사용하며, 이 라이브러리들은 프로그램 폴더에 별도 파일로 들어 있어 교체할 수 있습니다.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>타사 소프트웨어</translation>
    </message>
    <message>
        <source>{path} is missing from this installation.</source>
        <translation>이 설치본에 {path} 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>All severities</source>
        <translation>모든 심각도</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>모든 점검</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>구조</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>Hangul in English</source>
        <translation>영문 속 한글</translation>
    </message>
    <message>
        <source>Latin words</source>
        <translation>로마자 단어</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>형식 정리</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>무시…</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>지적 사항 무시</translation>
    </message>
    <message>
        <source>Why is this not a mistake?</source>
        <translation>오류가 아닌 이유는 무엇입니까?</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentBadge</name>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>열린 의견 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>The Korean changed since the English was translated:</source>
        <translation>영문 번역 후 바뀐 국문:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Write a comment or a reply</source>
        <translation>의견이나 답글을 입력하세요</translation>
    </message>
    <message>
        <source>&amp;Add Comment</source>
        <translation>의견 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>답글(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>해결(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Suggestions from reviewers:</source>
        <translation>검토자 제안:</translation>
    </message>
    <message>
        <source>A&amp;ccept Suggestion</source>
        <translation>제안 수락(&amp;C)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>거절(&amp;M)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>Put the cursor in a segment to see its comments</source>
        <translation>항목에 커서를 두면 그 항목의 의견이 보입니다</translation>
    </message>
    <message>
        <source>(The earlier Korean text is not known: the English was marked translated before MFA Desk kept it.)</source>
        <translation>(이전 국문을 알 수 없습니다: MFA Desk가 국문을 보관하기 전에 번역 완료로 표시되었습니다.)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>다시 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>의견 추가</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>의견에 답글</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>의견 해결</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>의견 삭제</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>제안 수락</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>제안 거절</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with Saved File — {name}</source>
        <translation>저장된 파일과 비교 — {name}</translation>
    </message>
    <message>
        <source>Lines starting with - are in the saved file, lines starting with + only in the recovered snapshot.</source>
        <translation>-로 시작하는 줄은 저장된 파일의 내용이고, +로 시작하는 줄은 복구된 스냅숏에만 있는 내용입니다.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>차이점</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>직급</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>행 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>행 삭제(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <source>File changed on disk</source>
        <translation>디스크의 파일이 변경됨</translation>
    </message>
    <message>
        <source>{name} was changed by another program or person since you opened it.</source>
        <translation>{name} 파일을 연 뒤에 다른 프로그램이나 사용자가 이 파일을 변경했습니다.</translation>
    </message>
    <message>
        <source>Overwrite it with your version, losing their changes? Choose Cancel to keep both and use Save As.</source>
        <translation>지금 편집 중인 내용으로 덮어쓰시겠습니까? 다른 사람이 바꾼 내용은 사라집니다. 둘 다 보존하려면 취소를 누른 뒤 &apos;다른 이름으로 저장&apos;을 사용하십시오.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>덮어쓰기</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>Korean and English side by side</source>
        <translation>국문·영문 나란히</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>Hangul documents (*.hwpx)</source>
        <translation>한글 문서 (*.hwpx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Letterhead Logo</source>
        <translation>문서 머리 로고</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Letterhead logo: %1</source>
        <translation>문서 머리 로고: %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1”에 저장하지 않은 변경 내용이 있습니다. 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened it. Overwrite it with your version?</source>
        <translation>“%1” 파일을 연 뒤에 디스크의 파일이 변경되었습니다. 지금 편집 중인 내용으로 덮어쓰시겠습니까?</translation>
    </message>
    <message>
        <source>release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>Save release</source>
        <translation>보도자료 저장</translation>
    </message>
    <message>
        <source>MFA Desk releases (*%1)</source>
        <translation>MFA Desk 보도자료 (*%1)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Open release</source>
        <translation>보도자료 열기</translation>
    </message>
    <message>
        <source>MFA Desk releases (*%1);;All files (*)</source>
        <translation>MFA Desk 보도자료 (*%1);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import release (one file, or the Korean and English pair)</source>
        <translation>보도자료 가져오기 (파일 하나, 또는 국문·영문 파일 한 쌍)</translation>
    </message>
    <message>
        <source>Releases (*.txt *.docx *.html *.htm *.hwpx *.hwp);;All files (*)</source>
        <translation>보도자료 (*.txt *.docx *.html *.htm *.hwpx *.hwp);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose one file, or two: the Korean and the English version</source>
        <translation>파일을 하나 고르거나, 국문과 영문 파일 두 개를 고르십시오</translation>
    </message>
    <message>
        <source>Imported with notes:</source>
        <translation>가져오기를 마쳤습니다. 참고 사항:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1: not a PNG or JPEG image</source>
        <translation>%1: PNG 또는 JPEG 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>This looks like a whole release. Split it into headline, points and notes?</source>
        <translation>보도자료 전체를 붙여 넣은 것 같습니다. 제목, 본문 항목, 참고 사항으로 나누시겠습니까?</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>This looks like the %1 release. Fill the %1 column from it, point by point?</source>
        <translation>%1 보도자료를 붙여 넣은 것 같습니다. 항목별로 맞추어 %1 열을 채우시겠습니까?</translation>
    </message>
    <message>
        <source>The pasted release does not line up with this one; pasted as text</source>
        <translation>붙여 넣은 보도자료가 이 보도자료와 항목별로 맞지 않아 텍스트로 붙여 넣었습니다</translation>
    </message>
    <message>
        <source>Fill column from pasted release</source>
        <translation>붙여 넣은 보도자료로 열 채우기</translation>
    </message>
    <message>
        <source>Split pasted release</source>
        <translation>붙여 넣은 보도자료 나누기</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>no permission to write in this folder</source>
        <translation>이 폴더에 쓸 권한이 없음</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>{path}: cannot create a lock file ({reason}); others can open this release at the same time</source>
        <translation>{path}: 잠금 파일을 만들 수 없습니다({reason}). 다른 사람이 이 보도자료를 동시에 열 수 있습니다.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>알 수 없는</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{host} 컴퓨터의 {user} 사용자(프로세스 {pid}, {since}부터)</translation>
    </message>
    <message>
        <source>{user} since {since}</source>
        <translation>{user} 사용자({since}부터)</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>사용 중인 파일</translation>
    </message>
    <message>
        <source>{name} is already open for editing.</source>
        <translation>{name} 파일은 이미 편집 중입니다.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>다른 프로그램</translation>
    </message>
    <message>
        <source>It is locked by {holder}. You can open it read-only and save a copy under another name.</source>
        <translation>사용 중: {holder}. 읽기 전용으로 열어 다른 이름으로 사본을 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 내용</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>찾을 범위</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>국문과 영문</translation>
    </message>
    <message>
        <source>Korean only</source>
        <translation>국문만</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>영문만</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n개 찾음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n개를 바꿨습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>단어 단위</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>잘못된 식: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Korean: {ko}</source>
        <translation>국문: {ko}</translation>
    </message>
    <message>
        <source>English: {en}</source>
        <translation>영문: {en}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (read-only)</source>
        <translation> (읽기 전용)</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>들여쓰기</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>내어쓰기</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Put the cursor in a segment to set its status</source>
        <translation>상태를 지정하려면 해당 항목에 커서를 두십시오</translation>
    </message>
    <message>
        <source>No such segment</source>
        <translation>해당하는 항목이 없습니다</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Release details</source>
        <translation>보도자료 정보</translation>
    </message>
    <message>
        <source>Show or hide release details</source>
        <translation>보도자료 정보 보이기/숨기기</translation>
    </message>
    <message>
        <source>Release details — %1</source>
        <translation>보도자료 정보 — %1</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>입력 안 됨</translation>
    </message>
    <message>
        <source>On issue (즉시)</source>
        <translation>즉시</translation>
    </message>
    <message>
        <source>Embargo (엠바고)</source>
        <translation>엠바고</translation>
    </message>
    <message>
        <source>Set time (시각지정)</source>
        <translation>시각지정</translation>
    </message>
    <message>
        <source>department / role / rank / name / phone; …</source>
        <translation>부서 / 역할 / 직급 / 이름 / 전화번호; …</translation>
    </message>
    <message>
        <source>□ boxes</source>
        <translation>□ 상자</translation>
    </message>
    <message>
        <source>1. numbers</source>
        <translation>1. 번호</translation>
    </message>
    <message>
        <source>English is an unofficial translation</source>
        <translation>영문은 비공식 번역본임</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>문서 종류</translation>
    </message>
    <message>
        <source>Category (English)</source>
        <translation>분류(영문)</translation>
    </message>
    <message>
        <source>Release timing</source>
        <translation>보도 시점</translation>
    </message>
    <message>
        <source>Timing as written</source>
        <translation>보도 시점 표기</translation>
    </message>
    <message>
        <source>Korean point markers</source>
        <translation>국문 항목 기호</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>보도 일자</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>배포 일시</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당 부서</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Edit the contacts in a table</source>
        <translation>연락처를 표에서 편집</translation>
    </message>
    <message>
        <source>Release number</source>
        <translation>보도자료 번호</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>엠바고 해제 시각</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>%1: cannot read “%2”; expected %3</source>
        <translation>%1: “%2”을(를) 읽을 수 없습니다. 필요한 형식: %3</translation>
    </message>
    <message>
        <source>2026-12-03 or 2026. 12. 3.</source>
        <translation>2026. 12. 3. 또는 2026-12-03</translation>
    </message>
    <message>
        <source>The release date</source>
        <translation>배포 일자</translation>
    </message>
    <message>
        <source>2026-12-03 10:00</source>
        <translation>2026. 12. 3. 10:00</translation>
    </message>
    <message>
        <source>The issue time</source>
        <translation>배포 시각</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>책임자</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>The contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>%1 “%2” cannot be read; write it like %3.</source>
        <translation>%1 “%2”을(를) 읽을 수 없습니다. %3 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>입력값</translation>
    </message>
</context>
<context>
    <name>NextMisspellingAction</name>
    <message>
        <source>Previous Misspelling</source>
        <translation>이전 맞춤법 오류</translation>
    </message>
    <message>
        <source>Next Misspelling</source>
        <translation>다음 맞춤법 오류</translation>
    </message>
    <message>
        <source>Go to the next word the spell checker flags</source>
        <translation>맞춤법 검사기가 표시한 다음 단어로 이동</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>Korean (original)</source>
        <translation>국문(원문)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new interface language takes effect when MFA Desk restarts.</source>
        <translation>바꾼 화면 언어는 MFA Desk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Your login name if left empty</source>
        <translation>비워 두면 로그인 이름</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Editor fonts</source>
        <translation>편집기 글꼴</translation>
    </message>
    <message>
        <source>Korean font</source>
        <translation>국문 글꼴</translation>
    </message>
    <message>
        <source>&amp;Korean text:</source>
        <translation>국문(&amp;K):</translation>
    </message>
    <message>
        <source>English font</source>
        <translation>영문 글꼴</translation>
    </message>
    <message>
        <source>&amp;English text:</source>
        <translation>영문(&amp;E):</translation>
    </message>
    <message>
        <source> pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>글꼴 크기</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <source>Saving and spelling</source>
        <translation>저장 및 맞춤법</translation>
    </message>
    <message>
        <source>Keep &amp;recovery snapshots of unsaved changes</source>
        <translation>저장하지 않은 변경 내용의 복구용 스냅숏 보관(&amp;R)</translation>
    </message>
    <message>
        <source>Check Korean &amp;spelling</source>
        <translation>국문 맞춤법 검사(&amp;S)</translation>
    </message>
    <message>
        <source>Check English s&amp;pelling</source>
        <translation>영문 맞춤법 검사(&amp;P)</translation>
    </message>
    <message>
        <source>American English (en_US)</source>
        <translation>미국 영어(en_US)</translation>
    </message>
    <message>
        <source>British English (en_GB)</source>
        <translation>영국 영어(en_GB)</translation>
    </message>
    <message>
        <source>English dictionary</source>
        <translation>영어 사전</translation>
    </message>
    <message>
        <source>English &amp;dictionary:</source>
        <translation>영어 사전(&amp;D):</translation>
    </message>
</context>
<context>
    <name>QaGateDialog</name>
    <message>
        <source>Not ready yet</source>
        <translation>아직 준비되지 않음</translation>
    </message>
    <message>
        <source>Check error</source>
        <translation>검사 오류</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>원문 변경됨</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>미번역</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제 목록</translation>
    </message>
    <message>
        <source>Go On Anyway</source>
        <translation>그래도 계속</translation>
    </message>
    <message>
        <source>%1 check error(s), %2 outdated, %3 untranslated segment(s).</source>
        <translation>검사 오류 %1건, 원문 변경 %2건, 미번역 %3건이 있습니다.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The snapshot cannot be read: {error}</source>
        <translation>스냅숏을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>This release was never saved; the snapshot holds:</source>
        <translation>이 보도자료는 저장된 적이 없습니다. 스냅숏 내용:</translation>
    </message>
    <message>
        <source>The saved file cannot be read ({error}); the snapshot holds:</source>
        <translation>저장된 파일을 읽을 수 없습니다({error}). 스냅숏 내용:</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>복구본</translation>
    </message>
    <message>
        <source>The snapshot has the same text as the saved file.</source>
        <translation>스냅숏의 내용이 저장된 파일과 같습니다.</translation>
    </message>
    <message>
        <source>Untitled release</source>
        <translation>제목 없는 보도자료</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>저장하지 않은 변경 내용 복구</translation>
    </message>
    <message>
        <source>MFA Desk was not closed properly. These releases had changes that were not saved. Choose what to do with each; your saved files are not changed until you save.</source>
        <translation>MFA Desk가 정상적으로 종료되지 않았습니다. 아래 보도자료에 저장하지 않은 변경 내용이 있습니다. 각각 어떻게 처리할지 선택하십시오. 직접 저장하기 전까지 저장된 파일은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>스냅숏 시각</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>저장한 적 없음</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>그 뒤 변경됨</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>저장된 파일</translation>
    </message>
    <message>
        <source>Recovered releases</source>
        <translation>복구된 보도자료</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>비교(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>나중에 결정(&amp;L)</translation>
    </message>
    <message>
        <source>{name} (damaged)</source>
        <translation>{name}(손상됨)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>나중에 결정</translation>
    </message>
    <message>
        <source>Action for {name}</source>
        <translation>{name} 처리 방법</translation>
    </message>
</context>
<context>
    <name>ReleaseDocument</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>This release is open read-only; use Save As to edit a copy</source>
        <translation>이 보도자료는 읽기 전용으로 열려 있습니다. 사본을 편집하려면 다른 이름으로 저장하십시오</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Edited after approval: the release is back In review</source>
        <translation>승인 후 수정되어 보도자료가 검토 중 상태로 돌아갔습니다</translation>
    </message>
    <message>
        <source>Edited a reviewed English: the segment is back to Translated</source>
        <translation>검수한 영문이 수정되어 해당 항목이 번역됨 상태로 돌아갔습니다</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>상태 지정</translation>
    </message>
    <message>
        <source>Change release details</source>
        <translation>보도자료 정보 변경</translation>
    </message>
    <message>
        <source>Turn into note</source>
        <translation>참고로 바꾸기</translation>
    </message>
    <message>
        <source>Turned into a ※ note; Undo keeps it a point</source>
        <translation>※ 참고로 바꾸었습니다. 실행 취소하면 항목으로 남습니다</translation>
    </message>
</context>
<context>
    <name>SegmentGrid</name>
    <message>
        <source>Segments</source>
        <translation>항목</translation>
    </message>
</context>
<context>
    <name>SegmentKindCommands</name>
    <message>
        <source>Add &amp;Note (※)</source>
        <translation>참고 추가(※)(&amp;N)</translation>
    </message>
    <message>
        <source>Add Su&amp;b-headline</source>
        <translation>부제 추가(&amp;B)</translation>
    </message>
    <message>
        <source>Add &amp;Attachment Line</source>
        <translation>붙임 항목 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>종류 바꾸기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>항목(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>참고(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sub-headline</source>
        <translation>부제(&amp;S)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>참고 추가</translation>
    </message>
    <message>
        <source>Add sub-headline</source>
        <translation>부제 추가</translation>
    </message>
    <message>
        <source>Add attachment line</source>
        <translation>붙임 항목 추가</translation>
    </message>
    <message>
        <source>Put the cursor in a segment to change its type</source>
        <translation>종류를 바꿀 항목에 커서를 두십시오</translation>
    </message>
    <message>
        <source>Change segment type</source>
        <translation>항목 종류 바꾸기</translation>
    </message>
</context>
<context>
    <name>SegmentNames</name>
    <message>
        <source>Headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <source>Photo caption %1</source>
        <translation>사진 %1 설명</translation>
    </message>
    <message>
        <source>Sub-headline %1</source>
        <translation>부제 %1</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>참고 %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>첨부 %1</translation>
    </message>
</context>
<context>
    <name>SegmentRow</name>
    <message>
        <source>Headline, Korean</source>
        <translation>제목, 국문</translation>
    </message>
    <message>
        <source>Headline, English</source>
        <translation>제목, 영문</translation>
    </message>
    <message>
        <source>Sub-headline, Korean</source>
        <translation>부제, 국문</translation>
    </message>
    <message>
        <source>Sub-headline, English</source>
        <translation>부제, 영문</translation>
    </message>
    <message>
        <source>Point, Korean</source>
        <translation>본문 항목, 국문</translation>
    </message>
    <message>
        <source>Point, English</source>
        <translation>본문 항목, 영문</translation>
    </message>
    <message>
        <source>Note, Korean</source>
        <translation>참고 사항, 국문</translation>
    </message>
    <message>
        <source>Note, English</source>
        <translation>참고 사항, 영문</translation>
    </message>
    <message>
        <source>Attachment title, Korean</source>
        <translation>붙임 제목, 국문</translation>
    </message>
    <message>
        <source>Attachment title, English</source>
        <translation>붙임 제목, 영문</translation>
    </message>
    <message>
        <source>Photo caption, Korean</source>
        <translation>사진 설명, 국문</translation>
    </message>
    <message>
        <source>Photo caption, English</source>
        <translation>사진 설명, 영문</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Point %1, Korean</source>
        <translation>항목 %1, 국문</translation>
    </message>
    <message>
        <source>Point %1, English</source>
        <translation>항목 %1, 영문</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Each sign-off step (submit, approve, issue) is recorded in the release with this name and role.</source>
        <translation>결재 단계(검토 요청, 승인, 배포)마다 이 이름과 역할이 보도자료에 기록됩니다.</translation>
    </message>
    <message>
        <source>Sign-off Identity</source>
        <translation>결재자 정보</translation>
    </message>
    <message>
        <source>e.g. Deputy Director, Translator</source>
        <translation>예: 과장, 번역사</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>직위</translation>
    </message>
</context>
<context>
    <name>SpellingFindingsModel</name>
    <message>
        <source>Word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>Times / where</source>
        <translation>횟수 / 위치</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>Korean text</source>
        <translation>국문 텍스트</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>영문 텍스트</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(추천 없음)</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>사전에 추가</translation>
    </message>
    <message>
        <source>Ignore in This Release</source>
        <translation>이 보도자료에서 무시</translation>
    </message>
    <message>
        <source>Add to Glossary</source>
        <translation>용어집에 추가</translation>
    </message>
</context>
<context>
    <name>SpellingPanel</name>
    <message>
        <source>Ignore All</source>
        <translation>모두 무시</translation>
    </message>
    <message>
        <source>Accept this word everywhere in this release</source>
        <translation>이 보도자료 전체에서 이 단어를 허용</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>다시 검사</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>맞춤법</translation>
    </message>
</context>
<context>
    <name>SpellingService</name>
    <message>
        <source>Spell checking is off: the Enchant library could not be loaded (%1). Install it with: %2</source>
        <translation>맞춤법 검사가 꺼져 있습니다. Enchant 라이브러리를 불러올 수 없습니다(%1). 설치 방법: %2</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>영어(미국)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>영어(영국)</translation>
    </message>
    <message>
        <source>%1 is not spell-checked: its dictionary is not installed (%2).</source>
        <translation>%1 맞춤법은 검사하지 않습니다. 사전이 설치되어 있지 않습니다(%2).</translation>
    </message>
    <message>
        <source>Word list not used: %1</source>
        <translation>사용하지 않은 단어 목록: %1</translation>
    </message>
    <message>
        <source>Check &amp;Korean Spelling</source>
        <translation>국문 맞춤법 검사(&amp;K)</translation>
    </message>
    <message>
        <source>Check &amp;English Spelling</source>
        <translation>영문 맞춤법 검사(&amp;E)</translation>
    </message>
</context>
<context>
    <name>StatusButton</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>번역 완료</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토 완료</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>원문 변경됨</translation>
    </message>
    <message>
        <source>Translation status: %1</source>
        <translation>번역 상태: %1</translation>
    </message>
    <message>
        <source>English status: %1 (Ctrl+Alt+1 draft, 2 translated, 3 reviewed)</source>
        <translation>영문 상태: %1 (Ctrl+Alt+1 초안, 2 번역 완료, 3 검토 완료)</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>Counts</source>
        <translation>분량</translation>
    </message>
    <message>
        <source>English: %1 words · Korean: %2 characters (%3 without spaces) · Translated: %4 of %5</source>
        <translation>영문: %1단어 · 국문: %2자(공백 제외 %3자) · 번역: %5개 중 %4개</translation>
    </message>
    <message>
        <source> · %1 outdated</source>
        <translation> · 원문 변경 %1개</translation>
    </message>
    <message>
        <source>Korean: %2 characters (%3 without spaces)</source>
        <translation>국문: %2자(공백 제외 %3자)</translation>
    </message>
    <message>
        <source>English: %1 words</source>
        <translation>영문: %1단어</translation>
    </message>
</context>
<context>
    <name>VersionCompareView</name>
    <message>
        <source>Compare: %1 → %2</source>
        <translation>비교: %1 → %2</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>차이 없음</translation>
    </message>
    <message>
        <source>%1 differences</source>
        <translation>차이 %1건</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>Save for &amp;Printing…</source>
        <translation>인쇄용으로 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>비교 결과 저장</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Version History: %1</source>
        <translation>버전 기록: %1</translation>
    </message>
    <message>
        <source>Each save keeps a version. Select one to compare or restore it, or two to compare them.</source>
        <translation>저장할 때마다 버전이 남습니다. 하나를 골라 비교하거나 되돌리고, 둘을 골라 서로 비교합니다.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 시각</translation>
    </message>
    <message>
        <source>By</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>&amp;Compare with Current</source>
        <translation>현재와 비교(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Review &amp;Copy Since…</source>
        <translation>이후 변경 검토본(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>선택한 버전 비교(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>New from &amp;Template</source>
        <translation>서식으로 새로 만들기(&amp;T)</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>서식으로 저장(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Contacts Directory…</source>
        <translation>연락처 목록(&amp;C)…</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>서식으로 새로 만들기</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>부서:</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>서식으로 저장</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>서식 이름:</translation>
    </message>
    <message>
        <source>Saved template %1</source>
        <translation>서식 %1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Contacts Directory</source>
        <translation>연락처 목록</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Bilingual release</source>
        <translation>국영문 보도자료(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Korean-only release</source>
        <translation>국문 보도자료(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;English-only release</source>
        <translation>영문 보도자료(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import (text, DOCX, HTML, HWPX)…</source>
        <translation>가져오기(텍스트, DOCX, HTML, HWPX)(&amp;I)…</translation>
    </message>
    <message>
        <source>Add &amp;Photo…</source>
        <translation>사진 추가(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;Word Document (DOCX)…</source>
        <translation>Word 문서로(DOCX)(&amp;W)…</translation>
    </message>
    <message>
        <source>As &amp;Web Page (HTML)…</source>
        <translation>웹 페이지로(HTML)(&amp;W)…</translation>
    </message>
    <message>
        <source>As &amp;Hangul Document (HWPX)…</source>
        <translation>한글 문서로(HWPX)(&amp;H)…</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>PDF로(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>환경 설정(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>찾아 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>항목(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New Point Below</source>
        <translation>아래에 새 항목(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>들여쓰기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>내어쓰기(&amp;O)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete Segment</source>
        <translation>항목 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>English &amp;Status</source>
        <translation>영문 상태(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>초안(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Translated</source>
        <translation>번역 완료(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reviewed</source>
        <translation>검토 완료(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation>다음 항목(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Segment</source>
        <translation>이전 항목(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Untranslated</source>
        <translation>다음 미번역 항목(&amp;U)</translation>
    </message>
    <message>
        <source>Next &amp;Outdated</source>
        <translation>다음 원문 변경 항목(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>제목(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Release &amp;Details</source>
        <translation>보도자료 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;Korean</source>
        <translation>국문 보기(&amp;K)</translation>
    </message>
    <message>
        <source>Show &amp;English</source>
        <translation>영문 보기(&amp;E)</translation>
    </message>
    <message>
        <source>Korean &amp;Only</source>
        <translation>국문만 보기(&amp;O)</translation>
    </message>
    <message>
        <source>English O&amp;nly</source>
        <translation>영문만 보기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Swap Panes</source>
        <translation>좌우 바꾸기(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>축소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MFA Desk</source>
        <translation>MFA Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Last Segment</source>
        <translation>마지막 항목(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Release as &amp;Text</source>
        <translation>보도자료를 텍스트로 복사(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Korean</source>
        <translation>국문(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>영문(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;Korean into English</source>
        <translation>국문을 영문 칸에 복사(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용 안내(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키 목록(&amp;K)</translation>
    </message>
</context>
<context>
    <name>WindowChecks</name>
    <message>
        <source>Translation Checks</source>
        <translation>번역 점검</translation>
    </message>
    <message>
        <source>Translation &amp;Checks</source>
        <translation>번역 점검(&amp;C)</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>지적 사항 무시</translation>
    </message>
</context>
<context>
    <name>WindowReview</name>
    <message>
        <source>&amp;Review</source>
        <translation>검토(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Version History…</source>
        <translation>버전 기록(&amp;V)…</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>파일과 비교(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export Review Copy…</source>
        <translation>검토본 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Reviewed Copy…</source>
        <translation>검토본 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>&amp;Comments Panel</source>
        <translation>의견 패널(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Show Segments</source>
        <translation>항목 보기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>전체(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>빈 항목(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>초안(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outdated</source>
        <translation>국문 변경됨(&amp;O)</translation>
    </message>
    <message>
        <source>With &amp;Comments</source>
        <translation>의견 있음(&amp;C)</translation>
    </message>
    <message>
        <source>With E&amp;rrors</source>
        <translation>오류 있음(&amp;R)</translation>
    </message>
    <message>
        <source>Comments: %1 open, %2 resolved</source>
        <translation>의견: 미해결 %1, 해결 %2</translation>
    </message>
    <message>
        <source>Saved, but no version was kept: %1</source>
        <translation>저장했으나 버전을 남기지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Save the release first: versions are kept on each save</source>
        <translation>먼저 저장하십시오: 버전은 저장할 때마다 남습니다</translation>
    </message>
    <message>
        <source>current</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>버전 %1로 되돌리기</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>파일과 비교</translation>
    </message>
    <message>
        <source>Releases (*.mfadesk *.docx *.html *.txt);;All files (*)</source>
        <translation>보도자료 (*.mfadesk *.docx *.html *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export Review Copy</source>
        <translation>검토본 내보내기</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>Review copy saved: %1</source>
        <translation>검토본을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Import Reviewed Copy</source>
        <translation>검토본 가져오기</translation>
    </message>
    <message>
        <source>Import reviewed copy</source>
        <translation>검토본 가져오기</translation>
    </message>
    <message>
        <source>Reviewed copy imported: pending changes are suggestions in the Comments panel</source>
        <translation>검토본을 가져왔습니다: 처리되지 않은 변경은 의견 패널의 제안으로 들어갔습니다</translation>
    </message>
</context>
<context>
    <name>WindowSpelling</name>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>No misspelled words</source>
        <translation>맞춤법 오류가 없습니다</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>맞춤법</translation>
    </message>
    <message>
        <source>&amp;Spelling Panel</source>
        <translation>맞춤법 패널(&amp;S)</translation>
    </message>
    <message>
        <source>Ignore word in release</source>
        <translation>이 보도자료에서 단어 무시</translation>
    </message>
</context>
<context>
    <name>WorkflowCommands</name>
    <message>
        <source>&amp;Release</source>
        <translation>보도자료(&amp;R)</translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>검토 요청(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>승인(&amp;A)…</translation>
    </message>
    <message>
        <source>Mark as &amp;Issued</source>
        <translation>배포 완료로 표시(&amp;I)</translation>
    </message>
    <message>
        <source>Return to &amp;Draft</source>
        <translation>초안으로 되돌리기(&amp;D)</translation>
    </message>
    <message>
        <source>Sign-off &amp;Identity…</source>
        <translation>결재자 정보(&amp;I)…</translation>
    </message>
    <message>
        <source>Approve anyway?</source>
        <translation>그래도 승인하시겠습니까?</translation>
    </message>
    <message>
        <source>Change workflow state</source>
        <translation>결재 상태 변경</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>그래도 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>그래도 인쇄하시겠습니까?</translation>
    </message>
    <message>
        <source>Mark it Reviewed anyway?</source>
        <translation>그래도 검수 완료로 표시하시겠습니까?</translation>
    </message>
    <message>
        <source>Letterhead &amp;Logo…</source>
        <translation>문서 머리 로고(&amp;L)…</translation>
    </message>
    <message>
        <source>Release &amp;Contacts…</source>
        <translation>보도자료 연락처(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>WorkflowView</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>배포됨</translation>
    </message>
    <message>
        <source>edited after approval</source>
        <translation>승인 후 수정</translation>
    </message>
</context>
<context>
    <name>PickerField</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>이 날짜 사용</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>달력에서 선택</translation>
    </message>
</context>
<context>
    <name>SampleCopy</name>
    <message>
        <source>Sample release (copy)</source>
        <translation>보도자료 예시 (사본)</translation>
    </message>
    <message>
        <source>This is a copy of the sample release: try anything; Save asks where to keep it. File &gt; New starts your own.</source>
        <translation>보도자료 예시의 사본입니다. 자유롭게 고쳐 보십시오. 저장하면 저장할 곳을 묻습니다. 새 보도자료는 파일 &gt; 새로 만들기에서 시작합니다.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>The weekday does not match the calendar: {issue}</source>
        <translation>요일이 달력과 맞지 않습니다: {issue}</translation>
    </message>
    <message>
        <source>The Korean says {ko} but the English says {en}</source>
        <translation>국문은 {ko}, 영문은 {en}입니다</translation>
    </message>
    <message>
        <source>The Korean date {ko} is not in the English</source>
        <translation>국문의 날짜 {ko}이(가) 영문에 없습니다</translation>
    </message>
    <message>
        <source>The English date {en} is not in the Korean</source>
        <translation>영문의 날짜 {en}이(가) 국문에 없습니다</translation>
    </message>
    <message>
        <source>The Korean count {ko} does not match the English {en}</source>
        <translation>국문의 수 {ko}이(가) 영문의 {en}과(와) 맞지 않습니다</translation>
    </message>
    <message>
        <source>The Korean {kind} {ko} does not match the English {en}</source>
        <translation>국문의 {kind} {ko}이(가) 영문의 {en}과(와) 맞지 않습니다</translation>
    </message>
    <message>
        <source>The Korean {kind} {ko} is not in the English</source>
        <translation>국문의 {kind} {ko}이(가) 영문에 없습니다</translation>
    </message>
    <message>
        <source>The English {kind} {en} is not in the Korean</source>
        <translation>영문의 {kind} {en}이(가) 국문에 없습니다</translation>
    </message>
    <message>
        <source>The Korean amount {ko} is in {ko_currency} but the English {en} is in {en_currency}</source>
        <translation>국문 금액 {ko}은(는) {ko_currency}, 영문 {en}은(는) {en_currency}입니다</translation>
    </message>
    <message>
        <source>Korean text left in the English: {ko}</source>
        <translation>영문에 국문이 남아 있습니다: {ko}</translation>
    </message>
    <message>
        <source>{ko} is in the Korean but not in the English</source>
        <translation>{ko}이(가) 국문에는 있으나 영문에는 없습니다</translation>
    </message>
    <message>
        <source>Korean: {issue}</source>
        <translation>국문: {issue}</translation>
    </message>
    <message>
        <source>English: {issue}</source>
        <translation>영문: {issue}</translation>
    </message>
    <message>
        <source>The {kind} has no English translation</source>
        <translation>{kind}의 영문 번역이 없습니다</translation>
    </message>
    <message>
        <source>The English {kind} has no Korean source</source>
        <translation>영문 {kind}에 해당하는 국문이 없습니다</translation>
    </message>
    <message>
        <source>This Korean point has no English translation{tail}</source>
        <translation>이 국문 항목의 영문 번역이 없습니다{tail}</translation>
    </message>
    <message>
        <source>This English point has no Korean source{tail}</source>
        <translation>이 영문 항목에 해당하는 국문이 없습니다{tail}</translation>
    </message>
    <message>
        <source>; its content is in the English of {path} (two points merged?){tail}</source>
        <translation>; 내용이 {path}의 영문에 들어 있습니다(두 항목이 합쳐졌을 수 있음){tail}</translation>
    </message>
    <message>
        <source>; the English written here belongs to {path}{tail}</source>
        <translation>; 여기 쓰인 영문은 {path}의 번역입니다{tail}</translation>
    </message>
    <message>
        <source> ({counts})</source>
        <translation> ({counts})</translation>
    </message>
    <message>
        <source>level {n}: Korean {ko_n}, English {en_n}{tail}</source>
        <translation>{n}단계: 국문 {ko_n}개, 영문 {en_n}개{tail}</translation>
    </message>
    <message>
        <source>; {counts}</source>
        <translation>; {counts}</translation>
    </message>
    <message>
        <source>{issue} (English text found at {path})</source>
        <translation>{issue} (영문은 {path}에 있음)</translation>
    </message>
    <message>
        <source>{ko} is rendered {en}; the approved rendering is {approved}</source>
        <translation>{ko}이(가) {en}(으)로 번역되었습니다. 승인된 번역은 {approved}입니다</translation>
    </message>
    <message>
        <source>{ko}: the approved rendering {approved} is not in the English</source>
        <translation>{ko}: 승인된 번역 {approved}이(가) 영문에 없습니다</translation>
    </message>
    <message>
        <source>unbalanced {marks}: {n} opening, {m} closing</source>
        <translation>{marks} 짝이 맞지 않음: 여는 것 {n}개, 닫는 것 {m}개</translation>
    </message>
    <message>
        <source>an odd number of straight quotes &quot;</source>
        <translation>곧은 따옴표 &quot;의 개수가 홀수입니다</translation>
    </message>
    <message>
        <source>unbalanced single quotes ‘’</source>
        <translation>작은따옴표 ‘’의 짝이 맞지 않습니다</translation>
    </message>
    <message>
        <source>doubled space</source>
        <translation>공백이 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>Korean date {ko} lacks the period after the day ({fixed})</source>
        <translation>국문 날짜 {ko}의 일 뒤에 마침표가 없습니다({fixed})</translation>
    </message>
    <message>
        <source>the Korean sentence does not end with a full stop</source>
        <translation>국문 문장이 마침표로 끝나지 않습니다</translation>
    </message>
    <message>
        <source>the English point does not end with a full stop</source>
        <translation>영문 항목이 마침표로 끝나지 않습니다</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>subheadline</source>
        <translation>부제목</translation>
    </message>
    <message>
        <source>note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>붙임</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>hangul</source>
        <translation>영문 속 한글</translation>
    </message>
    <message>
        <source>latin</source>
        <translation>라틴 문자</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>hygiene</source>
        <translation>표기</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>맞춤법</translation>
    </message>
    <message>
        <source>cannot move further</source>
        <translation>더 옮길 수 없습니다</translation>
    </message>
    <message>
        <source>only a point after another point can be indented</source>
        <translation>앞에 같은 단계의 항목이 있어야 들여쓸 수 있습니다</translation>
    </message>
    <message>
        <source>only a sub-point can be outdented</source>
        <translation>하위 항목만 내어쓸 수 있습니다</translation>
    </message>
    <message>
        <source>points nest at most three levels deep</source>
        <translation>항목은 세 단계까지만 들여쓸 수 있습니다</translation>
    </message>
    <message>
        <source>segment is not indented</source>
        <translation>들여쓴 항목이 아닙니다</translation>
    </message>
    <message>
        <source>the headline cannot be deleted</source>
        <translation>제목은 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>only a point, a note or a sub-headline can change type</source>
        <translation>본문 항목, 참고, 부제만 종류를 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>a point with sub-points cannot change type; outdent or move its sub-points first</source>
        <translation>하위 항목이 있는 항목은 종류를 바꿀 수 없습니다. 먼저 하위 항목을 내어쓰거나 옮기십시오</translation>
    </message>
    <message>
        <source>attachment has no photo to caption</source>
        <translation>설명을 붙일 사진이 붙임에 없습니다</translation>
    </message>
    <message>
        <source>a PDF document, which MFA Desk does not read: import the release's HWP, HWPX or DOCX, or copy its text from the PDF or the web page</source>
        <translation>MFA Desk가 읽지 않는 PDF 문서입니다. 보도자료의 HWP, HWPX 또는 DOCX 파일을 가져오거나, PDF나 웹 페이지에서 본문을 복사해 붙여 넣으십시오</translation>
    </message>
    <message>
        <source>a {detail} image, not a release (File &gt; Add Photo… adds it to a release as a photo)</source>
        <translation>보도자료가 아닌 {detail} 이미지입니다(보도자료에 사진으로 넣으려면 파일 &gt; 사진 추가…)</translation>
    </message>
    <message>
        <source>an OpenDocument file (.odt), which MFA Desk does not read: save it as .docx first</source>
        <translation>MFA Desk가 읽지 않는 OpenDocument 파일(.odt)입니다. 먼저 .docx로 저장하십시오</translation>
    </message>
    <message>
        <source>a zip archive, not a release: unpack it and import the release inside</source>
        <translation>보도자료가 아닌 zip 압축 파일입니다. 압축을 풀고 안의 보도자료를 가져오십시오</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>파일을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>macro-enabled Word documents (.docm) are not accepted; save it as .docx first</source>
        <translation>매크로 사용 Word 문서(.docm)는 가져오지 않습니다. 먼저 .docx로 저장하십시오</translation>
    </message>
    <message>
        <source>an old-format (.doc) or password-protected Word file; save it as an unprotected .docx first</source>
        <translation>이전 형식(.doc)이거나 암호가 걸린 Word 파일입니다. 먼저 암호 없는 .docx로 저장하십시오</translation>
    </message>
    <message>
        <source>not a Word document (.docx): {reason}</source>
        <translation>Word 문서(.docx)가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>an HWP 5 (.hwp) or password-protected Hangul file; save it as HWPX (.hwpx) or DOCX from Hangul first</source>
        <translation>HWP 5(.hwp)이거나 암호가 걸린 한글 파일입니다. 한글에서 먼저 HWPX(.hwpx)나 DOCX로 저장하십시오</translation>
    </message>
    <message>
        <source>not an HWPX document: {reason}</source>
        <translation>HWPX 문서가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>not a Hangul document: neither HWP 5 (.hwp) nor HWPX</source>
        <translation>한글 문서가 아닙니다(HWP 5(.hwp)도 HWPX도 아닙니다)</translation>
    </message>
    <message>
        <source>the HWPX document is password-protected; save it without a password from Hangul first</source>
        <translation>암호가 걸린 HWPX 문서입니다. 한글에서 먼저 암호 없이 저장하십시오</translation>
    </message>
    <message>
        <source>no release text in it (the file is empty)</source>
        <translation>보도자료 본문이 없습니다(빈 파일입니다)</translation>
    </message>
    <message>
        <source>no release text in it (only web-page navigation lines)</source>
        <translation>보도자료 본문이 없습니다(웹 페이지의 메뉴 줄뿐입니다)</translation>
    </message>
    <message>
        <source>a binary file, not text (it contains NUL bytes; UTF-16 text needs a byte-order mark)</source>
        <translation>텍스트가 아닌 이진 파일입니다(NUL 바이트가 있습니다. UTF-16 텍스트에는 바이트 순서 표시가 있어야 합니다)</translation>
    </message>
    <message>
        <source>a binary file, not text (it is full of control characters)</source>
        <translation>텍스트가 아닌 이진 파일입니다(제어 문자가 가득합니다)</translation>
    </message>
    <message>
        <source>not text: byte {n} (0x{code}) is neither UTF-8 nor CP949/EUC-KR</source>
        <translation>텍스트가 아닙니다: {n}번째 바이트(0x{code})가 UTF-8도 CP949/EUC-KR도 아닙니다</translation>
    </message>
    <message>
        <source>to align two files each must hold one language; one of them holds both (or no text)</source>
        <translation>두 파일을 맞추려면 파일마다 한 언어만 있어야 합니다. 한 파일에 두 언어가 다 있습니다(또는 본문이 없습니다)</translation>
    </message>
    <message>
        <source>not an MFA Desk release (expected a JSON object)</source>
        <translation>MFA Desk 보도자료가 아닙니다(JSON 객체가 아닙니다)</translation>
    </message>
    <message>
        <source>Merged: its content is in the English of {path} (two Korean points in one English point)</source>
        <translation>병합: 이 내용은 {path}의 영문에 있습니다(국문 항목 두 개가 영문 한 항목에 들어감)</translation>
    </message>
    <message>
        <source>Split: this English point and the one at {path} together translate one Korean point</source>
        <translation>분할: 이 영문 항목과 {path}의 영문 항목이 함께 국문 한 항목을 옮깁니다</translation>
    </message>
    <message>
        <source>None of the facts of this Korean sentence is in the English ({facts}): a sentence left out or added?</source>
        <translation>이 국문 문장의 사실({facts})이 영문에 하나도 없습니다. 문장이 빠졌거나 더해졌습니까?</translation>
    </message>
    <message>
        <source>None of the facts of this English sentence is in the Korean ({facts}): a sentence left out or added?</source>
        <translation>이 영문 문장의 사실({facts})이 국문에 하나도 없습니다. 문장이 빠졌거나 더해졌습니까?</translation>
    </message>
    <message>
        <source>the whole release is on one line; split at its markers into {n} lines</source>
        <translation>보도자료 전체가 한 줄에 들어 있어 항목 기호마다 나누어 {n}줄로 만들었습니다</translation>
    </message>
    <message>
        <source>{n} paragraphs run together on one line (no space after a full stop); split there</source>
        <translation>문단 {n}개가 한 줄에 붙어 있어(마침표 뒤 띄어쓰기 없음) 그 자리에서 나누었습니다</translation>
    </message>
    <message>
        <source>a line of '?' only (characters a wrong code page could not carry); left out</source>
        <translation>'?'만 있는 줄(잘못된 문자 코드로 글자가 깨진 줄)을 뺐습니다</translation>
    </message>
    <message>
        <source>'?' between Hangul letters: a character (such as '·') lost to a wrong code page; kept as written</source>
        <translation>한글 사이에 '?'가 있습니다. 잘못된 문자 코드로 글자('·' 등)가 깨진 것으로 보이며, 쓰인 그대로 두었습니다</translation>
    </message>
    <message>
        <source>the text looks {lang}; imported as {asked} as asked</source>
        <translation>본문이 {lang}으로 보이나, 지정한 대로 {asked}으로 가져왔습니다</translation>
    </message>
    <message>
        <source>no headline found</source>
        <translation>제목을 찾지 못했습니다</translation>
    </message>
    <message>
        <source>left out {n} line of the page around the release: {shown}</source>
        <translation>보도자료 앞뒤의 웹 페이지 줄 {n}개를 뺐습니다: {shown}</translation>
    </message>
    <message>
        <source>left out {n} lines of the page around the release: {shown}</source>
        <translation>보도자료 앞뒤의 웹 페이지 줄 {n}개를 뺐습니다: {shown}</translation>
    </message>
    <message>
        <source>a paragraph without a marker; kept as a level-1 point</source>
        <translation>기호 없는 문단을 1단계 항목으로 두었습니다</translation>
    </message>
    <message>
        <source>no numbered or □ points in the text; each paragraph kept as a level-1 point</source>
        <translation>본문에 번호나 □ 항목이 없어 문단마다 1단계 항목으로 두었습니다</translation>
    </message>
    <message>
        <source>point number {n}. is used twice; renumbered {due}.</source>
        <translation>항목 번호 {n}.이(가) 두 번 쓰여 {due}.(으)로 고쳐 매겼습니다</translation>
    </message>
    <message>
        <source>point numbered {n}. where {due}. was due; renumbered {due}.</source>
        <translation>{due}. 차례에 항목 번호 {n}.이(가) 쓰여 {due}.(으)로 고쳐 매겼습니다</translation>
    </message>
    <message>
        <source>no space after {marker}; read as point {n}.</source>
        <translation>{marker} 뒤에 띄어쓰기가 없습니다. {n}. 항목으로 읽었습니다</translation>
    </message>
    <message>
        <source>no space after {marker}</source>
        <translation>{marker} 뒤에 띄어쓰기가 없습니다</translation>
    </message>
    <message>
        <source>no □ or numbered points in the text; the {marker} items kept as level-1 points and the items under them as level 2</source>
        <translation>본문에 □나 번호 항목이 없어 {marker} 항목을 1단계 항목으로, 그 아래 항목을 2단계로 두었습니다</translation>
    </message>
    <message>
        <source>section heading {marker} kept as a level-1 point</source>
        <translation>장 제목 {marker}을(를) 1단계 항목으로 두었습니다</translation>
    </message>
    <message>
        <source>no headline before the first point</source>
        <translation>첫 항목 앞에 제목이 없습니다</translation>
    </message>
    <message>
        <source>level-{n} item {marker} with no point above it; kept as a level-1 point</source>
        <translation>위에 항목이 없는 {n}단계 항목 {marker}을(를) 1단계 항목으로 두었습니다</translation>
    </message>
    <message>
        <source>a &quot;-&quot; line before any headline; kept as the headline</source>
        <translation>제목보다 앞에 나온 &quot;-&quot; 줄을 제목으로 두었습니다</translation>
    </message>
    <message>
        <source>items under {ref} kept as notes</source>
        <translation>{ref} 아래 항목들을 참고 사항으로 두었습니다</translation>
    </message>
    <message>
        <source>text after the end mark 끝.; kept as a note</source>
        <translation>끝 표시(끝.) 뒤의 글을 참고 사항으로 두었습니다</translation>
    </message>
    <message>
        <source>text after the unofficial-translation line; kept as a note</source>
        <translation>비공식 번역 표시 줄 뒤의 글을 참고 사항으로 두었습니다</translation>
    </message>
    <message>
        <source>level-3 item {marker} with no level-2 item above it; kept as level 2</source>
        <translation>위에 2단계 항목이 없는 3단계 항목 {marker}을(를) 2단계로 두었습니다</translation>
    </message>
    <message>
        <source>item {marker} is below level 3 (under {open} items); kept as level 3</source>
        <translation>{open} 항목 아래의 {marker} 항목은 3단계보다 깊어 3단계로 두었습니다</translation>
    </message>
    <message>
        <source>item {mark} is used twice; renumbered {due}</source>
        <translation>항목 번호 {mark}이(가) 두 번 쓰여 {due}(으)로 고쳐 매겼습니다</translation>
    </message>
    <message>
        <source>item {mark} where {due} was due; renumbered {due}</source>
        <translation>{due} 차례에 항목 번호 {mark}이(가) 쓰여 {due}(으)로 고쳐 매겼습니다</translation>
    </message>
    <message>
        <source>text above the header fields is not the headline; kept as a note</source>
        <translation>머리 항목(보도일시 등) 위의 글은 제목이 아니어서 참고 사항으로 두었습니다</translation>
    </message>
    <message>
        <source>a second {field_name} line {text}; kept {earlier}</source>
        <translation>{field_name} 줄 {text}이(가) 한 번 더 나왔습니다. 앞의 {earlier}을(를) 두었습니다</translation>
    </message>
    <message>
        <source>{text} is not a real date; kept as text</source>
        <translation>{text}은(는) 달력에 없는 날짜여서 글로 두었습니다</translation>
    </message>
    <message>
        <source>{date} is a {weekday} ({actual}), not ({written})</source>
        <translation>{date}은(는) {weekday}({actual})입니다. ({written})이(가) 아닙니다</translation>
    </message>
    <message>
        <source>Date {date} differs from the date given earlier ({earlier}); using {date}</source>
        <translation>날짜 {date}이(가) 앞에 나온 날짜({earlier})와 다릅니다. {date}을(를) 씁니다</translation>
    </message>
    <message>
        <source>{field} holds no date; kept as a note</source>
        <translation>{field}에 날짜가 없어 참고 사항으로 두었습니다</translation>
    </message>
    <message>
        <source>{field} is given a second time; kept as a note</source>
        <translation>{field}이(가) 두 번 나와 뒤의 것을 참고 사항으로 두었습니다</translation>
    </message>
    <message>
        <source>배포일시 has no time; 00:00 assumed</source>
        <translation>배포일시에 시각이 없어 00:00으로 보았습니다</translation>
    </message>
    <message>
        <source>the paragraph {text} after the attachment list is not an attachment; kept as a note</source>
        <translation>붙임 목록 뒤의 문단 {text}은(는) 붙임이 아니어서 참고 사항으로 두었습니다</translation>
    </message>
    <message>
        <source>left out as page navigation: {shown} and {more} more</source>
        <translation>웹 페이지 메뉴로 보고 뺐습니다: {shown} 외 {more}개</translation>
    </message>
    <message>
        <source>left out as page navigation: {shown}</source>
        <translation>웹 페이지 메뉴로 보고 뺐습니다: {shown}</translation>
    </message>
    <message>
        <source>left out, outside the main text of the page: {links} menu link line(s)</source>
        <translation>웹 페이지 본문 밖이어서 뺐습니다: 메뉴 링크 줄 {links}개</translation>
    </message>
    <message>
        <source>left out, outside the main text of the page: {shown} and {more} more, {links} menu link line(s)</source>
        <translation>웹 페이지 본문 밖이어서 뺐습니다: {shown} 외 {more}개, 메뉴 링크 줄 {links}개</translation>
    </message>
    <message>
        <source>left out, outside the main text of the page: {shown}, {links} menu link line(s)</source>
        <translation>웹 페이지 본문 밖이어서 뺐습니다: {shown}, 메뉴 링크 줄 {links}개</translation>
    </message>
    <message>
        <source>left out, outside the main text of the page: {shown} and {more} more</source>
        <translation>웹 페이지 본문 밖이어서 뺐습니다: {shown} 외 {more}개</translation>
    </message>
    <message>
        <source>left out, outside the main text of the page: {shown}</source>
        <translation>웹 페이지 본문 밖이어서 뺐습니다: {shown}</translation>
    </message>
    <message>
        <source>left out {n} link line(s) (menus, buttons): {shown}</source>
        <translation>링크뿐인 줄(메뉴, 버튼) {n}개를 뺐습니다: {shown}</translation>
    </message>
    <message>
        <source>left out the page footer: {shown}</source>
        <translation>웹 페이지 하단 정보를 뺐습니다: {shown}</translation>
    </message>
    <message>
        <source>removed {removed}</source>
        <translation>{removed}를 지웠습니다</translation>
    </message>
    <message>
        <source>{n} bidi control character(s) that reorder the text shown</source>
        <translation>글자 표시 순서를 바꾸는 양방향 제어 문자 {n}개</translation>
    </message>
    <message>
        <source>{n} invisible control character(s)</source>
        <translation>보이지 않는 제어 문자 {n}개</translation>
    </message>
    <message>
        <source>{n} invalid character(s) (lone surrogates)</source>
        <translation>잘못된 문자(짝 없는 서러게이트) {n}개</translation>
    </message>
    <message>
        <source>left out {n} picture(s) above the first point (a letterhead or logo)</source>
        <translation>첫 항목 위의 그림(머리글이나 로고) {n}개를 뺐습니다</translation>
    </message>
    <message>
        <source>left out {n} picture(s) that are not PNG or JPEG</source>
        <translation>PNG나 JPEG가 아닌 그림 {n}개를 뺐습니다</translation>
    </message>
    <message>
        <source>parts of the HWP 5 document could not be read ({kinds}); for a complete import, save it as HWPX (.hwpx) or DOCX from Hangul</source>
        <translation>HWP 5 문서의 일부({kinds})를 읽지 못했습니다. 빠짐없이 가져오려면 한글에서 HWPX(.hwpx)나 DOCX로 저장하십시오</translation>
    </message>
    <message>
        <source>the document was changed after MFA Desk exported it; its paragraphs were read again, so segment ids and translation statuses were not kept</source>
        <translation>MFA Desk에서 내보낸 뒤 문서가 수정되었습니다. 문단을 새로 읽었으므로 세그먼트 ID와 번역 상태는 이어지지 않았습니다</translation>
    </message>
    <message>
        <source>table row {n} has no segment reference; its text was not imported</source>
        <translation>표의 {n}번째 행에 세그먼트 참조가 없어 그 내용은 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>a comment by {author} is outside the segment table; not imported</source>
        <translation>{author}의 메모가 세그먼트 표 밖에 있어 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the {lang} file has no headline</source>
        <translation>{lang} 파일에 제목이 없습니다</translation>
    </message>
    <message>
        <source>the Korean has {ko_n}, the English {en_n}; {cells} kept with no {lang}</source>
        <translation>국문은 {ko_n}개, 영문은 {en_n}개입니다. {cells}은(는) {lang} 없이 두었습니다</translation>
    </message>
    <message>
        <source>{cells} kept with no {lang}: nothing on that side matched it</source>
        <translation>{cells}은(는) 맞는 항목이 없어 {lang} 없이 두었습니다</translation>
    </message>
    <message>
        <source>the Korean has {ko_n}, the English {en_n}; the extra ones kept with one side empty</source>
        <translation>국문은 {ko_n}개, 영문은 {en_n}개입니다. 남는 것은 한쪽을 비운 채 두었습니다</translation>
    </message>
    <message>
        <source>its English is part of {path} (the English merges two Korean points)</source>
        <translation>이 항목의 영문은 {path}의 영문에 들어 있습니다(영문이 국문 두 항목을 하나로 합침)</translation>
    </message>
    <message>
        <source>its Korean is part of {path} (the English splits one Korean point in two)</source>
        <translation>이 항목의 국문은 {path}의 국문에 들어 있습니다(영문이 국문 한 항목을 둘로 나눔)</translation>
    </message>
    <message>
        <source>the Korean header says {ko}, the English page {en}; keeping {en}</source>
        <translation>국문 머리 항목은 {ko}, 영문 페이지는 {en}입니다. {en}을(를) 씁니다</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <source>the file is not a zip package</source>
        <translation>zip 패키지 파일이 아닙니다</translation>
    </message>
    <message>
        <source>no [Content_Types].xml</source>
        <translation>[Content_Types].xml이 없습니다</translation>
    </message>
    <message>
        <source>the package holds no Word document part</source>
        <translation>패키지에 Word 문서 부분이 없습니다</translation>
    </message>
    <message>
        <source>macro-enabled Word documents are not accepted; save it as .docx first</source>
        <translation>매크로 사용 Word 문서는 가져오지 않습니다. 먼저 .docx로 저장하십시오</translation>
    </message>
    <message>
        <source>not a readable Word document ({reason})</source>
        <translation>읽을 수 있는 Word 문서가 아닙니다({reason})</translation>
    </message>
    <message>
        <source>not a readable HTML page ({reason})</source>
        <translation>읽을 수 있는 HTML 페이지가 아닙니다({reason})</translation>
    </message>
    <message>
        <source>not a readable HWP 5 document ({reason}); if Hangul opens it, save it as HWPX (.hwpx) or DOCX from Hangul</source>
        <translation>읽을 수 있는 HWP 5 문서가 아닙니다({reason}). 한글에서 열린다면 HWPX(.hwpx)나 DOCX로 저장하십시오</translation>
    </message>
    <message>
        <source>not a readable {doc}: {reason}</source>
        <translation>읽을 수 있는 {doc}이(가) 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>both files are {lang}; give the Korean and the English file of one release</source>
        <translation>두 파일이 모두 {lang}입니다. 한 보도자료의 국문 파일과 영문 파일을 고르십시오</translation>
    </message>
    <message>
        <source>too long for a release: {count} {what} (at most {limit} are read)</source>
        <translation>보도자료로 보기에 너무 깁니다: {what} {count}개(최대 {limit}개까지 읽음)</translation>
    </message>
    <message>
        <source>line {n}, column {m}: not valid JSON ({reason})</source>
        <translation>{n}행 {m}열: 올바른 JSON이 아닙니다({reason})</translation>
    </message>
    <message>
        <source>byte {n}: not UTF-8 text</source>
        <translation>{n}번째 바이트: UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>문서 종류</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>화요일</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>수요일</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>목요일</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>금요일</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <source>points</source>
        <translation>본문 항목</translation>
    </message>
    <message>
        <source>subheadlines</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>붙임</translation>
    </message>
    <message>
        <source>metadata.date</source>
        <translation>보도 날짜</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 문서</translation>
    </message>
    <message>
        <source>HWPX document</source>
        <translation>HWPX 문서</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>lines with text</source>
        <translation>글이 있는 줄</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>문단</translation>
    </message>
    <message>
        <source>pieces of text on the page</source>
        <translation>페이지의 글 조각</translation>
    </message>
    <message>
        <source>{file} (Korean column)</source>
        <translation>{file}(국문 열)</translation>
    </message>
    <message>
        <source>{file} (English column)</source>
        <translation>{file}(영문 열)</translation>
    </message>
    <message>
        <source>paragraph {quote}</source>
        <translation>문단 {quote}</translation>
    </message>
    <message>
        <source>sub-points of {path}</source>
        <translation>{path}의 하위 항목</translation>
    </message>
    <message>
        <source>dropped {n} control character(s) that a document cannot hold</source>
        <translation>문서에 담을 수 없는 제어 문자 {n}개를 뺐습니다</translation>
    </message>
    <message>
        <source>the release has no {lang} text; its column is empty</source>
        <translation>보도자료에 {lang} 내용이 없어 해당 열을 비워 두었습니다</translation>
    </message>
    <message>
        <source>no {lang} text; exported empty</source>
        <translation>{lang} 내용이 없어 빈 채로 내보냈습니다</translation>
    </message>
    <message>
        <source>no Korean or English text; left out</source>
        <translation>국문과 영문 내용이 모두 없어 빼고 내보냈습니다</translation>
    </message>
    <message>
        <source>no Korean or English title; left out</source>
        <translation>국문과 영문 제목이 모두 없어 빼고 내보냈습니다</translation>
    </message>
    <message>
        <source>no {lang} text; left out</source>
        <translation>{lang} 내용이 없어 빼고 내보냈습니다</translation>
    </message>
    <message>
        <source>no {lang} title; left out</source>
        <translation>{lang} 제목이 없어 빼고 내보냈습니다</translation>
    </message>
    <message>
        <source>the release has no {lang} text to export</source>
        <translation>보도자료에 내보낼 {lang} 내용이 없습니다</translation>
    </message>
    <message>
        <source>unknown language variant {variant} (expected ko, en or both)</source>
        <translation>알 수 없는 언어 구성 {variant}입니다(ko, en, both 중 하나여야 합니다)</translation>
    </message>
    <message>
        <source>the logo is {n} KB; at most {limit} KB</source>
        <translation>로고 파일이 {n}KB입니다. 최대 {limit}KB까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>cannot read the logo: {reason}</source>
        <translation>로고를 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>the logo is not a PNG or JPEG image</source>
        <translation>로고가 PNG나 JPEG 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>PDF export needs WeasyPrint and the Pango libraries ({reason})</source>
        <translation>PDF로 내보내려면 WeasyPrint와 Pango 라이브러리가 필요합니다({reason})</translation>
    </message>
    <message>
        <source>printing needs pypdfium2 ({reason})</source>
        <translation>인쇄하려면 pypdfium2가 필요합니다({reason})</translation>
    </message>
    <message>
        <source>the PDF to print cannot be read ({reason})</source>
        <translation>인쇄할 PDF를 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>the review copy keeps a segment that is no longer in the release ({key}); add it back by hand if wanted</source>
        <translation>검토본에 지금의 보도자료에는 없는 세그먼트({key})가 남아 있습니다. 필요하면 직접 다시 넣으십시오</translation>
    </message>
    <message>
        <source>a pending change to {key} ({language_code}) was left out: only segments take suggestions</source>
        <translation>{key}({language_code})의 검토 중인 변경은 반영하지 않았습니다: 제안은 세그먼트에만 달 수 있습니다</translation>
    </message>
    <message>
        <source>a comment by {author} is on a text that takes no comments; not imported</source>
        <translation>{author}의 메모가 메모를 달 수 없는 글에 달려 있어 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>not an MFA Desk review copy (no table of segments)</source>
        <translation>MFA Desk 검토본이 아닙니다(세그먼트 표가 없습니다)</translation>
    </message>
    <message>
        <source>not an MFA Desk review copy (no row names a segment)</source>
        <translation>MFA Desk 검토본이 아닙니다(세그먼트를 가리키는 행이 없습니다)</translation>
    </message>
    <message>
        <source>the version index is too large to read</source>
        <translation>버전 목록이 너무 커서 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the version index is damaged ({reason})</source>
        <translation>버전 목록이 손상되었습니다({reason})</translation>
    </message>
    <message>
        <source>there is no version {n}</source>
        <translation>버전 {n}이(가) 없습니다</translation>
    </message>
    <message>
        <source>a stored version is too large to read</source>
        <translation>저장된 버전이 너무 커서 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>a stored version cannot be read ({reason})</source>
        <translation>저장된 버전을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>a stored version is damaged</source>
        <translation>저장된 버전이 손상되었습니다</translation>
    </message>
    <message>
        <source>{path}, Korean</source>
        <translation>{path}(국문)</translation>
    </message>
    <message>
        <source>{path}, English</source>
        <translation>{path}(영문)</translation>
    </message>
    <message>
        <source>header field {field}</source>
        <translation>머리글 항목 {field}</translation>
    </message>
    <message>
        <source>the Korean changed after it was translated</source>
        <translation>번역한 뒤 국문이 바뀌었습니다</translation>
    </message>
    <message>
        <source>no English yet</source>
        <translation>아직 영문이 없습니다</translation>
    </message>
    <message>
        <source>the English is a draft</source>
        <translation>영문이 초안입니다</translation>
    </message>
    <message>
        <source>the embedded MFA Desk data is damaged ({reason})</source>
        <translation>문서에 담긴 MFA Desk 데이터가 손상되었습니다({reason})</translation>
    </message>
    <message>
        <source>the embedded MFA Desk data is nested too deeply</source>
        <translation>문서에 담긴 MFA Desk 데이터가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>the embedded MFA Desk data has an unknown format</source>
        <translation>문서에 담긴 MFA Desk 데이터의 형식을 알 수 없습니다</translation>
    </message>
    <message>
        <source>the embedded MFA Desk data was written by a newer MFA Desk</source>
        <translation>문서에 담긴 MFA Desk 데이터는 더 새 버전의 MFA Desk에서 만든 것입니다</translation>
    </message>
    <message>
        <source>the embedded MFA Desk data is incomplete</source>
        <translation>문서에 담긴 MFA Desk 데이터가 완전하지 않습니다</translation>
    </message>
    <message>
        <source>the document has {n} image(s) where the embedded data expects {m}</source>
        <translation>문서에 담긴 데이터에는 이미지가 {m}개여야 하는데 문서에는 {n}개가 있습니다</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>MFA Desk Help</source>
        <translation>MFA 데스크 도움말</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>사용 안내</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키 목록</translation>
    </message>
</context>
<context>
    <name>ReleaseClipboard</name>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>The %1 release is on the clipboard as plain text (%2 lines)</source>
        <translation>%1 보도자료를 일반 텍스트로 클립보드에 복사했습니다(%2줄)</translation>
    </message>
    <message>
        <source>This release is open read-only</source>
        <translation>이 보도자료는 읽기 전용으로 열려 있습니다</translation>
    </message>
    <message>
        <source>Put the cursor in a segment first</source>
        <translation>먼저 항목에 커서를 두십시오</translation>
    </message>
    <message>
        <source>The English cell is not empty: nothing copied</source>
        <translation>영문 칸이 비어 있지 않아 복사하지 않았습니다</translation>
    </message>
    <message>
        <source>The Korean cell is empty: nothing to copy</source>
        <translation>국문 칸이 비어 있어 복사할 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>ArchivePreferences</name>
    <message>
        <source>Release archive</source>
        <translation>보도자료 아카이브</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>아카이브 위치</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>아카이브(&amp;A):</translation>
    </message>
    <message>
        <source>Empty: the archive on this computer. A file path, or postgresql://user@host:port/database for the ministry&apos;s shared archive.</source>
        <translation>비워 두면 이 컴퓨터의 아카이브를 씁니다. 파일 경로, 또는 부처 공용 아카이브는 postgresql://user@host:port/database 형식으로 적습니다.</translation>
    </message>
    <message>
        <source>Add releases to the archive when &amp;saving</source>
        <translation>저장할 때 아카이브에 추가(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ConcordancePanel</name>
    <message>
        <source>Word or phrase, Korean or English</source>
        <translation>단어나 구절(국문 또는 영문)</translation>
    </message>
    <message>
        <source>Concordance search</source>
        <translation>용례 검색</translation>
    </message>
    <message>
        <source>Either language</source>
        <translation>두 언어 모두</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>끝 날짜</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>담당부서</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>부터:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>까지:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <source>Move to a Korean segment to see archive matches.</source>
        <translation>국문 문장으로 이동하면 아카이브 일치 결과가 표시됩니다.</translation>
    </message>
    <message>
        <source>Archive matches</source>
        <translation>아카이브 일치 결과</translation>
    </message>
    <message>
        <source>No archive matches for this segment.</source>
        <translation>이 문장과 일치하는 아카이브 결과가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Ctrl+1, Ctrl+2, Ctrl+3 insert the English.</source>
        <translation>
            <numerusform>일치 %n건. Ctrl+1, Ctrl+2, Ctrl+3으로 영문을 넣습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>adapted</source>
        <translation>수치 조정</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>넣기</translation>
    </message>
    <message>
        <source>context</source>
        <translation>문맥 일치</translation>
    </message>
    <message>
        <source>Looking up the archive…</source>
        <translation>아카이브 조회 중…</translation>
    </message>
</context>
<context>
    <name>WindowArchive</name>
    <message>
        <source>Translation Memory</source>
        <translation>번역 메모리</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>용례 검색</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>아카이브(&amp;A)</translation>
    </message>
    <message>
        <source>Translation &amp;Memory Panel</source>
        <translation>번역 메모리 창(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Concordance Panel</source>
        <translation>용례 검색 창(&amp;C)</translation>
    </message>
    <message>
        <source>Insert Match %1</source>
        <translation>일치 결과 %1 넣기</translation>
    </message>
    <message>
        <source>&amp;Pre-translate from Archive</source>
        <translation>아카이브로 사전 번역(&amp;P)</translation>
    </message>
    <message>
        <source>Add This &amp;Release to Archive</source>
        <translation>이 보도자료를 아카이브에 추가(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Files to Archive…</source>
        <translation>파일을 아카이브에 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older to Archive…</source>
        <translation>폴더를 아카이브에 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>No archive match %1 to insert</source>
        <translation>넣을 아카이브 일치 결과 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>Insert archive match</source>
        <translation>아카이브 일치 결과 넣기</translation>
    </message>
    <message>
        <source>Added to the archive: %1</source>
        <translation>아카이브에 추가됨: %1</translation>
    </message>
    <message>
        <source>Pre-translating from the archive…</source>
        <translation>아카이브로 사전 번역 중…</translation>
    </message>
    <message>
        <source>No 100% archive matches for empty segments</source>
        <translation>빈 문장에 100% 일치하는 아카이브 결과가 없습니다</translation>
    </message>
    <message>
        <source>Pre-translate from archive</source>
        <translation>아카이브로 사전 번역</translation>
    </message>
    <message>
        <source>context match</source>
        <translation>문맥 일치</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) filled from the archive. Their status stays Draft until you confirm them. Sources:</source>
        <translation>
            <numerusform>아카이브에서 %n개 문장을 채웠습니다. 확인할 때까지 상태는 초안으로 남습니다. 출처:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files to the archive</source>
        <translation>아카이브에 파일 추가</translation>
    </message>
    <message>
        <source>Releases (*.mfadesk *.txt *.docx *.html *.htm *.hwpx *.hwp);;All files (*)</source>
        <translation>보도자료 (*.mfadesk *.txt *.docx *.html *.htm *.hwpx *.hwp);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add a folder to the archive</source>
        <translation>아카이브에 폴더 추가</translation>
    </message>
    <message>
        <source>Adding releases to the archive…</source>
        <translation>보도자료를 아카이브에 추가하는 중…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stopped adding; the releases added so far are kept</source>
        <translation>추가를 멈췄습니다. 지금까지 추가한 보도자료는 남아 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) added to the archive.</source>
        <translation>
            <numerusform>보도자료 %n건을 아카이브에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>읽지 못한 파일:</translation>
    </message>
    <message>
        <source>&amp;Import TMX Memory…</source>
        <translation>TMX 메모리 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Archive as TMX…</source>
        <translation>아카이브를 TMX로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Import a TMX memory into the archive</source>
        <translation>TMX 메모리를 아카이브로 가져오기</translation>
    </message>
    <message>
        <source>TMX memories (*.tmx);;All files (*)</source>
        <translation>TMX 메모리 (*.tmx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Export the archive as a TMX memory</source>
        <translation>아카이브를 TMX 메모리로 내보내기</translation>
    </message>
    <message>
        <source>TMX memories (*.tmx)</source>
        <translation>TMX 메모리 (*.tmx)</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) added to the archive from %1</source>
        <translation>
            <numerusform>%1에서 세그먼트 %n개를 아카이브에 추가했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) written to %1</source>
        <translation>
            <numerusform>세그먼트 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
</context>
</TS>
