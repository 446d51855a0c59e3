; Inno Setup 6 script for the Windows installer, run by .github/workflows/build.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\diaspora-events.iss
; It packs dist\diaspora-events\ (python packaging\build.py). Untested on this project's
; Linux machines: a maintainer runs it on Windows or in the workflow.
; The data file lives in the user's AppData (platformdirs), not in {app}: installing a
; newer version over an older one, or uninstalling, leaves it alone; the app upgrades its
; schema at the next start after backing it up.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The AppId ties every version together, so a newer installer upgrades in place.
AppId={{6C1F3B1E-5D0A-4E7B-9C55-2F4A8D9E7B31}
AppName=Diaspora Events
AppVersion={#AppVersion}
AppPublisher=Diaspora Events maintainers
DefaultDirName={autopf}\Diaspora Events
DefaultGroupName=Diaspora Events
DisableProgramGroupPage=yes
; A clerk without administrator rights can install it for themselves.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=diaspora-events-{#AppVersion}-windows-setup
UninstallDisplayIcon={app}\Diaspora Events.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\diaspora-events\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of the previous version's bundle that this one no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Diaspora Events"; Filename: "{app}\Diaspora Events.exe"
Name: "{autodesktop}\Diaspora Events"; Filename: "{app}\Diaspora Events.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Diaspora Events.exe"; Description: "{cm:LaunchProgram,Diaspora Events}"; Flags: nowait postinstall skipifsilent
