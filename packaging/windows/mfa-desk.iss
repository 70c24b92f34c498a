; Inno Setup script: a per-user installer for the Windows one-folder bundle.
;
; Build on Windows, after `pyinstaller packaging\mfa-desk.spec` has produced
; dist\mfa-desk\ (mfa-desk.exe: the editor; mfa-desk-cli.exe: the command line):
;   iscc /DAppVersion=<pyproject version> packaging\windows\mfa-desk.iss
; The installer lands in dist\. Written against the Inno Setup 6 documentation
; (jrsoftware.org/ishelp); it cannot be compiled on the Linux build machine,
; see packaging/README.md.

#if Ver < EncodeVer(6, 4, 0)
  #error Inno Setup 6.4 or later is required (x64compatible, official Korean messages)
#endif

; The version comes from pyproject.toml through /DAppVersion; the fallback is
; kept equal to it by tests/packaging/test_version_agrees.py.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "MFA Desk"
#define AppExe "mfa-desk.exe"
#define AppProgId "MfaDesk.Release"
#define AppExt ".mfadesk"

[Setup]
; AppId identifies the application to the uninstaller across versions: never change it.
AppId={{6F0B8E52-4C1D-4F5A-9B7E-2D3C8A1E5F40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MFA Desk engineers
AppPublisherURL=https://mfadesk.github.io/mfa-desk/
; Per-user: no administrator rights, installs under %LOCALAPPDATA%\Programs and
; writes only HKEY_CURRENT_USER ({autopf} and HKA follow PrivilegesRequired).
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer to refresh file-type icons and "Open with" after (un)install.
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\mfa-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=mfa-desk-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[CustomMessages]
english.AssocDescription=MFA Desk press release
korean.AssocDescription=MFA 데스크 보도자료
english.AppComment=Edit bilingual Korean and English press releases
korean.AppComment=한국어·영어 보도자료를 함께 편집

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle; each Qt/PySide6 library stays a separate, replaceable file (LGPL).
Source: "..\..\dist\mfa-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\THIRD-PARTY-NOTICES.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
; Start-menu entry ({autoprograms} is the user's Start menu in a per-user install).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; The .mfadesk association, per user (HKA = HKCU here), removed on uninstall.
Root: HKA; Subkey: "Software\Classes\{#AppExt}\OpenWithProgids"; ValueType: string; ValueName: "{#AppProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#AppExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-mfa-desk-release"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#AppProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:AssocDescription}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#AppExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
