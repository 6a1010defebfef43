; Inno Setup script for Lägesbild: a per-user install that needs no administrator rights.
;
; Built by .github/workflows/windows-installer.yml after PyInstaller has made dist\lagesbild\:
;   iscc /DAppVersion=0.1.0 packaging\windows\lagesbild.iss
; Output: dist\Lagesbild-<version>-setup.exe
;
; The program goes to %LOCALAPPDATA%\Programs\Lägesbild. The user's data (the database and its
; backups) lives elsewhere, in %LOCALAPPDATA%\Lagesbild\Lagesbild (platformdirs), and is never
; touched by the uninstaller: there is deliberately no [UninstallDelete] section, and the
; uninstaller only removes the files this installer put in {app}.
; The file is UTF-8 with a byte order mark so that "ä" survives the compiler.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\lagesbild"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Lägesbild"
#define AppExe "lagesbild.exe"
#define AppUserModelId "se.lagesbild.Lagesbild"
#define DataFolder "{localappdata}\Lagesbild\Lagesbild"

[Setup]
AppId={{6F0B2C7E-4C1D-4B8E-9A52-3C7D1E5A9B40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Lägesbild-projektet
AppCopyright=Copyright (c) Lägesbild-projektet, MIT-licens
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} – installationsprogram
; Per-user install: no UAC prompt, nothing outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Lagesbild-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\lagesbild.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; Inno Setup 6.4 and later ship an official Swedish translation; older versions do not. Either way
; Swedish.isl beside this script is applied on top: it covers every page the user sees (falling
; back to English on older compilers) and says that the uninstaller keeps the user's data.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl,Swedish.isl"
#else
Name: "swedish"; MessagesFile: "compiler:Default.isl,Swedish.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
swedish.DataKept=Dina uppgifter har inte tagits bort. Databasen och säkerhetskopiorna finns kvar i:%n%n%1%n%nRadera mappen själv om du verkligen vill ta bort dem.
english.DataKept=Your data has not been removed. The database and its backups are still in:%n%n%1%n%nDelete that folder yourself if you really want to remove them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelId}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{#DataFolder}');
    if DirExists(DataDir) and not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
