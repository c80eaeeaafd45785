; Inno Setup 6.3+ script: installs the PyInstaller one-folder bundle.
; 1. On Windows, build the bundle (PyInstaller does not cross-compile):
;      .venv\Scripts\pyinstaller --noconfirm --clean --distpath build\installer\dist --workpath build\installer\build installers\safeguard-desktop.spec
; 2. Compile this script:  iscc installers\windows\safeguard-desktop.iss
;    (another bundle folder: iscc /DBundleDir=C:\path\to\safeguard-desktop ...)
; Relative paths below are relative to this file's folder.

#define AppName "Safeguard Desktop"
#define AppVersion "0.1.0"
#define AppExe "safeguard-desktop.exe"
#ifndef BundleDir
  #define BundleDir "..\..\build\installer\dist\safeguard-desktop"
#endif

[Setup]
AppId={{5B0E7C3A-8F21-4B6D-9A4E-3C2D1F0A7B91}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\build\installer\windows
OutputBaseFilename=safeguard-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Installs per user without admin rights when the user chooses so.
PrivilegesRequiredOverridesAllowed=dialog

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
