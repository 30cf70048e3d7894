; Inno Setup 6 script: the Windows installer of Desktop CRM (桌面客户管理).
;
; It installs PyInstaller's one-folder bundle, dist\desktop-crm\ (packaging\desktop-crm.spec), into
; {autopf}\Desktop CRM: Program Files when installed for all users, %LOCALAPPDATA%\Programs when
; installed for the current user only (the first page asks). packaging\windows\build.ps1 builds the
; bundle and the icon, then compiles this script with the app's version:
;   ISCC /DAppVersion=0.1.0 /DFileVersion=0.1.0 packaging\windows\desktop-crm.iss
;
; The rep's data is not in the install folder: the profile lives in %LOCALAPPDATA%\desktop-crm
; (platformdirs' user data directory). No entry below names it, so installing, upgrading and
; uninstalling all leave it as it is.
;
; Saved as UTF-8 with a byte-order mark, for the Chinese messages.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; The Setup file's own version: up to four numbers (build.ps1 passes AppVersion's numeric part).
#ifndef FileVersion
  #define FileVersion "0.0.0"
#endif
#define AppName "Desktop CRM"
#define AppExe "desktop-crm.exe"

; x64compatible needs Inno Setup 6.3. The Chinese messages are an official translation, shipped in
; Inno Setup's Languages folder, from Inno Setup 6.5 on.
#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is needed (6.5 or newer ships the Chinese messages), from jrsoftware.org/isdl.php
#endif
#if FileExists(CompilerPath + "\Languages\ChineseSimplified.isl") == 0
  #error Languages\ChineseSimplified.isl is missing from Inno Setup: install Inno Setup 6.5 or newer, or copy ChineseSimplified.isl from jrsoftware.org/files/istrans into Inno Setup's Languages folder
#endif

[Setup]
; The AppId ties the versions together: a newer installer with the same AppId upgrades in place
; (same folder, same shortcuts, one entry in Apps). Never change it.
AppId={{EB7E3907-D7FA-47F2-9216-187D10AB52D8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
VersionInfoVersion={#FileVersion}
AppPublisher=The desktop-crm team
AppPublisherURL=https://github.com/desktop-crm/desktop-crm
AppSupportURL=https://github.com/desktop-crm/desktop-crm
; Every path below (Source, SetupIconFile, OutputDir) is relative to the repository's root.
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=desktop-crm-{#AppVersion}-windows-x64-setup
SetupIconFile=build\icons\desktop-crm.ico
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; For the current user by default (no administrator needed); the first page offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; An upgrade closes a running Desktop CRM first (its files are in use) and does not restart it.
CloseApplications=yes
RestartApplications=no
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
english.ShortcutName=Desktop CRM
chinesesimplified.ShortcutName=桌面客户管理
english.ShortcutComment=Customers, contact history, visit plans and trade-show leads, offline
chinesesimplified.ShortcutComment=离线管理客户、联系历史、拜访计划和展会线索
english.LaunchApp=Start Desktop CRM now
chinesesimplified.LaunchApp=立即启动桌面客户管理

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: PyInstaller's _internal folder holds every library, and a
; file the new version no longer ships (a Qt plugin, an old package's metadata) must not stay
; beside the new ones. Only the install folder is touched, never the profile.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\{#AppExe}"

[Files]
Source: "dist\desktop-crm\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent
