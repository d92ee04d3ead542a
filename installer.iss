; KasBuku for Windows: Inno Setup 6 script. Built by packaging/build.sh (`make dist`), never by hand:
;   ISCC /DAppVersion=0.1.0 /DAppVersionInfo=0.1.0.0 /DSrcDir=<staged app> /DOutputDir=<dist> installer.iss
; The staged app is the official Windows embeddable CPython (python\) plus the wheels (lib\); the
; shortcuts run `python\pythonw.exe -m kasbuku`. See docs/installer.md.
;
; The books are NOT in {app}: kasbuku keeps them in %PROGRAMDATA%\KasBuku (kasbuku/paths.py), one book
; for every Windows user of a shared laptop. Setup creates that folder writable for all users; the
; uninstaller keeps it unless the user deliberately presses "Hapus buku" (or passes /HAPUSBUKU to a
; silent uninstall), and even then it first copies every book into her Documents folder and says where.

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
#ifndef RepoDir
  #define RepoDir "."
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
AppPublisher=Proyek KasBuku
AppPublisherURL=https://github.com/kasbuku
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
SetupIconFile={#RepoDir}\resources\icons\kasbuku.ico
UninstallDisplayIcon={app}\kasbuku.ico
CloseApplications=yes
; The running app holds this mutex (kasbuku/single.py): setup and the uninstaller then name it and wait,
; instead of leaving files of a running KasBuku behind.
AppMutex=KasBukuBerjalan,Global\KasBukuBerjalan
SetupLogging=yes

[Languages]
Name: "id"; MessagesFile: "compiler:Default.isl,packaging\Indonesian.isl"

[CustomMessages]
id.BooksTitle=Buku kas KasBuku
id.BooksQuestion=KasBuku sudah dihapus dari komputer ini, tetapi buku kas kelompok dan cadangannya masih tersimpan di:%n%1%n%nSimpan buku: buku tetap di folder itu dan terbuka lagi bila KasBuku dipasang kembali (disarankan).%n%nHapus buku: folder itu dihapus. Sebelumnya satu salinan semua buku disimpan di folder Dokumen Anda.
id.KeepBooks=Simpan buku
id.DeleteBooks=Hapus buku
id.BooksKept=Buku kas tetap tersimpan di:%n%1
id.BooksCopied=Buku kas sudah dihapus dari %1.%n%nSalinannya ada di:%n%2
id.CopyFailed=Salinan buku ke %1 gagal, jadi buku TIDAK dihapus. Buku tetap di:%n%2
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
Source: "{#RepoDir}\resources\icons\kasbuku.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\KasBuku"; Filename: "{app}\python\pythonw.exe"; Parameters: "-m kasbuku"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; IconFilename: "{app}\kasbuku.ico"
Name: "{autodesktop}\KasBuku"; Filename: "{app}\python\pythonw.exe"; Parameters: "-m kasbuku"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; IconFilename: "{app}\kasbuku.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\python\pythonw.exe"; Parameters: "-m kasbuku"; WorkingDir: "{app}"; Description: "{cm:LaunchProgram,KasBuku}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python writes __pycache__ folders the installer did not put there.
Type: filesandordirs; Name: "{app}\python"
Type: filesandordirs; Name: "{app}\lib"
Type: files; Name: "{app}\kasbuku.ico"
Type: dirifempty; Name: "{app}"

[Code]
{ Copies folder Src (with its subfolders) into Dst; False when any file fails. }
function CopyTree(const Src, Dst: String): Boolean;
var
  Rec: TFindRec;
begin
  Result := ForceDirectories(Dst);
  if not Result then
    Exit;
  if FindFirst(Src + '\*', Rec) then
  try
    repeat
      if (Rec.Name <> '.') and (Rec.Name <> '..') then
      begin
        if Rec.Attributes and FILE_ATTRIBUTE_DIRECTORY <> 0 then
          Result := CopyTree(Src + '\' + Rec.Name, Dst + '\' + Rec.Name) and Result
        else
          Result := FileCopy(Src + '\' + Rec.Name, Dst + '\' + Rec.Name, False) and Result;
      end;
    until not FindNext(Rec);
  finally
    FindClose(Rec);
  end;
end;

{ The one question of the uninstaller, with buttons that name what they do. True: delete the books. }
function AskDeleteBooks(const Books: String): Boolean;
var
  Form: TSetupForm;
  Msg: TNewStaticText;
  KeepBtn, DeleteBtn: TNewButton;
begin
  Form := CreateCustomForm;
  try
    Form.ClientWidth := ScaleX(460);
    Form.ClientHeight := ScaleY(210);
    Form.Caption := CustomMessage('BooksTitle');
    Msg := TNewStaticText.Create(Form);
    Msg.Parent := Form;
    Msg.AutoSize := False;
    Msg.WordWrap := True;
    Msg.SetBounds(ScaleX(12), ScaleY(12), Form.ClientWidth - ScaleX(24), ScaleY(150));
    Msg.Caption := FmtMessage(CustomMessage('BooksQuestion'), [Books]);
    KeepBtn := TNewButton.Create(Form);
    KeepBtn.Parent := Form;
    KeepBtn.SetBounds(Form.ClientWidth - ScaleX(250), Form.ClientHeight - ScaleY(36), ScaleX(115), ScaleY(25));
    KeepBtn.Caption := CustomMessage('KeepBooks');
    KeepBtn.ModalResult := mrCancel;
    KeepBtn.Default := True;
    DeleteBtn := TNewButton.Create(Form);
    DeleteBtn.Parent := Form;
    DeleteBtn.SetBounds(Form.ClientWidth - ScaleX(127), Form.ClientHeight - ScaleY(36), ScaleX(115), ScaleY(25));
    DeleteBtn.Caption := CustomMessage('DeleteBooks');
    DeleteBtn.ModalResult := mrOk;
    Form.ActiveControl := KeepBtn;
    Result := Form.ShowModal = mrOk;
  finally
    Form.Free;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Books, CopyDir: String;
  DoDelete: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Books := ExpandConstant('{commonappdata}\KasBuku');
  if not DirExists(Books) then
    Exit;
  { Silent: the books stay unless /HAPUSBUKU is passed, an administrator's deliberate choice. }
  if UninstallSilent then
    DoDelete := ExpandConstant('{param:HAPUSBUKU|0}') = '1'
  else
    DoDelete := AskDeleteBooks(Books);
  if not DoDelete then
  begin
    Log('Books kept in ' + Books);
    if not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('BooksKept'), [Books]), mbInformation, MB_OK);
    Exit;
  end;
  CopyDir := ExpandConstant('{userdocs}\KasBuku-salinan-') + GetDateTimeString('yyyy-mm-dd-hhnnss', '-', '-');
  if not CopyTree(Books, CopyDir) then
  begin
    Log('Copy of the books to ' + CopyDir + ' failed; books kept in ' + Books);
    SuppressibleMsgBox(FmtMessage(CustomMessage('CopyFailed'), [CopyDir, Books]), mbError, MB_OK, IDOK);
    Exit;
  end;
  DelTree(Books, True, True, True);
  Log('Books copied to ' + CopyDir + ' and deleted from ' + Books);
  SuppressibleMsgBox(FmtMessage(CustomMessage('BooksCopied'), [Books, CopyDir]), mbInformation, MB_OK, IDOK);
end;
