; *** Inno Setup 6.4 — pesan berbahasa Indonesia untuk penginstal KasBuku ***
;
; Ditulis untuk proyek kasbuku (tidak ada Indonesian.isl resmi di kompilator Inno Setup 6.4.1; terjemahan
; "Unofficial" di repositori Inno Setup tidak ikut dalam paket npm). Urutan dan nama kunci mengikuti
; Default.isl 6.4; installer.iss memuat Default.isl dulu lalu berkas ini, jadi pesan yang belum ada di
; sini tetap tampil (dalam bahasa Inggris) alih-alih hilang. Simpan berkas ini sebagai UTF-8 dengan BOM.
; Jangan menambah titik di akhir pesan yang aslinya tanpa titik: Inno Setup menambahkannya sendiri.

[LangOptions]
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0

[Messages]

; *** Judul aplikasi
SetupAppTitle=Instalasi
SetupWindowTitle=Instalasi - %1
UninstallAppTitle=Hapus Program
UninstallAppFullTitle=Hapus %1

; *** Umum
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan

; *** Pesan SetupLdr
SetupLdrStartupMessage=Program ini akan memasang %1. Lanjutkan?
LdrCannotCreateTemp=Tidak dapat membuat berkas sementara. Instalasi dibatalkan
LdrCannotExecTemp=Tidak dapat menjalankan berkas di folder sementara. Instalasi dibatalkan
HelpTextNote=

; *** Kesalahan saat mulai
LastErrorMessage=%1.%n%nKesalahan %2: %3
SetupFileMissing=Berkas %1 tidak ada di folder instalasi. Perbaiki masalah ini atau minta salinan program yang baru.
SetupFileCorrupt=Berkas instalasi rusak. Minta salinan program yang baru.
SetupFileCorruptOrWrongVer=Berkas instalasi rusak atau tidak cocok dengan versi penginstal ini. Perbaiki masalah ini atau minta salinan program yang baru.
InvalidParameter=Parameter yang tidak sah diberikan pada baris perintah:%n%n%1
SetupAlreadyRunning=Instalasi sudah berjalan.
WindowsVersionNotSupported=Program ini tidak mendukung versi Windows yang terpasang di komputer ini.
WindowsServicePackRequired=Program ini memerlukan %1 Service Pack %2 atau yang lebih baru.
NotOnThisPlatform=Program ini tidak dapat berjalan di %1.
OnlyOnThisPlatform=Program ini harus dijalankan di %1.
OnlyOnTheseArchitectures=Program ini hanya dapat dipasang pada Windows untuk arsitektur prosesor berikut:%n%n%1
WinVersionTooLowError=Program ini memerlukan %1 versi %2 atau yang lebih baru.
WinVersionTooHighError=Program ini tidak dapat dipasang pada %1 versi %2 atau yang lebih baru.
AdminPrivilegesRequired=Anda harus masuk sebagai administrator untuk memasang program ini.
PowerUserPrivilegesRequired=Anda harus masuk sebagai administrator atau anggota kelompok Power Users untuk memasang program ini.
SetupAppRunningError=%1 sedang berjalan.%n%nTutup semua jendelanya sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=%1 sedang berjalan.%n%nTutup semua jendelanya sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.

; *** Pertanyaan saat mulai
PrivilegesRequiredOverrideTitle=Pilih Cara Pemasangan
PrivilegesRequiredOverrideInstruction=Pilih cara pemasangan
PrivilegesRequiredOverrideText1=%1 dapat dipasang untuk semua pengguna komputer ini (perlu hak administrator), atau hanya untuk Anda.
PrivilegesRequiredOverrideText2=%1 dapat dipasang hanya untuk Anda, atau untuk semua pengguna komputer ini (perlu hak administrator).
PrivilegesRequiredOverrideAllUsers=Pasang untuk &semua pengguna
PrivilegesRequiredOverrideAllUsersRecommended=Pasang untuk &semua pengguna (disarankan)
PrivilegesRequiredOverrideCurrentUser=Pasang hanya untuk &saya
PrivilegesRequiredOverrideCurrentUserRecommended=Pasang hanya untuk &saya (disarankan)

; *** Kesalahan lain
ErrorCreatingDir=Penginstal tidak dapat membuat folder "%1"
ErrorTooManyFilesInDir=Tidak dapat membuat berkas di folder "%1" karena isinya terlalu banyak

; *** Pesan umum penginstal
ExitSetupTitle=Keluar dari Instalasi
ExitSetupMessage=Instalasi belum selesai. Jika Anda keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan instalasi lagi lain waktu untuk menyelesaikannya.%n%nKeluar dari instalasi?
AboutSetupMenuItem=&Tentang Penginstal...
AboutSetupTitle=Tentang Penginstal
AboutSetupMessage=%1 versi %2%n%3%n%nSitus %1:%n%4
AboutSetupNote=
TranslatorNote=Terjemahan Indonesia: tim kasbuku

; *** Tombol
ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &semua
ButtonNo=&Tidak
ButtonNoToAll=T&idak untuk semua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=T&elusuri...
ButtonNewFolder=&Buat Folder Baru

; *** Dialog "Pilih Bahasa"
SelectLanguageTitle=Pilih Bahasa Instalasi
SelectLanguageLabel=Pilih bahasa yang dipakai selama instalasi.

; *** Teks umum wizard
ClickNext=Klik Lanjut untuk meneruskan, atau Batal untuk keluar dari instalasi.
BeveledLabel=
BrowseDialogTitle=Telusuri Folder
BrowseDialogLabel=Pilih folder dari daftar di bawah, lalu klik OK.
NewFolderName=Folder Baru

; *** Halaman "Selamat Datang"
WelcomeLabel1=Selamat datang di Instalasi [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nSebaiknya tutup semua aplikasi lain sebelum melanjutkan.

; *** Halaman "Kata Sandi"
WizardPassword=Kata Sandi
PasswordLabel1=Instalasi ini dilindungi kata sandi.
PasswordLabel3=Masukkan kata sandi, lalu klik Lanjut. Huruf besar dan kecil dibedakan.
PasswordEditLabel=&Kata sandi:
IncorrectPassword=Kata sandi yang Anda masukkan salah. Coba lagi.

; *** Halaman "Perjanjian Lisensi"
WizardLicense=Perjanjian Lisensi
LicenseLabel=Bacalah informasi penting berikut sebelum melanjutkan.
LicenseLabel3=Bacalah Perjanjian Lisensi berikut. Anda harus menyetujuinya sebelum melanjutkan instalasi.
LicenseAccepted=Saya &setuju dengan perjanjian ini
LicenseNotAccepted=Saya &tidak setuju dengan perjanjian ini

; *** Halaman "Informasi"
WizardInfoBefore=Informasi
InfoBeforeLabel=Bacalah informasi penting berikut sebelum melanjutkan.
InfoBeforeClickLabel=Jika sudah siap melanjutkan instalasi, klik Lanjut.
WizardInfoAfter=Informasi
InfoAfterLabel=Bacalah informasi penting berikut sebelum melanjutkan.
InfoAfterClickLabel=Jika sudah siap melanjutkan instalasi, klik Lanjut.

; *** Halaman "Informasi Pengguna"
WizardUserInfo=Informasi Pengguna
UserInfoDesc=Masukkan informasi Anda.
UserInfoName=&Nama pengguna:
UserInfoOrg=&Organisasi:
UserInfoSerial=Nomor &seri:
UserInfoNameRequired=Nama harus diisi.

; *** Halaman "Pilih Lokasi Tujuan"
WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=Penginstal akan memasang [name] di folder berikut.
SelectDirBrowseLabel=Klik Lanjut untuk meneruskan. Untuk memilih folder lain, klik Telusuri.
DiskSpaceGBLabel=Diperlukan ruang kosong sedikitnya [gb] GB.
DiskSpaceMBLabel=Diperlukan ruang kosong sedikitnya [mb] MB.
CannotInstallToNetworkDrive=Penginstal tidak dapat memasang ke drive jaringan.
CannotInstallToUNCPath=Penginstal tidak dapat memasang ke lokasi UNC.
InvalidPath=Masukkan lokasi lengkap dengan huruf drive, misalnya:%n%nC:\APP%n%natau lokasi UNC dengan bentuk:%n%n\\server\share
InvalidDrive=Drive atau share UNC yang Anda pilih tidak ada atau tidak dapat diakses. Pilih yang lain.
DiskSpaceWarningTitle=Ruang Disk Tidak Cukup
DiskSpaceWarning=Instalasi memerlukan ruang kosong sedikitnya %1 KB, tetapi drive yang dipilih hanya punya %2 KB.%n%nTetap lanjutkan?
DirNameTooLong=Nama folder atau lokasinya terlalu panjang.
InvalidDirName=Nama folder tidak sah.
BadDirName32=Nama folder tidak boleh memuat karakter berikut:%n%n%1
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang ke folder itu?
DirDoesntExistTitle=Folder Belum Ada
DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder itu?

; *** Halaman "Pilih Komponen"
WizardSelectComponents=Pilih Komponen
SelectComponentsDesc=Komponen mana yang akan dipasang?
SelectComponentsLabel2=Centang komponen yang ingin dipasang dan hapus centang yang tidak. Klik Lanjut jika sudah siap.
FullInstallation=Instalasi lengkap
CompactInstallation=Instalasi ringkas
CustomInstallation=Instalasi pilihan
NoUninstallWarningTitle=Komponen Sudah Ada
NoUninstallWarning=Komponen berikut sudah terpasang di komputer Anda:%n%n%1%n%nMenghapus centangnya tidak akan menghapus komponen itu.%n%nTetap lanjutkan
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Pilihan saat ini memerlukan ruang disk sedikitnya [gb] GB.
ComponentsDiskSpaceMBLabel=Pilihan saat ini memerlukan ruang disk sedikitnya [mb] MB.

; *** Halaman "Tugas Tambahan"
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa yang perlu dikerjakan?
SelectTasksLabel2=Pilih tugas tambahan yang perlu dikerjakan penginstal saat memasang [name], lalu klik Lanjut.

; *** Halaman "Folder Menu Start"
WizardSelectProgramGroup=Pilih Folder Menu Start
SelectStartMenuFolderDesc=Di mana pintasan program akan ditaruh?
SelectStartMenuFolderLabel3=Penginstal akan membuat pintasan program di folder Menu Start berikut.
SelectStartMenuFolderBrowseLabel=Klik Lanjut untuk meneruskan. Untuk memilih folder lain, klik Telusuri.
MustEnterGroupName=Nama folder harus diisi.
GroupNameTooLong=Nama folder atau lokasinya terlalu panjang.
InvalidGroupName=Nama folder tidak sah.
BadGroupName=Nama folder tidak boleh memuat karakter berikut:%n%n%1
NoProgramGroupCheck2=&Jangan buat folder di Menu Start

; *** Halaman "Siap Memasang"
WizardReady=Siap Memasang
ReadyLabel1=Penginstal siap memasang [name] di komputer Anda.
ReadyLabel2a=Klik Pasang untuk memulai, atau Kembali untuk memeriksa atau mengubah pilihan.
ReadyLabel2b=Klik Pasang untuk memulai.
ReadyMemoUserInfo=Informasi pengguna:
ReadyMemoDir=Lokasi tujuan:
ReadyMemoType=Jenis instalasi:
ReadyMemoComponents=Komponen terpilih:
ReadyMemoGroup=Folder Menu Start:
ReadyMemoTasks=Tugas tambahan:

; *** Halaman unduhan (tidak dipakai KasBuku)
DownloadingLabel=Mengunduh berkas tambahan...
ButtonStopDownload=&Hentikan unduhan
StopDownload=Yakin ingin menghentikan unduhan?
ErrorDownloadAborted=Unduhan dibatalkan
ErrorDownloadFailed=Unduhan gagal: %1 %2
ErrorDownloadSizeFailed=Gagal mengetahui ukuran: %1 %2
ErrorFileHash1=Gagal menghitung hash berkas: %1
ErrorFileHash2=Hash berkas tidak sah: seharusnya %1, ternyata %2
ErrorProgress=Kemajuan tidak sah: %1 dari %2
ErrorFileSize=Ukuran berkas tidak sah: seharusnya %1, ternyata %2

; *** Halaman ekstraksi (tidak dipakai KasBuku)
ExtractionLabel=Mengekstrak berkas tambahan...
ButtonStopExtraction=&Hentikan ekstraksi
StopExtraction=Yakin ingin menghentikan ekstraksi?
ErrorExtractionAborted=Ekstraksi dibatalkan
ErrorExtractionFailed=Ekstraksi gagal: %1

; *** Halaman "Persiapan Memasang"
WizardPreparing=Persiapan Memasang
PreparingDesc=Penginstal sedang bersiap memasang [name] di komputer Anda.
PreviousInstallNotCompleted=Pemasangan atau penghapusan program sebelumnya belum selesai. Komputer perlu dinyalakan ulang untuk menyelesaikannya.%n%nSetelah komputer dinyalakan ulang, jalankan instalasi lagi untuk memasang [name].
CannotContinue=Instalasi tidak dapat dilanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Aplikasi berikut sedang memakai berkas yang perlu diperbarui. Sebaiknya izinkan penginstal menutup aplikasi ini secara otomatis.
ApplicationsFound2=Aplikasi berikut sedang memakai berkas yang perlu diperbarui. Sebaiknya izinkan penginstal menutup aplikasi ini secara otomatis. Setelah instalasi selesai, penginstal akan mencoba membukanya lagi.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi
ErrorCloseApplications=Penginstal tidak dapat menutup semua aplikasi secara otomatis. Sebaiknya tutup sendiri semua aplikasi yang memakai berkas yang perlu diperbarui sebelum melanjutkan.
PrepareToInstallNeedsRestart=Komputer perlu dinyalakan ulang. Setelah itu, jalankan instalasi lagi untuk menyelesaikan pemasangan [name].%n%nNyalakan ulang sekarang?

; *** Halaman "Memasang"
WizardInstalling=Memasang
InstallingLabel=Tunggu sebentar, penginstal sedang memasang [name] di komputer Anda.

; *** Halaman "Selesai"
FinishedHeadingLabel=Instalasi [name] Selesai
FinishedLabelNoIcons=Penginstal telah selesai memasang [name] di komputer Anda.
FinishedLabel=Penginstal telah selesai memasang [name] di komputer Anda. Program dapat dibuka lewat pintasan yang sudah dibuat.
ClickFinish=Klik Selesai untuk keluar.
FinishedRestartLabel=Untuk menyelesaikan pemasangan [name], komputer perlu dinyalakan ulang. Nyalakan ulang sekarang?
FinishedRestartMessage=Untuk menyelesaikan pemasangan [name], komputer perlu dinyalakan ulang.%n%nNyalakan ulang sekarang?
ShowReadmeCheck=Ya, saya ingin membaca berkas README
YesRadio=&Ya, nyalakan ulang komputer sekarang
NoRadio=&Tidak, saya akan menyalakan ulang nanti
RunEntryExec=Jalankan %1
RunEntryShellExec=Lihat %1

; *** "Perlu Disk Berikutnya"
ChangeDiskTitle=Perlu Disk Berikutnya
SelectDiskLabel2=Masukkan Disk %1 lalu klik OK.%n%nJika berkas di disk ini ada di folder lain, masukkan lokasi yang benar atau klik Telusuri.
PathLabel=&Lokasi:
FileNotInDir2=Berkas "%1" tidak ditemukan di "%2". Masukkan disk yang benar atau pilih folder lain.
SelectDirectoryLabel=Tentukan lokasi disk berikutnya.

; *** Tahap pemasangan
SetupAborted=Instalasi belum selesai.%n%nPerbaiki masalahnya lalu jalankan instalasi lagi.
AbortRetryIgnoreSelectAction=Pilih tindakan
AbortRetryIgnoreRetry=&Coba lagi
AbortRetryIgnoreIgnore=&Abaikan kesalahan dan lanjutkan
AbortRetryIgnoreCancel=Batalkan instalasi

; *** Status pemasangan
StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Mengekstrak berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateIniEntries=Membuat entri INI...
StatusCreateRegistryEntries=Membuat entri registry...
StatusRegisterFiles=Mendaftarkan berkas...
StatusSavingUninstall=Menyimpan informasi penghapusan...
StatusRunProgram=Menyelesaikan instalasi...
StatusRestartingApplications=Membuka kembali aplikasi...
StatusRollback=Membatalkan perubahan...

; *** Kesalahan lain
ErrorInternal2=Kesalahan internal: %1
ErrorFunctionFailedNoCode=%1 gagal
ErrorFunctionFailed=%1 gagal; kode %2
ErrorFunctionFailedWithMessage=%1 gagal; kode %2.%n%3
ErrorExecutingProgram=Tidak dapat menjalankan berkas:%n%1

; *** Kesalahan registry
ErrorRegOpenKey=Kesalahan saat membuka kunci registry:%n%1\%2
ErrorRegCreateKey=Kesalahan saat membuat kunci registry:%n%1\%2
ErrorRegWriteKey=Kesalahan saat menulis kunci registry:%n%1\%2

; *** Kesalahan INI
ErrorIniEntry=Kesalahan saat membuat entri INI di berkas "%1".

; *** Kesalahan menyalin berkas
FileAbortRetryIgnoreSkipNotRecommended=&Lewati berkas ini (tidak disarankan)
FileAbortRetryIgnoreIgnoreNotRecommended=&Abaikan kesalahan dan lanjutkan (tidak disarankan)
SourceIsCorrupted=Berkas sumber rusak
SourceDoesntExist=Berkas sumber "%1" tidak ada
ExistingFileReadOnly2=Berkas yang ada tidak dapat diganti karena bersifat hanya-baca.
ExistingFileReadOnlyRetry=&Hapus sifat hanya-baca lalu coba lagi
ExistingFileReadOnlyKeepExisting=&Biarkan berkas yang ada
ErrorReadingExistingDest=Terjadi kesalahan saat membaca berkas yang ada:
FileExistsSelectAction=Pilih tindakan
FileExists2=Berkas ini sudah ada.
FileExistsOverwriteExisting=&Timpa berkas yang ada
FileExistsKeepExisting=&Biarkan berkas yang ada
FileExistsOverwriteOrKeepAll=&Lakukan hal yang sama untuk berkas berikutnya
ExistingFileNewerSelectAction=Pilih tindakan
ExistingFileNewer2=Berkas yang ada lebih baru daripada yang akan dipasang.
ExistingFileNewerOverwriteExisting=&Timpa berkas yang ada
ExistingFileNewerKeepExisting=&Biarkan berkas yang ada (disarankan)
ExistingFileNewerOverwriteOrKeepAll=&Lakukan hal yang sama untuk berkas berikutnya
ErrorChangingAttr=Terjadi kesalahan saat mengubah atribut berkas yang ada:
ErrorCreatingTemp=Terjadi kesalahan saat membuat berkas di folder tujuan:
ErrorReadingSource=Terjadi kesalahan saat membaca berkas sumber:
ErrorCopying=Terjadi kesalahan saat menyalin berkas:
ErrorReplacingExistingFile=Terjadi kesalahan saat mengganti berkas yang ada:
ErrorRestartReplace=RestartReplace gagal:
ErrorRenamingTemp=Terjadi kesalahan saat mengganti nama berkas di folder tujuan:
ErrorRegisterServer=Tidak dapat mendaftarkan DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 gagal dengan kode keluar %1
ErrorRegisterTypeLib=Tidak dapat mendaftarkan type library: %1

; *** Penanda nama di daftar program
UninstallDisplayNameMark=%1 (%2)
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=Semua pengguna
UninstallDisplayNameMarkCurrentUser=Pengguna ini

; *** Kesalahan setelah pemasangan
ErrorOpeningReadme=Terjadi kesalahan saat membuka berkas README.
ErrorRestartingComputer=Penginstal tidak dapat menyalakan ulang komputer. Lakukan sendiri.

; *** Pesan penghapus program
UninstallNotFound=Berkas "%1" tidak ada. Program tidak dapat dihapus.
UninstallOpenError=Berkas "%1" tidak dapat dibuka. Program tidak dapat dihapus
UninstallUnsupportedVer=Berkas catatan penghapusan "%1" memakai format yang tidak dikenali penghapus versi ini. Program tidak dapat dihapus
UninstallUnknownEntry=Ditemukan entri yang tidak dikenal (%1) di catatan penghapusan
ConfirmUninstall=Yakin ingin menghapus %1 dari komputer ini?
UninstallOnlyOnWin64=Program ini hanya dapat dihapus di Windows 64-bit.
OnlyAdminCanUninstall=Program ini hanya dapat dihapus oleh pengguna dengan hak administrator.
UninstallStatusLabel=Tunggu sebentar, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 telah dihapus dari komputer Anda.
UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak dapat dihapus dan dapat Anda hapus sendiri.
UninstalledAndNeedsRestart=Untuk menyelesaikan penghapusan %1, komputer perlu dinyalakan ulang.%n%nNyalakan ulang sekarang?
UninstallDataCorrupted=Berkas "%1" rusak. Program tidak dapat dihapus

; *** Tahap penghapusan
ConfirmDeleteSharedFileTitle=Hapus Berkas Bersama?
ConfirmDeleteSharedFile2=Menurut sistem, berkas bersama berikut tidak lagi dipakai program mana pun. Hapus berkas ini?%n%nJika masih ada program yang memakainya, program itu mungkin tidak berjalan dengan benar. Jika ragu, pilih Tidak: membiarkan berkas ini tidak merugikan.
SharedFileNameLabel=Nama berkas:
SharedFileLocationLabel=Lokasi:
WizardUninstalling=Status Penghapusan
StatusUninstalling=Menghapus %1...

; *** Alasan penundaan mematikan komputer
ShutdownBlockReasonInstallingApp=Memasang %1.
ShutdownBlockReasonUninstallingApp=Menghapus %1.

[CustomMessages]

NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
CreateQuickLaunchIcon=Buat pintasan &Quick Launch
ProgramOnTheWeb=%1 di Internet
UninstallProgram=Hapus %1
LaunchProgram=Buka %1
AssocFileExtension=&Kaitkan %1 dengan ekstensi berkas %2
AssocingFileExtension=Mengaitkan %1 dengan ekstensi berkas %2...
AutoStartProgramGroupDescription=Mulai otomatis:
AutoStartProgram=Buka %1 secara otomatis
AddonHostProgramNotFound=%1 tidak ditemukan di folder yang Anda pilih.%n%nTetap lanjutkan?
