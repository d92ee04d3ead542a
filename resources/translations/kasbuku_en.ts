<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
  <context>
    <name>ui</name>
    <message>
      <location filename="../../ui/loan_form.py" line="118" />
      <source>  — belum dapat meminjam</source>
      <translation>  — cannot borrow now</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="65" />
      <source> % per bulan</source>
      <translation> % per month</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="125" />
      <source> (dibalik)</source>
      <translation> (reversed)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="102" />
      <source> bulan</source>
      <translation> months</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="59" />
      <source> kali angsuran</source>
      <translation> instalments</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="110" />
      <source>&amp;Buku</source>
      <translation>&amp;Book</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="49" />
      <source>1. Kelompok</source>
      <translation>1. Group</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="58" />
      <source>12 bulan terakhir (akhir bulan)</source>
      <translation>Last 12 months (month end)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="62" />
      <source>2. Alamat</source>
      <translation>2. Address</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="70" />
      <source>3. Pengurus</source>
      <translation>3. Officers</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="38" />
      <source>4 sampai 8 angka</source>
      <translation>4 to 8 digits</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="79" />
      <source>4. Aturan kelompok (boleh dibiarkan seperti ini)</source>
      <translation>4. Group rules (fine to leave as they are)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="119" />
      <source>5. PIN kelompok</source>
      <translation>5. Group PIN</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="259" />
      <source>Ada isian yang belum disimpan</source>
      <translation>There is unsaved input</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="151" />
      <source>Ada jumlah rupiah yang tidak terbaca.</source>
      <translation>An amount in rupiah could not be read.</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="65" />
      <source>Anggota</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="167" />
      <source>Anggota kelompok</source>
      <translation>Group members</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="133" />
      <source>Anggota keluar</source>
      <translation>Member leaves</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="169" />
      <source>Anggota menolak giliran</source>
      <translation>Member declines her turn</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="71" />
      <source>Anggota menolak giliran…</source>
      <translation>Member declines her turn…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="217" />
      <source>Anggota {0} didaftarkan</source>
      <translation>Member {0} registered</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="174" />
      <source>Anggota:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="98" />
      <source>Angsuran</source>
      <translation>Instalment</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="55" />
      <source>Angsuran yang belum dibayar sampai tutup buku ditanggung bersama (tanggung renteng). Tagih bagian ini di pertemuan:</source>
      <translation>Instalments still unpaid at the close are covered jointly (tanggung renteng). Collect these shares at the meeting:</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="34" />
      <source>Angsuran {0}</source>
      <translation>Instalment {0}</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="134" />
      <source>Atur ulang PIN kelompok…</source>
      <translation>Reset group PIN…</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="111" />
      <source>Aturan giliran tidak dipakai kelompok ini.</source>
      <translation>This group does not use the rotation rule.</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="160" />
      <source>Bahasa tampilan; berlaku saat kasbuku dibuka lagi</source>
      <translation>Display language; applies when kasbuku is opened again</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="71" />
      <source>Baru:</source>
      <translation>New:</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="52" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="117" />
      <source>Batalkan transaksi</source>
      <translation>Reverse entry</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="71" />
      <source>Batalkan transaksi…</source>
      <translation>Reverse entry…</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="117" />
      <source>Batalkan {0} {1} tanggal {2}? Tulis alasannya:</source>
      <translation>Reverse {0} {1} of {2}? Write the reason:</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="68" />
      <source>Batas</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="71" />
      <source>Batas waktu:</source>
      <translation>Due by:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="30" />
      <source>Bayar angsuran</source>
      <translation>Instalment paid</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="64" />
      <source>Bayar angsuran…</source>
      <translation>Pay instalment…</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="30" />
      <source>Bayar wajib</source>
      <translation>Wajib paid</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="51" />
      <source>Belum ada data</source>
      <translation>No data yet</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="115" />
      <source>Belum ada kelompok di buku ini. Buat kelompok baru, atau buka buku demo untuk mencoba.</source>
      <translation>No groups in this book yet. Create a new group, or open the demo book to try it out.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="241" />
      <source>Belum ada pembayaran yang diisi</source>
      <translation>No payments typed yet</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="116" />
      <source>Belum diisi: {0}</source>
      <translation>Not filled in: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="35" />
      <source>Bendahara</source>
      <translation>Treasurer</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="55" />
      <source>Besar pinjaman:</source>
      <translation>Loan amount:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="111" />
      <source>Bila seorang anggota tidak membayar angsuran sampai tutup buku, anggota lain menanggungnya bersama dengan bagian yang sama, lalu ia membayar kembali.</source>
      <translation>If a member has not paid her instalment by the month close, the other members cover it in equal shares, and she pays them back.</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="190" />
      <source>Buat kata sandi pendamping (paling sedikit 6 karakter)</source>
      <translation>Create the facilitator password (at least 6 characters)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="43" />
      <source>Buat kelompok baru</source>
      <translation>Create a new group</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="122" />
      <source>Buat kelompok baru…</source>
      <translation>New group…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="119" />
      <source>Buka</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="124" />
      <source>Buka buku demo</source>
      <translation>Open the demo book</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="191" />
      <source>Buka kembali {0}</source>
      <translation>Reopen {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="174" />
      <source>Buka kembali {0}…</source>
      <translation>Reopen {0}…</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="174" />
      <source>Buka kembali…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="210" />
      <source>Buku demo dibuka: PIN setiap kelompok {0}, kata sandi pendamping "{1}"</source>
      <translation>Demo book open: every group PIN is {0}, facilitator password "{1}"</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="59" />
      <source>Buku kas</source>
      <translation>Cash book</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="18" />
      <source>Buku simpanan dan pinjaman anggota</source>
      <translation>Members' savings and loans</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="163" />
      <source>Bulan</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="52" />
      <source>Bulan ini belum dapat ditutup: {0}</source>
      <translation>This month cannot be closed yet: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="85" />
      <source>Bulan terakhir ditutup: {0}</source>
      <translation>Last closed month: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="162" />
      <source>Bulan yang sudah ditutup</source>
      <translation>Closed months</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="74" />
      <source>Bulan {0} belum berakhir. Sesudah ditutup hari ini, pembayaran tanggal {1} sampai {2} tidak dapat dicatat lagi, dan angsuran yang jatuh tempo sesudah hari ini tidak ikut ditanggung renteng. Sebaiknya tutup sesudah pertemuan terakhir bulan ini.</source>
      <translation>{0} is not over yet. Once closed today, payments dated {1} to {2} can no longer be recorded, and instalments falling due after today are not covered jointly. Better close after the last meeting of the month.</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="195" />
      <source>Bulan {0} dibuka kembali</source>
      <translation>{0} reopened</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="109" />
      <source>Bulan {0} ditutup</source>
      <translation>{0} closed</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="48" />
      <source>Bulan:</source>
      <translation>Month:</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="241" />
      <source>Cadangan ditulis dan diperiksa: {0}</source>
      <translation>Backup written and checked: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="105" />
      <source>Cadangan otomatis gagal: {0}</source>
      <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="233" />
      <source>Cadangkan buku</source>
      <translation>Back up the book</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="111" />
      <source>Cadangkan buku ke berkas…</source>
      <translation>Back up the book to a file…</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="88" />
      <source>Cairkan pinjaman</source>
      <translation>Disburse loan</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="57" />
      <source>Cara</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="98" />
      <source>Cara hitung jasa:</source>
      <translation>Interest method:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="149" />
      <source>Catat keluar</source>
      <translation>Record leaving</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="69" />
      <source>Cetak bulan ini untuk semua kelompok…</source>
      <translation>Print this month for all groups…</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="130" />
      <source>Cetak dari penampil PDF yang terbuka.</source>
      <translation>Print from the PDF viewer that opened.</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="52" />
      <source>Cetak…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="159" />
      <source>Daftar anggota</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="22" />
      <source>Daftar setoran pertemuan</source>
      <translation>Meeting payment sheet</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="202" />
      <source>Daftarkan anggota</source>
      <translation>Register member</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="174" />
      <source>Daftarkan anggota…</source>
      <translation>Register member…</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="88" />
      <source>Dalam satu putaran, pinjaman dana bergulir hanya untuk anggota yang belum mendapat giliran. Putaran berikutnya mulai setelah semua anggota mendapat giliran atau menolak.</source>
      <translation>In a round, a revolving-fund loan only goes to a member who has not had her turn. The next round starts once every member has had her turn or declined.</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="71" />
      <source>Dana</source>
      <translation>Fund</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="60" />
      <source>Dana bergulir</source>
      <translation>Revolving fund</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="43" />
      <source>Dana bergulir (kas {0})</source>
      <translation>Revolving fund (cash {0})</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="113" />
      <source>Dana bergulir bergiliran: setiap anggota mendapat giliran sekali per putaran</source>
      <translation>Revolving fund in turns: every member gets one turn per round</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="139" />
      <source>Dana bergulir {0} diterima</source>
      <translation>Revolving fund {0} received</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="44" />
      <source>Dana kelompok (kas {0})</source>
      <translation>Group's own money (cash {0})</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="248" />
      <source>Data anggota {0} diubah</source>
      <translation>Member {0} updated</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="82" />
      <source>Denda</source>
      <translation>Penalty</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="105" />
      <source>Denda per angsuran terlambat:</source>
      <translation>Penalty per late instalment:</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="82" />
      <source>Dibayar</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="83" />
      <source>Dibayar sekali saat masuk; dikembalikan saat anggota keluar.</source>
      <translation>Paid once on joining; returned when the member leaves.</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="86" />
      <source>Dibayar setiap bulan; bulan yang belum dibayar menjadi tunggakan wajib.</source>
      <translation>Paid every month; an unpaid month becomes wajib arrears.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="144" />
      <source>Dibayarkan kepada anggota:</source>
      <translation>Paid out to the member:</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="80" />
      <source>Dihapusbukukan</source>
      <translation>Written off</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="140" />
      <source>Dikurangi pelunasan pinjaman</source>
      <translation>Less loan payoff</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="141" />
      <source>Dikurangi utang tanggung renteng</source>
      <translation>Less joint-liability debt</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="81" />
      <source>Dipinjam anggota</source>
      <translation>Lent to members</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="159" />
      <source>Disimpan: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="79" />
      <source>Diterima</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="144" />
      <source>Diterima anggota: {0} (biaya administrasi {1}). Angsuran pertama {2}; jumlah jasa {3}.</source>
      <translation>Member receives {0} (admin fee {1}). First instalment {2}; total interest {3}.</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="94" />
      <source>Dokumen</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="86" />
      <source>Ganti kelompok</source>
      <translation>Switch group</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="148" />
      <source>Ganti tanggal</source>
      <translation>Change date</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="92" />
      <source>Giliran</source>
      <translation>Turn</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="149" />
      <source>Gulirkan dana</source>
      <translation>Pass the fund on</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="70" />
      <source>Gulirkan…</source>
      <translation>Pass on…</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="72" />
      <source>Hari tunggak</source>
      <translation>Days late</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="37" />
      <source>Harus dibayar sekarang:</source>
      <translation>Due now:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="72" />
      <source>Isi sesuai tagihan</source>
      <translation>Fill as billed</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="260" />
      <source>Isian di layar {0} belum disimpan. Tinggalkan tanpa menyimpan?</source>
      <translation>Input on {0} is not saved. Leave without saving?</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="149" />
      <source>Isian pertemuan belum disimpan. Ganti tanggal dan kosongkan isian?</source>
      <translation>Meeting input is not saved. Change the date and clear it?</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="168" />
      <source>Jabatan</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="59" />
      <source>Jabatan:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="95" />
      <source>Jadwal angsuran</source>
      <translation>Instalment schedule</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="96" />
      <source>Jadwal ini tetap sejak pencairan. Angsuran jatuh tempo pada tanggal yang sama setiap bulan.</source>
      <translation>The schedule is fixed at disbursement. Instalments fall due on the same day every month.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="98" />
      <source>Jasa</source>
      <translation>Interest</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="93" />
      <source>Jasa pinjaman per bulan:</source>
      <translation>Loan interest per month:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="67" />
      <source>Jasa:</source>
      <translation>Interest:</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="65" />
      <source>Jatuh tempo</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="93" />
      <source>Jatuh tempo bulan ini ({0})</source>
      <translation>Due this month ({0})</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="37" />
      <source>Jenis laporan tidak dikenal: {0}</source>
      <translation>Unknown statement kind: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="73" />
      <source>Jenis usaha:</source>
      <translation>Business:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="57" />
      <source>Jenis:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="57" />
      <source>Jumlah</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="58" />
      <source>Jumlah dibayar</source>
      <translation>Total paid</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="40" />
      <source>Jumlah dibayar:</source>
      <translation>Amount paid:</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="42" />
      <source>Jumlah:</source>
      <translation>Amount:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="30" />
      <source>KUBE Fakir Miskin — 5 sampai 10 kepala keluarga (aturan KUBE-FM)</source>
      <translation>KUBE Fakir Miskin — 5 to 10 households (KUBE-FM rule)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="67" />
      <source>Kabupaten/kota:</source>
      <translation>Regency/city:</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="20" />
      <source>Kartu angsuran pinjaman</source>
      <translation>Loan card</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="15" />
      <source>Kas</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="80" />
      <source>Kas dana bergulir</source>
      <translation>Revolving fund cash</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="104" />
      <source>KasBuku — buku kas kelompok</source>
      <translation>KasBuku — the group's cash book</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="34" />
      <source>Kata sandi pendamping</source>
      <translation>Facilitator password</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="168" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="55" />
      <source>Kategori:</source>
      <translation>Category:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="98" />
      <source>Ke</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="83" />
      <source>Keadaan</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="82" />
      <source>Kebutuhan:</source>
      <translation>Needs:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="66" />
      <source>Kecamatan:</source>
      <translation>District:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="153" />
      <source>Kedua PIN tidak sama.</source>
      <translation>The two PINs differ.</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="83" />
      <source>Kedua isian tidak sama</source>
      <translation>The two entries differ</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="31" />
      <source>Kelompok Konstituen</source>
      <translation>Constituent group</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="29" />
      <source>Kelompok Usaha Bersama (KUBE) — usaha bersama keluarga miskin</source>
      <translation>Joint business group (KUBE) — of poor households</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="32" />
      <source>Kelompok Usaha Simpan Pinjam (KUsiAPP)</source>
      <translation>Savings and loan group (KUsiAPP)</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="88" />
      <source>Kelompok diblokir: ada tunggakan yang tidak tertanggung renteng.</source>
      <translation>Group blocked: arrears that no one could cover.</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="33" />
      <source>Kelompok lainnya</source>
      <translation>Other group</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="173" />
      <source>Kelompok {0} dibuat</source>
      <translation>Group {0} created</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="78" />
      <source>Keluar</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="175" />
      <source>Keluar dari kelompok…</source>
      <translation>Leave the group…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="155" />
      <source>Keluar dari mode pendamping</source>
      <translation>Leave facilitator mode</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="65" />
      <source>Kelurahan/desa:</source>
      <translation>Village:</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="202" />
      <source>Kesalahan tak terduga</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="78" />
      <source>Keterangan</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="48" />
      <source>Keterangan:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="136" />
      <source>Ketik besar pinjaman untuk melihat jadwalnya.</source>
      <translation>Type the loan amount to see its schedule.</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="35" />
      <source>Ketua</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="71" />
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="50" />
      <source>Kode anggota:</source>
      <translation>Member code:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="95" />
      <source>Kode dan nama wajib diisi.</source>
      <translation>Code and name are required.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="76" />
      <source>Kode pinjaman:</source>
      <translation>Loan code:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="54" />
      <source>Kolom abu-abu adalah tagihan. Ketik yang dibayar setiap anggota di kolom putih (Tab/Enter untuk pindah). Angsuran membayar utang tanggung renteng dulu, lalu pinjaman.</source>
      <translation>Grey columns are what is billed. Type what each member paid in the white columns (Tab/Enter to move). An instalment pays joint-liability debt first, then the loan.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="75" />
      <source>Kosongkan</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="106" />
      <source>Kosongkan bila kelompok tidak memakai denda.</source>
      <translation>Leave empty if the group has no penalty.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="64" />
      <source>Kosongkan bila simpanan pokok dibayar nanti.</source>
      <translation>Leave empty if the pokok is paid later.</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="52" />
      <source>Kunjungan baru</source>
      <translation>New visit</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="119" />
      <source>Kunjungan dicatat</source>
      <translation>Visit recorded</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="80" />
      <source>Kunjungan dicatat oleh pendamping.</source>
      <translation>Visits are recorded by the facilitator.</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="40" />
      <source>Kunjungan pendamping</source>
      <translation>Facilitator visits</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="103" />
      <source>Lama pinjaman biasa:</source>
      <translation>Usual loan term:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="60" />
      <source>Lama:</source>
      <translation>Term:</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="33" />
      <source>Laporan</source>
      <translation>Statements</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="17" />
      <source>Laporan bulanan kelompok</source>
      <translation>Monthly group statement</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="21" />
      <source>Laporan dana bergulir</source>
      <translation>Revolving fund statement</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="45" />
      <source>Laporan:</source>
      <translation>Statement:</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="65" />
      <source>Lunasi…</source>
      <translation>Pay off…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="77" />
      <source>Masalah usaha:</source>
      <translation>Business problems:</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="81" />
      <source>Masih harus digulirkan</source>
      <translation>Still to pass on</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="78" />
      <source>Masuk</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="156" />
      <source>Masuk sebagai pendamping…</source>
      <translation>Sign in as facilitator…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="154" />
      <source>Masuk sebagai: bendahara</source>
      <translation>Signed in as: treasurer</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="153" />
      <source>Masuk sebagai: pendamping (semua kelompok terbuka)</source>
      <translation>Signed in as: facilitator (all groups open)</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="159" />
      <source>Membuka kembali bulan yang sudah ditutup hanya dapat dilakukan pendamping, dengan alasan yang dicatat.</source>
      <translation>Only the facilitator can reopen a closed month, with a recorded reason.</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="57" />
      <source>Menanggung untuk</source>
      <translation>Covers for</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="192" />
      <source>Mengapa bulan {0} perlu dibuka kembali?</source>
      <translation>Why must {0} be reopened?</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="184" />
      <source>Menyiapkan buku demo…</source>
      <translation>Preparing the demo book…</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="97" />
      <source>Menyiapkan laporan…</source>
      <translation>Preparing the statement…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="168" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="149" />
      <source>Nama kelompok belum diisi.</source>
      <translation>The group name is missing.</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="53" />
      <source>Nama kelompok:</source>
      <translation>Group name:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="52" />
      <source>Nama:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="45" />
      <source>Nomor dokumen:</source>
      <translation>Document number:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="75" />
      <source>Omzet per bulan:</source>
      <translation>Monthly turnover:</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="46" />
      <source>PAR30 (risiko)</source>
      <translation>PAR30 (risk)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="126" />
      <source>PIN (4–8 angka):</source>
      <translation>PIN (4–8 digits):</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="211" />
      <source>PIN baru untuk {0} (4 sampai 8 angka)</source>
      <translation>New PIN for {0} (4 to 8 digits)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="121" />
      <source>PIN dipakai bendahara untuk membuka kelompok ini di laptop bersama. Simpan baik-baik; pendamping dapat mengatur ulang bila lupa.</source>
      <translation>The treasurer uses the PIN to open this group on the shared laptop. Keep it safe; the facilitator can reset it if forgotten.</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="34" />
      <source>PIN kelompok {0}</source>
      <translation>PIN of group {0}</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="38" />
      <source>Pelunasan (semua):</source>
      <translation>Payoff (everything):</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="34" />
      <source>Pelunasan {0}</source>
      <translation>Pay off {0}</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="98" />
      <source>Pemasukan kas kelompok</source>
      <translation>Income to the group's cash</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="70" />
      <source>Pemasukan…</source>
      <translation>Income…</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="23" />
      <source>Pembagian SHU</source>
      <translation>SHU distribution</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="85" />
      <source>Pembayaran</source>
      <translation>Payments</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="144" />
      <source>Pembayaran {0} untuk {1} disimpan</source>
      <translation>Payment of {0} for {1} saved</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="57" />
      <source>Penanggung</source>
      <translation>Coverer</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="41" />
      <source>Pendamping</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="56" />
      <source>Pendamping:</source>
      <translation>Facilitator:</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="32" />
      <source>Pendampingan</source>
      <translation>Facilitation</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="149" />
      <source>Penerima (kelompok atau nama):</source>
      <translation>Recipient (group or name):</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="104" />
      <source>Pengeluaran kas kelompok</source>
      <translation>Cost paid from the group's cash</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="70" />
      <source>Pengeluaran…</source>
      <translation>Cost…</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="72" />
      <source>Pengurus dicatat sebagai anggota pertama (A01, A02, A03). Anggota lain didaftarkan nanti di layar Anggota.</source>
      <translation>Officers are recorded as the first members (A01, A02, A03). Register the other members later on the Members screen.</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="182" />
      <source>Penolakan giliran dicatat</source>
      <translation>Declined turn recorded</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="37" />
      <source>Pertemuan</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="278" />
      <source>Pertemuan belum disimpan</source>
      <translation>Meeting not saved</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="47" />
      <source>Pertemuan bulanan</source>
      <translation>Monthly meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="253" />
      <source>Pertemuan {0} disimpan: {1} transaksi</source>
      <translation>Meeting of {0} saved: {1} entries</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="170" />
      <source>Pilih folder untuk semua laporan</source>
      <translation>Choose a folder for all statements</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="106" />
      <source>Pilih kelompok Anda, lalu tekan Enter atau "Buka" dan masukkan PIN kelompok.</source>
      <translation>Choose your group, press Enter or "Open", and type the group PIN.</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="65" />
      <source>Pinjaman</source>
      <translation>Loans</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="36" />
      <source>Pinjaman baru</source>
      <translation>New loan</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="64" />
      <source>Pinjaman baru…</source>
      <translation>New loan…</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="16" />
      <source>Pinjaman beredar</source>
      <translation>Loans outstanding</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="132" />
      <source>Pinjaman {0} dicairkan</source>
      <translation>Loan {0} disbursed</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="113" />
      <source>Pinjaman {0}; paling banyak {1}</source>
      <translation>Loan {0}; at most {1}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="98" />
      <source>Pokok</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="50" />
      <source>Pratinjau</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="107" />
      <source>Pratinjau dibuka di penampil PDF komputer ini.</source>
      <translation>The preview opened in this computer's PDF viewer.</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="92" />
      <source>Putaran</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="110" />
      <source>Putaran {0} — menunggu giliran: {1}</source>
      <translation>Round {0} — waiting for a turn: {1}</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="38" />
      <source>Ringkasan</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="79" />
      <source>Saldo</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="73" />
      <source>Salin tagihan wajib dan angsuran ke kolom bayar (Ctrl+D)</source>
      <translation>Copy billed wajib and instalments to the paid columns (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="35" />
      <source>Sekretaris</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="70" />
      <source>Sektor usaha:</source>
      <translation>Business sector:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="65" />
      <source>Semua angsuran yang jatuh tempo sudah dibayar: tidak ada tanggung renteng bulan ini.</source>
      <translation>Every instalment due is paid: no joint liability this month.</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="78" />
      <source>Sesudah ditutup, transaksi bertanggal di bulan ini tidak dapat dicatat lagi; hanya pendamping yang dapat membukanya kembali.</source>
      <translation>Once closed, nothing dated in this month can be recorded; only the facilitator can reopen it.</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="44" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="77" />
      <source>Simpan (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="152" />
      <source>Simpan PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="54" />
      <source>Simpan PDF…</source>
      <translation>Save PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="291" />
      <source>Simpan dulu isian pertemuan sebelum menutup bulan.</source>
      <translation>Save the meeting input before closing the month.</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="140" />
      <source>Simpan kelompok</source>
      <translation>Save group</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="76" />
      <source>Simpan kunjungan</source>
      <translation>Save visit</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="15" />
      <source>Simpanan anggota</source>
      <translation>Members' savings</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="138" />
      <source>Simpanan pokok</source>
      <translation>Pokok savings</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="63" />
      <source>Simpanan pokok dibayar sekarang:</source>
      <translation>Pokok paid now:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="82" />
      <source>Simpanan pokok:</source>
      <translation>Pokok savings:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="139" />
      <source>Simpanan sukarela</source>
      <translation>Sukarela savings</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="138" />
      <source>Simpanan wajib</source>
      <translation>Wajib savings</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="85" />
      <source>Simpanan wajib per bulan:</source>
      <translation>Wajib savings per month:</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="65" />
      <source>Sisa</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="71" />
      <source>Sisa pokok</source>
      <translation>Principal left</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="72" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="79" />
      <source>Sudah digulirkan</source>
      <translation>Passed on</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="135" />
      <source>Sudah tercatat di buku untuk tanggal ini: {0} dari {1} anggota</source>
      <translation>Already in the book for this date: {0} from {1} members</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="30" />
      <source>Sukarela</source>
      <translation>Sukarela</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="130" />
      <source>Sumber (Kemensos, Dinsos, Baznas…):</source>
      <translation>Source (Kemensos, Dinsos, Baznas…):</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="53" />
      <source>Sumber dana:</source>
      <translation>Fund:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="29" />
      <source>Tagihan angsuran</source>
      <translation>Instalment billed</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="29" />
      <source>Tagihan wajib</source>
      <translation>Wajib billed</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="46" />
      <source>Tandai selesai</source>
      <translation>Mark done</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="78" />
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="61" />
      <source>Tanggal masuk:</source>
      <translation>Joined on:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="59" />
      <source>Tanggal mulai dicatat:</source>
      <translation>Book starts on:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="74" />
      <source>Tanggal pencairan:</source>
      <translation>Disbursed on:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="49" />
      <source>Tanggal pertemuan:</source>
      <translation>Meeting date:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="163" />
      <source>Tanggal tutup</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="50" />
      <source>Tanggal:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="163" />
      <source>Tanggung renteng</source>
      <translation>Joint liability</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="110" />
      <source>Tanggung renteng:</source>
      <translation>Joint liability:</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="41" />
      <source>Temuan</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="67" />
      <source>Temuan:</source>
      <translation>Findings:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="171" />
      <source>Terakhir ditutup: {0} · berikutnya: {1}</source>
      <translation>Last closed: {0} · next: {1}</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="130" />
      <source>Terima dana bergulir</source>
      <translation>Receive revolving fund</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="70" />
      <source>Terima dana…</source>
      <translation>Receive grant…</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="203" />
      <source>Terjadi kesalahan: {0}. Tidak ada yang disimpan.</source>
      <translation>An error occurred: {0}. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="69" />
      <source>Tidak ada penanggung untuk: {0}. Kelompok akan diblokir (tidak ada pencairan baru) sampai tunggakan itu lunas.</source>
      <translation>No one can cover: {0}. The group will be blocked (no new loans) until those arrears are paid.</translation>
    </message>
    <message>
      <location filename="../../ui/page.py" line="80" />
      <source>Tidak ada yang disimpan, karena:</source>
      <translation>Nothing was saved, because:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="279" />
      <source>Tidak ada yang disimpan. Perbaiki baris berikut, lalu Simpan lagi:</source>
      <translation>Nothing was saved. Correct these lines, then Save again:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="148" />
      <source>Tidak dapat dicairkan: {0}</source>
      <translation>Cannot be disbursed: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="200" />
      <source>Tidak dapat disimpan</source>
      <translation>Cannot be saved</translation>
    </message>
    <message>
      <location filename="../../ui/page.py" line="80" />
      <source>Tidak disimpan</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="163" />
      <source>Tidak tertanggung</source>
      <translation>Not covered</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="68" />
      <source>Tindak lanjut</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="125" />
      <source>Tindak lanjut ditandai selesai</source>
      <translation>Follow-up marked done</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="67" />
      <source>Tindak lanjut pendampingan</source>
      <translation>Facilitator follow-ups</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="43" />
      <source>Tindak lanjut yang belum selesai</source>
      <translation>Open follow-ups</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="69" />
      <source>Tindak lanjut:</source>
      <translation>Follow-up:</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="78" />
      <source>Transaksi</source>
      <translation>Entry</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="121" />
      <source>Transaksi dibatalkan (pembalikan dicatat)</source>
      <translation>Entry reversed (reversal recorded)</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="114" />
      <source>Transaksi ini tidak dapat dibatalkan di sini (sudah dibalik, atau dicatat tanpa nomor transaksi)</source>
      <translation>This entry cannot be reversed here (already reversed, or recorded without an entry id)</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="76" />
      <source>Transaksi tidak pernah dihapus. Untuk membetulkan, pilih barisnya lalu "Batalkan transaksi": kasbuku mencatat pembalikan dengan alasannya.</source>
      <translation>Entries are never deleted. To correct one, select it and press "Reverse entry": kasbuku records a reversal with its reason.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="184" />
      <source>Tulis jumlah rupiah, misalnya 10.000</source>
      <translation>Write an amount in rupiah, e.g. 10.000</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="29" />
      <source>Tunggakan</source>
      <translation>Arrears</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="46" />
      <source>Tunggakan angsuran</source>
      <translation>Instalment arrears</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="169" />
      <source>Tunggakan wajib</source>
      <translation>Wajib arrears</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="80" />
      <source>Tutup Bulan…</source>
      <translation>Close month…</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="141" />
      <source>Tutup buku</source>
      <translation>Month close</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="39" />
      <source>Tutup buku {0}</source>
      <translation>Close {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="42" />
      <source>Tutup buku {0} (tanggal {1})</source>
      <translation>Close {0} (dated {1})</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="50" />
      <source>Tutup bulan {0}</source>
      <translation>Close {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="173" />
      <source>Tutup bulan {0}…</source>
      <translation>Close {0}…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="167" />
      <source>Tutup dan buka lagi kasbuku untuk memakai {0}.</source>
      <translation>Close and reopen kasbuku to use {0}.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="205" />
      <source>Uang masuk di pertemuan ini: {0}</source>
      <translation>Money in at this meeting: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="62" />
      <source>Uang tunai yang harus dikumpulkan: {0}</source>
      <translation>Cash to collect: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="228" />
      <source>Ubah anggota {0}</source>
      <translation>Edit member {0}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="174" />
      <source>Ubah…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="127" />
      <source>Ulangi PIN:</source>
      <translation>Repeat PIN:</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="72" />
      <source>Ulangi:</source>
      <translation>Repeat:</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="46" />
      <source>Untuk/dari:</source>
      <translation>For/from:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="65" />
      <source>Usaha anggota (pemetaan)</source>
      <translation>Member's business (mapping)</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="169" />
      <source>Utang TR</source>
      <translation>TR debt</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="151" />
      <source>Utangnya lebih besar dari simpanannya: lunasi dulu sebelum keluar.</source>
      <translation>She owes more than her savings: settle first before leaving.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="168" />
      <source>Wajib</source>
      <translation>Wajib</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="41" />
      <source>Yang diperiksa</source>
      <translation>Checked</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="64" />
      <source>Yang diperiksa:</source>
      <translation>Checked:</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="59" />
      <source>Yang hadir:</source>
      <translation>Present:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="192" />
      <source>aktif</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="29" />
      <source>alat tulis</source>
      <translation>stationery</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="172" />
      <source>belum ada</source>
      <translation>none yet</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="148" />
      <source>bendahara</source>
      <translation>treasurer</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="100" />
      <source>berjalan</source>
      <translation>running</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="29" />
      <source>biaya bank</source>
      <translation>bank fees</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="27" />
      <source>buku kas</source>
      <translation>cash book</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="27" />
      <source>bunga bank</source>
      <translation>bank interest</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="58" />
      <source>cadangan TR</source>
      <translation>TR reserve</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="28" />
      <source>dana bergulir</source>
      <translation>revolving fund</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="77" />
      <source>dana bergulir {0}</source>
      <translation>revolving fund {0}</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="30" />
      <source>dana sosial anggota</source>
      <translation>members' social fund</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="30" />
      <source>dari cadangan TR</source>
      <translation>from the TR reserve</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="29" />
      <source>dari simpanan sukarela</source>
      <translation>from sukarela savings</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="109" />
      <source>diambil dari simpanan sukarela penanggung</source>
      <translation>taken from the coverers' sukarela savings</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="86" />
      <source>dibalik</source>
      <translation>reversed</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="108" />
      <source>dibayar tunai di pertemuan</source>
      <translation>paid in cash at the meeting</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="118" />
      <source>digulirkan ke {0}</source>
      <translation>passed on to {0}</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="100" />
      <source>dihapus</source>
      <translation>written off</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="116" />
      <source>diterima dari {0}</source>
      <translation>received from {0}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="69" />
      <source>flat (jasa sama setiap bulan)</source>
      <translation>flat (same interest every month)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="95" />
      <source>flat — jasa sama setiap bulan, dihitung dari pinjaman awal</source>
      <translation>flat — same interest every month, on the original loan</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="27" />
      <source>hasil usaha bersama</source>
      <translation>joint business income</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="27" />
      <source>iuran kegiatan</source>
      <translation>activity dues</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="192" />
      <source>keluar {0}</source>
      <translation>left {0}</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="58" />
      <source>kode anggota, dipisah koma: A01, A02</source>
      <translation>member codes, comma separated: A01, A02</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="29" />
      <source>konsumsi pertemuan</source>
      <translation>meeting refreshments</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="28" />
      <source>lain-lain</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="100" />
      <source>lunas</source>
      <translation>paid</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="113" />
      <source>menolak</source>
      <translation>declined</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="123" />
      <source>menunggak</source>
      <translation>late</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="70" />
      <source>menurun (jasa dari sisa pinjaman)</source>
      <translation>declining (interest on what is left)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="96" />
      <source>menurun — jasa dihitung dari sisa pinjaman, makin lama makin kecil</source>
      <translation>declining — interest on what is left, smaller each month</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="52" />
      <source>misalnya KUBE Mawar</source>
      <translation>e.g. KUBE Mawar</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="72" />
      <source>misalnya kue basah, warung sembako</source>
      <translation>e.g. cakes, grocery stall</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="112" />
      <source>nama pendamping</source>
      <translation>facilitator's name</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="148" />
      <source>pendamping</source>
      <translation>facilitator</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="28" />
      <source>pertemuan kelompok</source>
      <translation>group meeting</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="27" />
      <source>pinjaman dan tunggakan</source>
      <translation>loans and arrears</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="83" />
      <source>pinjaman menunggak &gt; 30 hari</source>
      <translation>loans &gt; 30 days late</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="27" />
      <source>simpanan</source>
      <translation>savings</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="81" />
      <source>sudah lewat jatuh tempo</source>
      <translation>past due</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="27" />
      <source>sumbangan</source>
      <translation>donation</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="27" />
      <source>tanggung renteng</source>
      <translation>joint liability</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="109" />
      <source>tidak ada</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="29" />
      <source>transpor</source>
      <translation>transport</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="29" />
      <source>tunai di pertemuan</source>
      <translation>cash at the meeting</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="28" />
      <source>usaha anggota</source>
      <translation>members' businesses</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="113" />
      <source>yang diperiksa</source>
      <translation>what was checked</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="81" />
      <source>{0} (belum ditutup)</source>
      <translation>{0} (not closed yet)</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="40" />
      <source>{0} belum tersedia di versi kasbuku ini.</source>
      <translation>{0} is not available in this version of kasbuku.</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="94" />
      <source>{0} dicatat</source>
      <translation>{0} recorded</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="159" />
      <source>{0} digulirkan ke {1}</source>
      <translation>{0} passed on to {1}</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="120" />
      <source>{0} halaman</source>
      <translation>{0} pages</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="136" />
      <source>{0} keluar pada {1}</source>
      <translation>{0} leaves on {1}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="265" />
      <source>{0} keluar; dibayarkan {1}</source>
      <translation>{0} left; paid out {1}</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="188" />
      <source>{0} laporan ditulis ke {1}</source>
      <translation>{0} statements written to {1}</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="106" />
      <source>{0} paling lambat {1}</source>
      <translation>{0} by {1}</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="117" />
      <source>{0}, dicairkan {1}: {2} dalam {3} angsuran, jasa {4} % per bulan ({5}). Sisa pokok {6}; pelunasan hari ini {7}; kolektibilitas {8}.</source>
      <translation>{0}, disbursed {1}: {2} in {3} instalments, interest {4} % per month ({5}). Principal left {6}; payoff today {7}; collectability {8}.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="219" />
      <source>{0}: "{1}" bukan jumlah rupiah</source>
      <translation>{0}: "{1}" is not an amount in rupiah</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="67" />
      <source>— belum dipetakan —</source>
      <translation>— not mapped yet —</translation>
    </message>
  </context>
</TS>
