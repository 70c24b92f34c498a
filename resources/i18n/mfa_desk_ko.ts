<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en_US">
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../mfa_desk/ui/recovery_dialog.py" line="+121"/>
        <source>Compare with Saved File — {name}</source>
        <translation>저장된 파일과 비교 — {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines starting with - are in the saved file, lines starting with + only in the recovered snapshot.</source>
        <translation>-로 시작하는 줄은 저장된 파일의 내용이고, +로 시작하는 줄은 복구된 스냅숏에만 있는 내용입니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Differences</source>
        <translation>차이점</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <location filename="../../mfa_desk/ui/disk_watch.py" line="+70"/>
        <source>File changed on disk</source>
        <translation>디스크의 파일이 변경됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was changed by another program or person since you opened it.</source>
        <translation>{name} 파일을 연 뒤에 다른 프로그램이나 사용자가 이 파일을 변경했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite it with your version, losing their changes? Choose Cancel to keep both and use Save As.</source>
        <translation>지금 편집 중인 내용으로 덮어쓰시겠습니까? 다른 사람이 바꾼 내용은 사라집니다. 둘 다 보존하려면 취소를 누른 뒤 &apos;다른 이름으로 저장&apos;을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite</source>
        <translation>덮어쓰기</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <location filename="../../mfa_desk/ui/file_lock.py" line="+179"/>
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown time</source>
        <translation>알 수 없는 시각</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{host} 컴퓨터의 {user} 사용자(프로세스 {pid}), {since}부터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} since {since}</source>
        <translation>{user}, {since}부터</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>File in use</source>
        <translation>사용 중인 파일</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{name} is already open for editing.</source>
        <translation>{name} 파일은 이미 편집 중입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program</source>
        <translation>다른 프로그램</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is locked by {holder}. You can open it read-only and save a copy under another name.</source>
        <translation>잠근 사용자: {holder}. 읽기 전용으로 열고 다른 이름으로 사본을 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Read-Only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../mfa_desk/ui/preferences_dialog.py" line="+37"/>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interface</source>
        <translation>화면</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new interface language takes effect when MFA Desk restarts.</source>
        <translation>바꾼 화면 언어는 MFA Desk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editor fonts</source>
        <translation>편집기 글꼴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Korean font</source>
        <translation>국문 글꼴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Korean text:</source>
        <translation>국문(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English font</source>
        <translation>영문 글꼴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English text:</source>
        <translation>영문(&amp;E):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font size</source>
        <translation>글꼴 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>크기(&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving and spelling</source>
        <translation>저장 및 맞춤법</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;recovery snapshots of unsaved changes</source>
        <translation>저장하지 않은 변경 내용의 복구용 스냅숏 보관(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check Korean &amp;spelling</source>
        <translation>국문 맞춤법 검사(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check English s&amp;pelling</source>
        <translation>영문 맞춤법 검사(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>American English (en_US)</source>
        <translation>미국 영어(en_US)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British English (en_GB)</source>
        <translation>영국 영어(en_GB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English dictionary</source>
        <translation>영어 사전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English &amp;dictionary:</source>
        <translation>영어 사전(&amp;D):</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../mfa_desk/ui/recovery_dialog.py" line="-35"/>
        <source>The snapshot cannot be read: {error}</source>
        <translation>스냅숏을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This release was never saved; the snapshot holds:</source>
        <translation>이 보도자료는 저장된 적이 없습니다. 스냅숏 내용:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The saved file cannot be read ({error}); the snapshot holds:</source>
        <translation>저장된 파일을 읽을 수 없습니다({error}). 스냅숏 내용:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recovered</source>
        <translation>복구본</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The snapshot has the same text as the saved file.</source>
        <translation>스냅숏의 내용이 저장된 파일과 같습니다.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Untitled release</source>
        <translation>제목 없는 보도자료</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recover Unsaved Changes</source>
        <translation>저장하지 않은 변경 내용 복구</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MFA Desk was not closed properly. These releases had changes that were not saved. Choose what to do with each; your saved files are not changed until you save.</source>
        <translation>MFA Desk가 정상적으로 종료되지 않았습니다. 아래 보도자료에 저장하지 않은 변경 내용이 있습니다. 각각 어떻게 처리할지 선택하십시오. 직접 저장하기 전까지 저장된 파일은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Release</source>
        <translation>보도자료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved at</source>
        <translation>저장 시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>처리</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovered releases</source>
        <translation>복구된 보도자료</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Compare…</source>
        <translation>비교(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;Later</source>
        <translation>나중에 결정(&amp;L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (damaged)</source>
        <translation>{name}(손상됨)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>복구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>나중에 결정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action for {name}</source>
        <translation>{name} 처리 방법</translation>
    </message>
</context>
</TS>
