; Inno Setup script for NetDesigner's Windows installer. packaging/build.py runs it as
;   iscc /DAppVersion=X.Y.Z /DSourceDir=dist\netdesigner /DOutputDir=dist /DIconFile=resources\icons\netdesigner.ico netdesigner.iss
; The installer needs no administrator rights (it installs for the current user unless asked
; otherwise), adds a Start-menu entry, opens .ndproj files with NetDesigner, and registers an uninstaller.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=the PyInstaller bundle folder (packaging/build.py does)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\netdesigner.ico"
#endif

[Setup]
AppId={{6C0E3B7A-2F4D-4C55-9B8E-0D9B4F1E7A21}
AppName=NetDesigner
AppVersion={#AppVersion}
AppVerName=NetDesigner {#AppVersion}
AppPublisher=The NetDesigner authors
DefaultDirName={autopf}\NetDesigner
DefaultGroupName=NetDesigner
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=NetDesigner-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\NetDesigner.exe
UninstallDisplayName=NetDesigner {#AppVersion}
ChangesAssociations=yes
Compression=lzma2/fast
SolidCompression=yes
WizardStyle=modern
LicenseFile={#SourceDir}\_internal\resources\licenses\netdesigner.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\NetDesigner"; Filename: "{app}\NetDesigner.exe"; Comment: "Build, train and look inside neural networks"
Name: "{group}\Uninstall NetDesigner"; Filename: "{uninstallexe}"
Name: "{autodesktop}\NetDesigner"; Filename: "{app}\NetDesigner.exe"; Tasks: desktopicon

[Registry]
; .ndproj files open in NetDesigner (per user, or for everyone when installed as administrator).
Root: HKA; Subkey: "Software\Classes\.ndproj"; ValueType: string; ValueName: ""; ValueData: "NetDesigner.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ndproj\OpenWithProgids"; ValueType: string; ValueName: "NetDesigner.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\NetDesigner.Project"; ValueType: string; ValueName: ""; ValueData: "NetDesigner project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\NetDesigner.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\NetDesigner.exe,0"
Root: HKA; Subkey: "Software\Classes\NetDesigner.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\NetDesigner.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\NetDesigner.exe\SupportedTypes"; ValueType: string; ValueName: ".ndproj"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\NetDesigner.exe"; Description: "{cm:LaunchProgram,NetDesigner}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app may have written inside its own folder; the student's projects live elsewhere.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
