; KasBuku for Windows: Inno Setup 6 script. Built by packaging/build.sh (`make dist`), never by hand:
;   ISCC /DAppVersion=0.1.0 /DAppVersionInfo=0.1.0.0 /DSrcDir=<staged app> /DOutputDir=<dist> installer.iss
; The staged app is the official Windows embeddable CPython (python\) plus the wheels (lib\); the
; shortcuts run `python\pythonw.exe -m kasbuku`. See docs/installer.md.
;
; The books are NOT in {app}: kasbuku keeps them in %PROGRAMDATA%\KasBuku (kasbuku/paths.py), one book
; for every Windows user of a shared laptop. Setup creates that folder writable for all users; the
; uninstaller leaves it alone unless the user, asked interactively, says to delete it. A silent
; uninstall always keeps it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (packaging/build.sh reads kasbuku/__init__.py)
#endif
#ifndef AppVersionInfo
  #define AppVersionInfo "0.0.0.0"
#endif
#ifndef SrcDir
  #define SrcDir "build\app"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#ifndef OutputDir
  #define OutputDir "dist"
#endif

[Setup]
; Fixed forever: Windows recognises upgrades and the uninstaller by this id.
AppId={{7A99866F-BB2C-488B-95D2-A0C4A8FA3F59}
AppName=KasBuku
AppVersion={#AppVersion}
AppVerName=KasBuku {#AppVersion}
AppPublisher=kasbuku
AppComments=Buku kas simpan pinjam untuk bendahara KUBE, KUsiAPP dan kelompok konstituen
VersionInfoVersion={#AppVersionInfo}
VersionInfoDescription=Instalasi KasBuku
DefaultDirName={autopf}\KasBuku
DefaultGroupName=KasBuku
DisableProgramGroupPage=yes
; All users by default and recommended (a shared laptop: every Windows user gets the shortcuts, the book
; is shared anyway); a treasurer without admin rights picks "hanya untuk saya" in the dialog, or passes
; /CURRENTUSER. With PrivilegesRequired=lowest Inno would recommend "for me only" instead.
; Silent installs pass /ALLUSERS (under wine the per-user mode fails on {autopf}, see docs/installer.md).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1903: Qt 6 uses the system ICU (icuuc.dll) that first shipped with it.
MinVersion=10.0.18362
OutputDir={#OutputDir}
OutputBaseFilename=kasbuku-{#AppVersion}-setup
Compression={#Compression}
SolidCompression=yes
LZMANumBlockThreads=2
WizardStyle=modern
ShowLanguageDialog=no
UninstallDisplayName=KasBuku
UninstallDisplayIcon={app}\python\pythonw.exe
CloseApplications=yes
SetupLogging=yes

[Languages]
Name: "id"; MessagesFile: "compiler:Default.isl,packaging\Indonesian.isl"

[CustomMessages]
id.DeleteBooksQuestion=KasBuku sudah dihapus dari komputer ini.%n%nBuku kas dan cadangannya masih tersimpan di:%n%1%n%nHapus juga semua buku kas itu? Data yang dihapus TIDAK dapat dikembalikan.%n%nPilih Tidak untuk menyimpannya (disarankan).
id.AppComment=Buku kas simpan pinjam kelompok

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program whole, so no module of an older version lingers beside the new one.
; (The books live in {commonappdata}\KasBuku, never here.)
Type: filesandordirs; Name: "{app}\python"
Type: filesandordirs; Name: "{app}\lib"

[Dirs]
Name: "{commonappdata}\KasBuku"; Permissions: users-modify; Flags: uninsneveruninstall; Check: IsAdminInstallMode
Name: "{commonappdata}\KasBuku"; Flags: uninsneveruninstall; Check: not IsAdminInstallMode

[Files]
Source: "{#SrcDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\KasBuku"; Filename: "{app}\python\pythonw.exe"; Parameters: "-m kasbuku"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\KasBuku"; Filename: "{app}\python\pythonw.exe"; Parameters: "-m kasbuku"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\python\pythonw.exe"; Parameters: "-m kasbuku"; WorkingDir: "{app}"; Description: "{cm:LaunchProgram,KasBuku}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python writes __pycache__ folders the installer did not put there.
Type: filesandordirs; Name: "{app}\python"
Type: filesandordirs; Name: "{app}\lib"
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Books: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Books := ExpandConstant('{commonappdata}\KasBuku');
  if UninstallSilent or not DirExists(Books) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteBooksQuestion'), [Books]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(Books, True, True, True);
end;
