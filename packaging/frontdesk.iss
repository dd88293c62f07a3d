; Inno Setup 6 script: the Windows installer for Frontdesk's one-folder bundle (dist\frontdesk).
; packaging/build.py compiles it with ISCC and passes the /D values below; the defaults let a person
; run `ISCC packaging\frontdesk.iss` by hand after `python packaging\build.py`.
;
; Installs per user by default (no administrator needed, into %LOCALAPPDATA%\Programs\Frontdesk);
; IT can choose "all users" in the dialog or run the setup with /ALLUSERS.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\frontdesk"
#endif
#ifndef IconFile
  #define IconFile "..\resources\icons\frontdesk.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "frontdesk-" + AppVersion + "-windows-x64-setup"
#endif
#ifndef AppPublisher
  #define AppPublisher "Frontdesk"
#endif
#ifndef AppCopyright
  #define AppCopyright "Copyright (C) Frontdesk"
#endif

[Setup]
; The AppId identifies the installed app to upgrades and the uninstaller: never change it.
AppId={{52A1E98C-650D-4883-9743-40041C8804EA}
AppName=Frontdesk
AppVersion={#AppVersion}
AppVerName=Frontdesk {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppCopyright}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName=Frontdesk
VersionInfoDescription=Frontdesk Setup
DefaultDirName={autopf}\Frontdesk
DefaultGroupName=Frontdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; Qt 6 runs on 64-bit Windows 10 1809 and later.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\frontdeskw.exe
UninstallDisplayName=Frontdesk
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An upgrade while the app is open would replace its DLLs under it: ask to close it first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The runtime of an older version must not mix with the new one (a stale DLL or module would load).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Frontdesk"; Filename: "{app}\frontdeskw.exe"; Comment: "Scheduling for the clinic's front desk"
Name: "{autodesktop}\Frontdesk"; Filename: "{app}\frontdeskw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\frontdeskw.exe"; Description: "{cm:LaunchProgram,Frontdesk}"; Flags: nowait postinstall skipifsilent
