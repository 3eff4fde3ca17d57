; Inno Setup script: packs the PyInstaller one-folder build into a setup program.
;
; On Windows, from the repository root:
;   py bootstrap.py run --version
;   .venv\Scripts\pip install pyinstaller
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\asiakasrekisteri.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\windows\asiakasrekisteri.iss
; The result is dist\Asiakasrekisteri-0.1.0-setup.exe. Keep AppVersion equal to
; asiakasrekisteri.__version__ (tests/test_installer.py checks it), or pass
; /DAppVersion=X.Y.Z to ISCC.

#define AppName "Asiakasrekisteri"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "Asiakasrekisteri"
#define AppExeName "asiakasrekisteri.exe"
#define BuildDir "..\..\dist\asiakasrekisteri"

[Setup]
; A fixed id keeps upgrades and uninstalls together: never change it.
AppId={{4421BC95-B197-47B0-93E6-89919A0365E8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights unless the user asks.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\asiakasrekisteri.ico
UninstallDisplayIcon={app}\{#AppExeName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The register itself lives in %LOCALAPPDATA%\Asiakasrekisteri and is never removed by
; the uninstaller: it is the user's data.

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"
; Swedish: Inno Setup ships no official Swedish.isl; add an unofficial translation
; from the Inno Setup site here when one is reviewed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
