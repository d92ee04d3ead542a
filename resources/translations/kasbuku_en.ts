<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
  <context>
    <name>ui</name>
    <message>
      <location filename="../../ui/loan_form.py" line="125" />
      <source>  — belum dapat meminjam</source>
      <translation>  — cannot borrow now</translation>
    </message>
    <message>
      <source> % per bulan</source>
      <translation type="obsolete"> % per month</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="120" />
      <source> (dibalik)</source>
      <translation> (reversed)</translation>
    </message>
    <message>
      <source> bulan</source>
      <translation type="obsolete"> months</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="92" />
      <source> kali angsuran</source>
      <translation> instalments</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="274" />
      <source>"{0}" bukan jumlah rupiah; tulis misalnya 10.000</source>
      <translation>"{0}" is not an amount in rupiah; write e.g. 10.000</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="146" />
      <source>% per bulan</source>
      <translation>% a month</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="147" />
      <source>% per tahun</source>
      <translation>% a year</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="129" />
      <source>&amp;Buku</source>
      <translation>&amp;Book</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="96" />
      <source>1 Kelompok</source>
      <translation>1 Group</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="39" />
      <source>1. Kelompok</source>
      <translation>1. Group</translation>
    </message>
    <message>
      <source>12 bulan terakhir (akhir bulan)</source>
      <translation type="obsolete">Last 12 months (month end)</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="86" />
      <source>16 angka</source>
      <translation>16 digits</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="99" />
      <source>2 Anggota</source>
      <translation>2 Members</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="52" />
      <source>2. Alamat</source>
      <translation>2. Address</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="108" />
      <source>3 Pinjaman</source>
      <translation>3 Loans</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="60" />
      <source>3. Pengurus</source>
      <translation>3. Officers</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="112" />
      <source>4 Tanggung renteng</source>
      <translation>4 Joint liability</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="42" />
      <source>4 sampai 8 angka</source>
      <translation>4 to 8 digits</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="69" />
      <source>4. Aturan kelompok (boleh dibiarkan seperti ini)</source>
      <translation>4. Group rules (fine to leave as they are)</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="113" />
      <source>5 Dana bergulir dan kas</source>
      <translation>5 Revolving fund and cash</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="109" />
      <source>5. PIN kelompok</source>
      <translation>5. Group PIN</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="117" />
      <source>6 Periksa dan simpan</source>
      <translation>6 Check and save</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="144" />
      <source>; inventaris utuh {0} dari {1}</source>
      <translation>; inventory intact {0} of {1}</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="368" />
      <source>Ada isian yang belum disimpan</source>
      <translation>There is unsaved input</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="134" />
      <source>Ada jumlah rupiah yang tidak terbaca atau terlalu besar.</source>
      <translation>An amount cannot be read or is too large.</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="102" />
      <source>Ada jumlah rupiah yang tidak terbaca.</source>
      <translation>An amount in rupiah could not be read.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="100" />
      <source>Alamat:</source>
      <translation>Address:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="213" />
      <source>Alasan:</source>
      <translation>Reason:</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="44" />
      <source>Anggota</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="200" />
      <source>Anggota baris {0}</source>
      <translation>Member row {0}</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="197" />
      <source>Anggota baris {0}: kode dan nama wajib diisi.</source>
      <translation>Member row {0}: the code and the name are required.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="222" />
      <source>Anggota kelompok</source>
      <translation>Group members</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="193" />
      <source>Anggota keluar</source>
      <translation>Member leaves</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="24" />
      <source>Anggota keluar: penyelesaian simpanan</source>
      <translation>Member leaves: settling her savings</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="181" />
      <source>Anggota menolak giliran</source>
      <translation>Member declines her turn</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="89" />
      <source>Anggota menolak giliran…</source>
      <translation>Member declines her turn…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="266" />
      <source>Anggota {0} didaftarkan</source>
      <translation>Member {0} registered</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="188" />
      <source>Anggota:</source>
      <translation>Member:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="105" />
      <source>Angsuran</source>
      <translation>Instalment</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="83" />
      <source>Angsuran biasa:</source>
      <translation>Regular instalment:</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="14" />
      <source>Angsuran pinjaman {loan}</source>
      <translation>Instalment on loan {loan}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="66" />
      <source>Angsuran yang belum dibayar sampai tutup buku ditanggung bersama (tanggung renteng). Tagih bagian ini di pertemuan:</source>
      <translation>Instalments still unpaid at the close are covered jointly (tanggung renteng). Collect these shares at the meeting:</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="30" />
      <source>Angsuran {0}</source>
      <translation>Instalment {0}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="80" />
      <source>Angsuran:</source>
      <translation>Instalments:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="52" />
      <source>Asal:</source>
      <translation>Origin:</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="150" />
      <source>Atur ulang PIN kelompok…</source>
      <translation>Reset group PIN…</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="218" />
      <source>Aturan SHU disimpan</source>
      <translation>SHU rules saved</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="177" />
      <source>Aturan SHU…</source>
      <translation>SHU rules…</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="125" />
      <source>Aturan giliran tidak dipakai kelompok ini.</source>
      <translation>This group does not use the rotation rule.</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="31" />
      <source>Aturan pembagian SHU</source>
      <translation>How the SHU is shared</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="33" />
      <source>Bagi laba usaha kelompok</source>
      <translation>Share the business profit</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="137" />
      <source>Bagi laba…</source>
      <translation>Share profit…</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="44" />
      <source>Bagian</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="43" />
      <source>Bagian anggota:</source>
      <translation>Members' shares:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="224" />
      <source>Bagikan SHU {0}</source>
      <translation>Share out the SHU of {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="210" />
      <source>Bagikan SHU {0}…</source>
      <translation>Share out the SHU of {0}…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="191" />
      <source>Bahasa tampilan; berlaku saat kasbuku dibuka lagi</source>
      <translation>Display language; applies when kasbuku is opened again</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="21" />
      <source>Bank (KUR)</source>
      <translation>Bank (KUR)</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="112" />
      <source>Barang</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="65" />
      <source>Barang yang dibeli mengurangi kas kelompok sebesar nilainya.</source>
      <translation>A bought item takes its value from the group's cash.</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="43" />
      <source>Barang:</source>
      <translation>Item:</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="76" />
      <source>Baru:</source>
      <translation>New:</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="48" />
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="102" />
      <source>Batalkan transaksi</source>
      <translation>Reverse entry</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="60" />
      <source>Batalkan transaksi…</source>
      <translation>Reverse entry…</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="102" />
      <source>Batalkan {0} {1} tanggal {2}? Tulis alasannya:</source>
      <translation>Reverse {0} {1} of {2}? Write the reason:</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="93" />
      <source>Batas</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="70" />
      <source>Batas waktu:</source>
      <translation>Due by:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="48" />
      <source>Bayar
angsuran</source>
      <translation>Instalment
paid</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="48" />
      <source>Bayar
wajib</source>
      <translation>Wajib
paid</translation>
    </message>
    <message>
      <source>Bayar angsuran</source>
      <translation type="obsolete">Instalment paid</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="55" />
      <source>Bayar angsuran…</source>
      <translation>Pay instalment…</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="26" />
      <source>Bayar dari dana sosial</source>
      <translation>Pay from the social fund</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="87" />
      <source>Bayar santunan…</source>
      <translation>Pay support…</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="15" />
      <source>Bayar utang tanggung renteng</source>
      <translation>Repay joint-liability debt</translation>
    </message>
    <message>
      <source>Bayar wajib</source>
      <translation type="obsolete">Wajib paid</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="63" />
      <source>Belum ada data</source>
      <translation>No data yet</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="106" />
      <source>Belum ada kelompok di buku ini. Buat kelompok baru, atau buka buku demo untuk mencoba.</source>
      <translation>No groups in this book yet. Create a new group, or open the demo book to try it out.</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="103" />
      <source>Belum ada kelompok pada bulan ini.</source>
      <translation>No groups yet in this month.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="323" />
      <source>Belum ada pembayaran yang diisi</source>
      <translation>No payments typed yet</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="73" />
      <source>Belum diisi: {0}</source>
      <translation>Not filled in: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="25" />
      <source>Bendahara</source>
      <translation>Treasurer</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="149" />
      <source>Berdiri sejak:</source>
      <translation>Founded on:</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="46" />
      <source>Bergulir</source>
      <translation>Revolving</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="68" />
      <source>Besar pinjaman:</source>
      <translation>Loan amount:</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="131" />
      <source>Biaya</source>
      <translation>Costs</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="192" />
      <source>Biaya usaha kelompok</source>
      <translation>Business cost</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="32" />
      <source>Biaya usaha: {category}</source>
      <translation>Business cost: {category}</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="136" />
      <source>Biaya…</source>
      <translation>Cost…</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="101" />
      <source>Bila seorang anggota tidak membayar angsuran sampai tutup buku, anggota lain menanggungnya bersama dengan bagian yang sama, lalu ia membayar kembali.</source>
      <translation>If a member has not paid her instalment by the month close, the other members cover it in equal shares, and she pays them back.</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="44" />
      <source>Bobot</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="363" />
      <source>Buang isian?</source>
      <translation>Discard what was typed?</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="221" />
      <source>Buat kata sandi pendamping (paling sedikit 6 karakter)</source>
      <translation>Create the facilitator password (at least 6 characters)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="33" />
      <source>Buat kelompok baru</source>
      <translation>Create a new group</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="134" />
      <source>Buat kelompok baru…</source>
      <translation>New group…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="131" />
      <source>Buka</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="140" />
      <source>Buka buku demo</source>
      <translation>Open the demo book</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="241" />
      <source>Buka kembali {0}</source>
      <translation>Reopen {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="204" />
      <source>Buka kembali {0}…</source>
      <translation>Reopen {0}…</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="204" />
      <source>Buka kembali…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="94" />
      <source>Buka spreadsheet buku awal</source>
      <translation>Open the opening-book spreadsheet</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="51" />
      <source>Buka spreadsheet yang sudah diisi…</source>
      <translation>Open a filled spreadsheet…</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="118" />
      <source>Bukan kode anggota kelompok ini: {0}</source>
      <translation>Not a member code of this group: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="281" />
      <source>Buku demo dibuka: PIN setiap kelompok {0}, kata sandi pendamping "{1}"</source>
      <translation>Demo book open: every group PIN is {0}, facilitator password "{1}"</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="74" />
      <source>Buku dipulihkan dari {0}; buku yang rusak disimpan di sebelahnya (nama berakhiran .rusak-tanggal)</source>
      <translation>Book restored from {0}; the damaged book is kept beside it (its name ends in .rusak-date)</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="348" />
      <source>Buku dipulihkan; buku sebelumnya disimpan di {0}</source>
      <translation>Book restored; the previous book was kept in {0}</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="51" />
      <source>Buku kas</source>
      <translation>Cash book</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="18" />
      <source>Buku simpanan dan pinjaman anggota</source>
      <translation>Members' savings and loans</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="189" />
      <source>Bulan</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="150" />
      <source>Bulan ini ({0})</source>
      <translation>This month ({0})</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="63" />
      <source>Bulan ini belum dapat ditutup: {0}</source>
      <translation>This month cannot be closed yet: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="112" />
      <source>Bulan terakhir ditutup: {0}</source>
      <translation>Last closed month: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="188" />
      <source>Bulan yang sudah ditutup</source>
      <translation>Closed months</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="94" />
      <source>Bulan {0} belum berakhir. Sesudah ditutup hari ini, pembayaran tanggal {1} sampai {2} tidak dapat dicatat lagi, dan angsuran yang jatuh tempo sesudah hari ini tidak ikut ditanggung renteng. Sebaiknya tutup sesudah pertemuan terakhir bulan ini.</source>
      <translation>{0} is not over yet. Once closed today, payments dated {1} to {2} can no longer be recorded, and instalments falling due after today are not covered jointly. Better close after the last meeting of the month.</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="202" />
      <source>Bulan {0} belum dimulai; bulan hanya dapat ditutup setelah dimulai.</source>
      <translation>{0} has not begun; a month can only be closed once it has begun.</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="245" />
      <source>Bulan {0} dibuka kembali</source>
      <translation>{0} reopened</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="126" />
      <source>Bulan {0} ditutup</source>
      <translation>{0} closed</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="50" />
      <source>Bulan:</source>
      <translation>Month:</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="314" />
      <source>Cadangan ditulis dan diperiksa: {0}. Semua berkas sudah ditutup: flashdisk aman dicabut</source>
      <translation>Backup written and checked: {0}. Every file is closed: the flash drive is safe to remove</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="122" />
      <source>Cadangan otomatis gagal: {0}</source>
      <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="177" />
      <source>Cadangan tanggung renteng:</source>
      <translation>Joint-liability reserve:</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="306" />
      <source>Cadangkan buku</source>
      <translation>Back up the book</translation>
    </message>
    <message>
      <source>Cadangkan buku ke berkas…</source>
      <translation type="obsolete">Back up the book to a file…</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="130" />
      <source>Cadangkan ke flashdisk…</source>
      <translation>Back up to a USB stick…</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="97" />
      <source>Cairkan pinjaman</source>
      <translation>Disburse loan</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="68" />
      <source>Cara</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="88" />
      <source>Cara hitung jasa:</source>
      <translation>Interest method:</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="107" />
      <source>Catat hasil…</source>
      <translation>Record outcome…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="206" />
      <source>Catat keluar</source>
      <translation>Record leaving</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="113" />
      <source>Catatan</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="193" />
      <source>Catatan:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <source>Cetak bulan ini untuk semua kelompok…</source>
      <translation type="obsolete">Print this month for all groups…</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="133" />
      <source>Cetak dari penampil PDF yang terbuka.</source>
      <translation>Print from the PDF viewer that opened.</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="55" />
      <source>Cetak…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="214" />
      <source>Daftar anggota</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="24" />
      <source>Daftar inventaris kelompok</source>
      <translation>Group inventory list</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="22" />
      <source>Daftar setoran pertemuan</source>
      <translation>Meeting payment sheet</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="251" />
      <source>Daftarkan anggota</source>
      <translation>Register member</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="228" />
      <source>Daftarkan anggota…</source>
      <translation>Register member…</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="102" />
      <source>Dalam satu putaran, pinjaman dana bergulir hanya untuk anggota yang belum mendapat giliran. Putaran berikutnya mulai setelah semua anggota mendapat giliran atau menolak.</source>
      <translation>In a round, a revolving-fund loan only goes to a member who has not had her turn. The next round starts once every member has had her turn or declined.</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="49" />
      <source>Dana</source>
      <translation>Fund</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="81" />
      <source>Dana bergulir</source>
      <translation>Revolving fund</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="56" />
      <source>Dana bergulir (kas {0})</source>
      <translation>Revolving fund (cash {0})</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="103" />
      <source>Dana bergulir bergiliran: setiap anggota mendapat giliran sekali per putaran</source>
      <translation>Revolving fund in turns: every member gets one turn per round</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="173" />
      <source>Dana bergulir diterima seluruhnya:</source>
      <translation>Revolving fund received in all:</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="174" />
      <source>Dana bergulir sudah digulirkan:</source>
      <translation>Revolving fund passed on:</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="151" />
      <source>Dana bergulir {0} diterima</source>
      <translation>Revolving fund {0} received</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="57" />
      <source>Dana kelompok (kas {0})</source>
      <translation>Group's own money (cash {0})</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="76" />
      <source>Dana sosial</source>
      <translation>Social fund</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="44" />
      <source>Dana sosial tidak boleh kurang dari nol: bayar paling banyak sebesar saldonya.</source>
      <translation>The social fund can never go below zero: pay at most its balance.</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="84" />
      <source>Dana sosial untuk anggota yang sakit, berduka, atau perlu pendampingan kasus. Iuran dan bagian laba atau SHU masuk ke sini; uangnya disimpan terpisah.</source>
      <translation>The social fund helps members who are ill, bereaved or need case support. Contributions and shares of profit or SHU go here; its money is kept apart.</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="178" />
      <source>Dana sosial:</source>
      <translation>Social fund:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="299" />
      <source>Data anggota {0} diubah</source>
      <translation>Member {0} updated</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="83" />
      <source>Data diri (boleh dilengkapi nanti)</source>
      <translation>Identity (may be completed later)</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="71" />
      <source>Denda</source>
      <translation>Penalty</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="95" />
      <source>Denda per angsuran terlambat:</source>
      <translation>Penalty per late instalment:</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="71" />
      <source>Dibayar</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="73" />
      <source>Dibayar sekali saat masuk; dikembalikan saat anggota keluar.</source>
      <translation>Paid once on joining; returned when the member leaves.</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="76" />
      <source>Dibayar setiap bulan; bulan yang belum dibayar menjadi tunggakan wajib.</source>
      <translation>Paid every month; an unpaid month becomes wajib arrears.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="204" />
      <source>Dibayarkan kepada anggota:</source>
      <translation>Paid out to the member:</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="94" />
      <source>Dihapusbukukan</source>
      <translation>Written off</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="200" />
      <source>Dikurangi pelunasan pinjaman</source>
      <translation>Less loan payoff</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="201" />
      <source>Dikurangi utang tanggung renteng</source>
      <translation>Less joint-liability debt</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="21" />
      <source>Dinas Sosial</source>
      <translation>Social affairs office</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="59" />
      <source>Dipegang oleh:</source>
      <translation>Held by:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="113" />
      <source>Diperiksa</source>
      <translation>Checked</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="95" />
      <source>Dipinjam anggota</source>
      <translation>Lent to members</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="175" />
      <source>Diserahkan kepada:</source>
      <translation>Handed to:</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="128" />
      <source>Disimpan: {0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="21" />
      <source>Disnaker (pelatihan)</source>
      <translation>Manpower office (training)</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="82" />
      <source>Ditanggung oleh</source>
      <translation>Covered by</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="79" />
      <source>Ditanggung renteng</source>
      <translation>Covered by joint liability</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="93" />
      <source>Diterima</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="154" />
      <source>Diterima anggota: {0} (biaya administrasi {1}). Angsuran pertama {2} (jasa {3} per angsuran); jumlah jasa {4}.</source>
      <translation>The member receives {0} (administration fee {1}). First instalment {2} (interest {3} per instalment); total interest {4}.</translation>
    </message>
    <message>
      <source>Diterima anggota: {0} (biaya administrasi {1}). Angsuran pertama {2}; jumlah jasa {3}.</source>
      <translation type="obsolete">Member receives {0} (admin fee {1}). First instalment {2}; total interest {3}.</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="111" />
      <source>Diubah</source>
      <translation>Changed</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="108" />
      <source>Dokumen</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="100" />
      <source>Ganti kelompok</source>
      <translation>Switch group</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="175" />
      <source>Ganti tanggal</source>
      <translation>Change date</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="106" />
      <source>Giliran</source>
      <translation>Turn</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="161" />
      <source>Gulirkan dana</source>
      <translation>Pass the fund on</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="88" />
      <source>Gulirkan…</source>
      <translation>Pass on…</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="329" />
      <source>Hanya pendamping yang dapat memulihkan buku.</source>
      <translation>Only the facilitator can restore the book.</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="116" />
      <source>Hapus dari daftar…</source>
      <translation>Remove from the list…</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="206" />
      <source>Hapus inventaris dari daftar</source>
      <translation>Remove an item from the list</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="47" />
      <source>Hapus pos terpilih</source>
      <translation>Remove the chosen pool</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="60" />
      <source>Hari
tunggak</source>
      <translation>Days
late</translation>
    </message>
    <message>
      <source>Hari tunggak</source>
      <translation type="obsolete">Days late</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="34" />
      <source>Harus dibayar sekarang:</source>
      <translation>Due now:</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="111" />
      <source>Hasil</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="66" />
      <source>Hasil:</source>
      <translation>Outcome:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="103" />
      <source>Inventaris</source>
      <translation>Inventory</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="151" />
      <source>Inventaris dicatat</source>
      <translation>Item recorded</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="71" />
      <source>Isi dulu {0}.</source>
      <translation>Fill in {0} first.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="117" />
      <source>Isi jumlahnya</source>
      <translation>Fill in the amount</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="53" />
      <source>Isi langkah demi langkah…</source>
      <translation>Fill in step by step…</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="96" />
      <source>Isi sesuai tagihan</source>
      <translation>Fill as billed</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="369" />
      <source>Isian di layar {0} belum disimpan. Tinggalkan tanpa menyimpan?</source>
      <translation>Input on {0} is not saved. Leave without saving?</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="364" />
      <source>Isian formulir ini belum disimpan. Buang isian dan tutup formulir?</source>
      <translation>What was typed in this form is not saved. Discard it and close the form?</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="176" />
      <source>Isian pertemuan belum disimpan. Ganti tanggal dan kosongkan isian?</source>
      <translation>Meeting input is not saved. Change the date and clear it?</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="193" />
      <source>Isian pertemuan belum disimpan. Kosongkan semua isian?</source>
      <translation>The meeting entries are not saved. Clear them all?</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="26" />
      <source>Iuran dana sosial</source>
      <translation>Social fund contribution</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="103" />
      <source>Iuran dana sosial dicatat</source>
      <translation>Contribution recorded</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="86" />
      <source>Iuran masuk…</source>
      <translation>Contribution…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="223" />
      <source>Jabatan</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="77" />
      <source>Jabatan:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="102" />
      <source>Jadwal angsuran</source>
      <translation>Instalment schedule</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="103" />
      <source>Jadwal ini tetap sejak pencairan. Angsuran bulanan jatuh tempo pada tanggal yang sama setiap bulan; mingguan dan dua mingguan setiap 7 atau 14 hari.</source>
      <translation>This schedule is fixed at disbursement. Monthly instalments fall due on the same day each month; weekly and fortnightly ones every 7 or 14 days.</translation>
    </message>
    <message>
      <source>Jadwal ini tetap sejak pencairan. Angsuran jatuh tempo pada tanggal yang sama setiap bulan.</source>
      <translation type="obsolete">The schedule is fixed at disbursement. Instalments fall due on the same day every month.</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="187" />
      <source>Jam komputer salah: tanggal komputer {0}, padahal buku ini sudah berisi transaksi tanggal {1}. Betulkan tanggal dan jam komputer sebelum mencatat apa pun; transaksi bertanggal setelah tanggal komputer ditolak.</source>
      <translation>The computer's clock is wrong: its date is {0}, but this book already holds a transaction dated {1}. Set the computer's date and time before recording anything; transactions dated after the computer's date are refused.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="105" />
      <source>Jasa</source>
      <translation>Interest</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="50" />
      <source>Jasa
sudah dibayar</source>
      <translation>Interest
already paid</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="50" />
      <source>Jasa %
per bulan</source>
      <translation>Interest %
a month</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="64" />
      <source>Jasa pinjaman</source>
      <translation>Loan interest</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="136" />
      <source>Jasa pinjaman belum terbaca: tulis persen, misalnya 1,5.</source>
      <translation>The interest rate cannot be read: write a percentage, e.g. 1.5.</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="61" />
      <source>Jasa pinjaman menurut:</source>
      <translation>Loan share by:</translation>
    </message>
    <message>
      <source>Jasa pinjaman per bulan:</source>
      <translation type="obsolete">Loan interest per month:</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="179" />
      <source>Jasa pinjaman yang sudah diterima:</source>
      <translation>Loan interest received so far:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="78" />
      <source>Jasa pinjaman:</source>
      <translation>Interest:</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="64" />
      <source>Jasa simpanan</source>
      <translation>Savings share</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="59" />
      <source>Jasa simpanan menurut:</source>
      <translation>Savings share by:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="75" />
      <source>Jasa:</source>
      <translation>Interest:</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="71" />
      <source>Jatuh
tempo</source>
      <translation>Due
date</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="90" />
      <source>Jatuh tempo</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="120" />
      <source>Jatuh tempo bulan ini ({0})</source>
      <translation>Due this month ({0})</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="95" />
      <source>Jenis kelamin:</source>
      <translation>Sex:</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="38" />
      <source>Jenis laporan tidak dikenal: {0}</source>
      <translation>Unknown statement kind: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="101" />
      <source>Jenis usaha</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="113" />
      <source>Jenis usaha:</source>
      <translation>Business:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="47" />
      <source>Jenis:</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="68" />
      <source>Jumlah</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="76" />
      <source>Jumlah
dibayar</source>
      <translation>Total
paid</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="77" />
      <source>Jumlah bagiannya</source>
      <translation>Her total share</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="69" />
      <source>Jumlah belum diisi.</source>
      <translation>The amount is not filled in.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="119" />
      <source>Jumlah di atas batas satu transaksi {0}; periksa angkanya</source>
      <translation>The amount is above the limit of one transaction, {0}; check the figure</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="96" />
      <source>Jumlah dibagi: {0} dari {1}</source>
      <translation>Shared: {0} of {1}</translation>
    </message>
    <message>
      <source>Jumlah dibayar</source>
      <translation type="obsolete">Total paid</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="37" />
      <source>Jumlah dibayar:</source>
      <translation>Amount paid:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="80" />
      <source>Jumlah per penanggung</source>
      <translation>Total per coverer</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="110" />
      <source>Jumlah semua pos {0} %, harus 100 %.</source>
      <translation>The pools add up to {0} %; they must add up to 100 %.</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="36" />
      <source>Jumlah:</source>
      <translation>Amount:</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="120" />
      <source>Jumlah: {0} %</source>
      <translation>Total: {0} %</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="47" />
      <source>KUBE Fakir Miskin (KUBE-FM)</source>
      <translation>KUBE of the very poor (KUBE-FM)</translation>
    </message>
    <message>
      <source>KUBE Fakir Miskin — 5 sampai 10 kepala keluarga (aturan KUBE-FM)</source>
      <translation type="obsolete">KUBE Fakir Miskin — 5 to 10 households (KUBE-FM rule)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="57" />
      <source>Kabupaten/kota:</source>
      <translation>Regency/city:</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="20" />
      <source>Kartu angsuran pinjaman</source>
      <translation>Loan card</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="18" />
      <source>Kas</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="94" />
      <source>Kas dana bergulir</source>
      <translation>Revolving fund cash</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="176" />
      <source>Kas dana bergulir:</source>
      <translation>Revolving fund cash:</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="172" />
      <source>Kas kelompok (uang tunai dan tabungan kelompok):</source>
      <translation>Group cash (cash in hand and the group's bank savings):</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="153" />
      <source>Kas usaha: {0} · laba belum dibagi: {1}</source>
      <translation>Business cash: {0} · profit not yet shared: {1}</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="117" />
      <source>KasBuku — buku kas kelompok</source>
      <translation>KasBuku — the group's cash book</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="38" />
      <source>Kata sandi pendamping</source>
      <translation>Facilitator password</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="223" />
      <source>Kategori</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="73" />
      <source>Kategori:</source>
      <translation>Category:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="105" />
      <source>Ke</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="72" />
      <source>Keadaan</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="102" />
      <source>Kebutuhan</source>
      <translation>Needs</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="122" />
      <source>Kebutuhan:</source>
      <translation>Needs:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="56" />
      <source>Kecamatan:</source>
      <translation>District:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="138" />
      <source>Kedua PIN tidak sama.</source>
      <translation>The two PINs differ.</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="96" />
      <source>Kedua isian tidak sama</source>
      <translation>The two entries differ</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="68" />
      <source>Kelas kelompok</source>
      <translation>Group class</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="46" />
      <source>Kelompok</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="58" />
      <source>Kelompok (disimpan bersama)</source>
      <translation>The group (kept together)</translation>
    </message>
    <message>
      <source>Kelompok Konstituen</source>
      <translation type="obsolete">Constituent group</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="48" />
      <source>Kelompok Konstituen (KK)</source>
      <translation>Constituent group (KK)</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="47" />
      <source>Kelompok Usaha Bersama (KUBE)</source>
      <translation>Joint business group (KUBE)</translation>
    </message>
    <message>
      <source>Kelompok Usaha Bersama (KUBE) — usaha bersama keluarga miskin</source>
      <translation type="obsolete">Joint business group (KUBE) — of poor households</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="48" />
      <source>Kelompok Usaha Simpan Pinjam (KUsiAPP)</source>
      <translation>Savings and loan group (KUsiAPP)</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="115" />
      <source>Kelompok diblokir: ada tunggakan yang tidak tertanggung renteng.</source>
      <translation>Group blocked: arrears that no one could cover.</translation>
    </message>
    <message>
      <source>Kelompok lainnya</source>
      <translation type="obsolete">Other group</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="44" />
      <source>Kelompok yang selama ini memakai buku tulis mulai memakai KasBuku dengan saldo awal: kas, simpanan tiap anggota, pinjaman yang masih berjalan, utang tanggung renteng dan dana bergulir, seperti pada halaman terakhir buku lama. Pendamping mengisinya di spreadsheet, lalu membukanya di sini.</source>
      <translation>A group that has kept a paper book starts KasBuku with opening balances: cash, each member's savings, open loans, joint-liability debts and the revolving fund, as on the last page of its old book. The facilitator fills them in a spreadsheet, then opens it here.</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="139" />
      <source>Kelompok yang selama ini memakai buku tulis. Tanggal saldo awal: hari terakhir yang tercatat di buku lama (biasanya akhir bulan yang sudah ditutup).</source>
      <translation>A group that has kept a paper book. Opening date: the last day recorded in the old book (usually the end of a closed month).</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="137" />
      <source>Kelompok yang sudah lama berjalan dengan buku tulis: saldo awal dari spreadsheet buku awal</source>
      <translation>A group that has long kept a paper book: opening balances from the opening-book spreadsheet</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="243" />
      <source>Kelompok {0} dibuat</source>
      <translation>Group {0} created</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="136" />
      <source>Keluar</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="229" />
      <source>Keluar dari kelompok…</source>
      <translation>Leave the group…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="185" />
      <source>Keluar dari mode pendamping</source>
      <translation>Leave facilitator mode</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="55" />
      <source>Kelurahan/desa:</source>
      <translation>Village:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="54" />
      <source>Kemensos, Dinsos, toko…</source>
      <translation>Kemensos, Dinsos, a shop…</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="51" />
      <source>Kepada (kode,
atau cadangan)</source>
      <translation>Owed to (code,
or cadangan)</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="427" />
      <source>Kesalahan tak terduga</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="108" />
      <source>Keterangan</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="42" />
      <source>Keterangan:</source>
      <translation>Note:</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="53" />
      <source>Keterkaitan dengan mitra</source>
      <translation>Links to partners</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="137" />
      <source>Keterkaitan dengan mitra dicatat</source>
      <translation>Link to a partner recorded</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="113" />
      <source>Keterkaitan dengan mitra dicatat oleh pendamping.</source>
      <translation>Links to partners are recorded by the facilitator.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="142" />
      <source>Ketik besar pinjaman untuk melihat jadwalnya.</source>
      <translation>Type the loan amount to see its schedule.</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="25" />
      <source>Ketua</source>
      <translation>Chair</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="112" />
      <source>Kode</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="49" />
      <source>Kode
pinjaman</source>
      <translation>Loan
code</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="68" />
      <source>Kode anggota:</source>
      <translation>Member code:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="129" />
      <source>Kode dan nama wajib diisi.</source>
      <translation>Code and name are required.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="89" />
      <source>Kode pinjaman:</source>
      <translation>Loan code:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="40" />
      <source>Kode:</source>
      <translation>Code:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="72" />
      <source>Kolom abu-abu adalah tagihan. Ketik yang dibayar setiap anggota di kolom putih (Tab/Enter untuk pindah; Ctrl+V menempel angka dari spreadsheet). Angsuran membayar utang tanggung renteng dulu, lalu pinjaman.</source>
      <translation>Grey columns are what is billed. Type what each member paid in the white columns (Tab/Enter to move; Ctrl+V pastes figures from a spreadsheet). An instalment pays joint-liability debt first, then the loan.</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="112" />
      <source>Kondisi</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="191" />
      <source>Kondisi sekarang:</source>
      <translation>Condition now:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="161" />
      <source>Kondisi {0} dicatat</source>
      <translation>Condition of {0} recorded</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="62" />
      <source>Kondisi:</source>
      <translation>Condition:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="99" />
      <source>Kosongkan</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="96" />
      <source>Kosongkan bila kelompok tidak memakai denda.</source>
      <translation>Leave empty if the group has no penalty.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="82" />
      <source>Kosongkan bila simpanan pokok dibayar nanti.</source>
      <translation>Leave empty if the pokok is paid later.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="192" />
      <source>Kosongkan isian?</source>
      <translation>Clear the entries?</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="51" />
      <source>Kunjungan baru</source>
      <translation>New visit</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="121" />
      <source>Kunjungan dicatat</source>
      <translation>Visit recorded</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="77" />
      <source>Kunjungan dicatat oleh pendamping.</source>
      <translation>Visits are recorded by the facilitator.</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="39" />
      <source>Kunjungan pendamping</source>
      <translation>Facilitator visits</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="131" />
      <source>Laba</source>
      <translation>Profit</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="198" />
      <source>Laba usaha dibagi</source>
      <translation>Business profit shared</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="35" />
      <source>Laba yang belum dibagi: {0}</source>
      <translation>Profit not yet shared: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="49" />
      <source>Lama
(bulan)</source>
      <translation>Term
(months)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="93" />
      <source>Lama pinjaman biasa:</source>
      <translation>Usual loan term:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="73" />
      <source>Lama:</source>
      <translation>Term:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="153" />
      <source>Lanjutkan</source>
      <translation>Continue</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="36" />
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
      <location filename="../../ui/reports_screen.py" line="48" />
      <source>Laporan:</source>
      <translation>Statement:</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="106" />
      <source>Lebih besar dari laba yang belum dibagi ({0}).</source>
      <translation>More than the profit not yet shared ({0}).</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="56" />
      <source>Lunasi…</source>
      <translation>Pay off…</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="102" />
      <source>Masalah</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="117" />
      <source>Masalah usaha:</source>
      <translation>Business problems:</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="95" />
      <source>Masih harus digulirkan</source>
      <translation>Still to pass on</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="207" />
      <source>Masih menyimpan; tunggu sampai tersimpan, lalu ulangi</source>
      <translation>Still saving; wait until it is saved, then try again</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="82" />
      <source>Masih utang</source>
      <translation>Still owed</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="35" />
      <source>Masuk</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="186" />
      <source>Masuk sebagai pendamping…</source>
      <translation>Sign in as facilitator…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="184" />
      <source>Masuk sebagai: bendahara</source>
      <translation>Signed in as: treasurer</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="183" />
      <source>Masuk sebagai: pendamping (semua kelompok terbuka)</source>
      <translation>Signed in as: facilitator (all groups open)</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="55" />
      <source>Melebihi saldo dana sosial: saldo hanya {0}.</source>
      <translation>Above the social fund balance: the balance is only {0}.</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="179" />
      <source>Membuka buku…</source>
      <translation>Opening the book…</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="185" />
      <source>Membuka kembali bulan yang sudah ditutup hanya dapat dilakukan pendamping, dengan alasan yang dicatat.</source>
      <translation>Only the facilitator can reopen a closed month, with a recorded reason.</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="68" />
      <source>Menanggung untuk</source>
      <translation>Covers for</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="310" />
      <source>Mencadangkan… jangan cabut flashdisk dulu</source>
      <translation>Backing up… do not remove the flash drive yet</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="242" />
      <source>Mengapa bulan {0} perlu dibuka kembali?</source>
      <translation>Why must {0} be reopened?</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="119" />
      <source>Menghapus barang dari daftar (dijual, rusak, hilang) hanya oleh pendamping, dengan alasannya.</source>
      <translation>Only the facilitator removes an item from the list (sold, broken, lost), with the reason.</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="256" />
      <source>Menyiapkan buku demo…</source>
      <translation>Preparing the demo book…</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="100" />
      <source>Menyiapkan laporan…</source>
      <translation>Preparing the statement…</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="73" />
      <source>Menyusun rekap {0}…</source>
      <translation>Preparing the recap for {0}…</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="111" />
      <source>Mitra</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="60" />
      <source>Mitra:</source>
      <translation>Partner:</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="135" />
      <source>Modal masuk…</source>
      <translation>Capital in…</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="183" />
      <source>Modal usaha dari kas kelompok</source>
      <translation>Business capital from the group's cash</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="29" />
      <source>Modal usaha kelompok</source>
      <translation>Group business capital</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="40" />
      <source>Mulai dari buku lama</source>
      <translation>Start from a paper book</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="43" />
      <source>Mulai dari buku lama (saldo awal)</source>
      <translation>Start from a paper book (opening balances)</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="91" />
      <source>Mulai dari buku lama, langkah demi langkah</source>
      <translation>Start from a paper book, step by step</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="136" />
      <source>Mulai dari buku lama…</source>
      <translation>Start from a paper book…</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="102" />
      <source>NIK ganda: {0}</source>
      <translation>NIK in two groups: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="88" />
      <source>NIK:</source>
      <translation>NIK (ID number):</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="223" />
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="132" />
      <source>Nama kelompok belum diisi.</source>
      <translation>The group name is missing.</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="43" />
      <source>Nama kelompok:</source>
      <translation>Group name:</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="101" />
      <source>Nama pos '{0}' tidak sah: pakai huruf kecil, angka dan garis bawah.</source>
      <translation>Pool name '{0}' is not valid: use lower-case letters, digits and underscores.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="70" />
      <source>Nama:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="67" />
      <source>Neraca pembukaan</source>
      <translation>Opening balance sheet</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="112" />
      <source>Nilai</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="48" />
      <source>Nilai saat diterima:</source>
      <translation>Value when received:</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="63" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="89" />
      <source>No. KK:</source>
      <translation>Family card no. (KK):</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="57" />
      <source>Nomor dokumen (BAST/nota):</source>
      <translation>Document number (handover/receipt):</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="56" />
      <source>Nomor dokumen:</source>
      <translation>Document number:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="115" />
      <source>Omzet per bulan:</source>
      <translation>Monthly turnover:</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="101" />
      <source>Omzet/bulan</source>
      <translation>Turnover/month</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="20" />
      <source>PAR30</source>
      <translation>PAR30</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="68" />
      <source>PAR30 (risiko)</source>
      <translation>PAR30 (risk)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="116" />
      <source>PIN (4–8 angka):</source>
      <translation>PIN (4–8 digits):</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="256" />
      <source>PIN baru kelompok {0} sudah disimpan. Beritahukan kepada bendaharanya.</source>
      <translation>The new PIN of group {0} is saved. Tell its treasurer.</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="248" />
      <source>PIN baru untuk {0} (4 sampai 8 angka)</source>
      <translation>New PIN for {0} (4 to 8 digits)</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="256" />
      <source>PIN diatur ulang</source>
      <translation>PIN reset</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="111" />
      <source>PIN dipakai bendahara untuk membuka kelompok ini di laptop bersama. Simpan baik-baik; pendamping dapat mengatur ulang bila lupa.</source>
      <translation>The treasurer uses the PIN to open this group on the shared laptop. Keep it safe; the facilitator can reset it if forgotten.</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="38" />
      <source>PIN kelompok {0}</source>
      <translation>PIN of group {0}</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="28" />
      <source>Pelepasan inventaris {asset}</source>
      <translation>Disposal of asset {asset}</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="35" />
      <source>Pelunasan (semua):</source>
      <translation>Payoff (everything):</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="30" />
      <source>Pelunasan {0}</source>
      <translation>Pay off {0}</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="83" />
      <source>Pemasukan kas kelompok</source>
      <translation>Income to the group's cash</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="22" />
      <source>Pemasukan: {category}</source>
      <translation>Income: {category}</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="59" />
      <source>Pemasukan…</source>
      <translation>Income…</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="23" />
      <source>Pembagian SHU</source>
      <translation>SHU distribution</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="25" />
      <source>Pembagian SHU {year}</source>
      <translation>SHU of {year} shared out</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="33" />
      <source>Pembagian hasil usaha</source>
      <translation>Business profit shared out</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="26" />
      <source>Pembalikan transaksi</source>
      <translation>Reversal of a transaction</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="74" />
      <source>Pembayaran</source>
      <translation>Payments</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="143" />
      <source>Pembayaran {0} untuk {1} disimpan</source>
      <translation>Payment of {0} for {1} saved</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="131" />
      <source>Pembelian bahan</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="189" />
      <source>Pembelian bahan usaha</source>
      <translation>Materials bought</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="136" />
      <source>Pembelian bahan…</source>
      <translation>Materials…</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="31" />
      <source>Pembelian usaha: {category}</source>
      <translation>Business purchase: {category}</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="21" />
      <source>Pemda / Dinas Koperasi UKM</source>
      <translation>Local government / cooperatives office</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="112" />
      <source>Pemegang</source>
      <translation>Holder</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="86" />
      <source>Pemetaan</source>
      <translation>Mapping</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="68" />
      <source>Penanggung</source>
      <translation>Coverer</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="12" />
      <source>Penarikan simpanan sukarela</source>
      <translation>Voluntary savings withdrawn</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="13" />
      <source>Pencairan pinjaman {loan}</source>
      <translation>Loan {loan} disbursed</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="137" />
      <source>Pencetakan dibatalkan.</source>
      <translation>Printing cancelled.</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="40" />
      <source>Pendamping</source>
      <translation>Facilitator</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="55" />
      <source>Pendamping:</source>
      <translation>Facilitator:</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="31" />
      <source>Pendampingan</source>
      <translation>Facilitation</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="161" />
      <source>Penerima (kelompok atau nama):</source>
      <translation>Recipient (group or name):</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="89" />
      <source>Pengeluaran kas kelompok</source>
      <translation>Cost paid from the group's cash</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="23" />
      <source>Pengeluaran: {category}</source>
      <translation>Expense: {category}</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="59" />
      <source>Pengeluaran…</source>
      <translation>Cost…</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="20" />
      <source>Penghapusan pinjaman {loan}</source>
      <translation>Loan {loan} written off</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="62" />
      <source>Pengurus dicatat sebagai anggota pertama (A01, A02, A03). Anggota lain didaftarkan nanti di layar Anggota.</source>
      <translation>Officers are recorded as the first members (A01, A02, A03). Register the other members later on the Members screen.</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="131" />
      <source>Penjualan</source>
      <translation>Sales</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="186" />
      <source>Penjualan usaha kelompok</source>
      <translation>Business sale</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="30" />
      <source>Penjualan usaha: {category}</source>
      <translation>Business sale: {category}</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="135" />
      <source>Penjualan…</source>
      <translation>Sale…</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="193" />
      <source>Penolakan giliran dicatat</source>
      <translation>Declined turn recorded</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="19" />
      <source>Perguliran dana bergulir ke {to_group}{to}</source>
      <translation>Revolving fund passed on to {to_group}{to}</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="187" />
      <source>Periksa kondisi inventaris</source>
      <translation>Check an item</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="116" />
      <source>Periksa kondisi…</source>
      <translation>Check condition…</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="131" />
      <source>Periode</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="84" />
      <source>Perkembangan kelompok, 12 bulan</source>
      <translation>Group development, 12 months</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="129" />
      <source>Perkiraan SHU {0} (sementara, sampai bulan tertutup {1}): hasil usaha {2}; {3}.</source>
      <translation>Estimated SHU {0} (provisional, up to the closed month {1}): surplus {2}; {3}.</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="39" />
      <source>Persen</source>
      <translation>Percent</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="107" />
      <source>Persen pos {0} tidak terbaca.</source>
      <translation>The percentage of pool {0} cannot be read.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="55" />
      <source>Pertemuan</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="363" />
      <source>Pertemuan belum disimpan</source>
      <translation>Meeting not saved</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="65" />
      <source>Pertemuan bulanan</source>
      <translation>Monthly meeting</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="335" />
      <source>Pertemuan {0} disimpan: {1} transaksi</source>
      <translation>Meeting of {0} saved: {1} entries</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="102" />
      <source>Perubahan omzet</source>
      <translation>Turnover change</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="145" />
      <source>Pilih dulu barang yang masih ada di daftar</source>
      <translation>First choose an item still on the list</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="144" />
      <source>Pilih dulu baris keterkaitan yang akan dicatat hasilnya</source>
      <translation>First choose the link whose outcome you record</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="227" />
      <source>Pilih dulu kolom bayar (wajib, angsuran atau sukarela) tempat menempel</source>
      <translation>First choose a payment column (wajib, instalment or sukarela) to paste into</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="179" />
      <source>Pilih folder untuk semua laporan</source>
      <translation>Choose a folder for all statements</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="119" />
      <source>Pilih kelompok Anda, lalu tekan Enter atau "Buka" dan masukkan PIN kelompok.</source>
      <translation>Choose your group, press Enter or "Open", and type the group PIN.</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="90" />
      <source>Pinjaman</source>
      <translation>Loans</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="241" />
      <source>Pinjaman baris {0}</source>
      <translation>Loan row {0}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="49" />
      <source>Pinjaman baru</source>
      <translation>New loan</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="55" />
      <source>Pinjaman baru…</source>
      <translation>New loan…</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="19" />
      <source>Pinjaman beredar</source>
      <translation>Loans outstanding</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="175" />
      <source>Pinjaman dana bergulir yang dihapus:</source>
      <translation>Revolving-fund loans written off:</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="104" />
      <source>Pinjaman yang masih berjalan. Dana: bergulir atau kelompok; tanggal hh/bb/tttt. Jadwal pinjaman yang dipilih tampil di bawah: cocokkan dengan kartu angsurannya.</source>
      <translation>Loans still running. Fund: bergulir or kelompok; dates dd/mm/yyyy. The chosen loan's schedule shows below: compare it with its instalment card.</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="130" />
      <source>Pinjaman {0} dicairkan</source>
      <translation>Loan {0} disbursed</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="139" />
      <source>Pinjaman {0}; paling banyak {1}</source>
      <translation>Loan {0}; at most {1}</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="105" />
      <source>Pokok</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="50" />
      <source>Pokok
sudah dibayar</source>
      <translation>Principal
already paid</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="81" />
      <source>Pokok dibayar sekarang:</source>
      <translation>Pokok paid now:</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="39" />
      <source>Pos</source>
      <translation>Pool</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="103" />
      <source>Pos {0} ditulis dua kali.</source>
      <translation>Pool {0} is written twice.</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="53" />
      <source>Pratinjau</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="110" />
      <source>Pratinjau dibuka di penampil PDF komputer ini.</source>
      <translation>The preview opened in this computer's PDF viewer.</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="29" />
      <source>Profil kelompok</source>
      <translation>Group profile</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="120" />
      <source>Profil kelompok belum dicatat</source>
      <translation>No group profile yet</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="133" />
      <source>Profil kelompok dicatat</source>
      <translation>Group profile recorded</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="96" />
      <source>Profil kelompok…</source>
      <translation>Group profile…</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="329" />
      <source>Pulihkan</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="334" />
      <source>Pulihkan buku</source>
      <translation>Restore the book</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="61" />
      <source>Pulihkan dari cadangan</source>
      <translation>Restore from a backup</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="133" />
      <source>Pulihkan dari cadangan…</source>
      <translation>Restore from a backup…</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="106" />
      <source>Putaran</source>
      <translation>Round</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="124" />
      <source>Putaran {0} — menunggu giliran: {1}</source>
      <translation>Round {0} — waiting for a turn: {1}</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="45" />
      <source>Rekap kantor</source>
      <translation>Office recap</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="152" />
      <source>Rekap kantor…</source>
      <translation>Office recap…</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="126" />
      <source>Rekap tidak dapat disimpan ke {0}: {1}</source>
      <translation>The recap could not be saved to {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="48" />
      <source>Rekapitulasi semua kelompok di buku ini</source>
      <translation>Recap of every group in this book</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="153" />
      <source>Rekapitulasi semua kelompok untuk satu bulan: PDF, CSV atau XLSX</source>
      <translation>Recap of every group for one month: PDF, CSV or XLSX</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="59" />
      <source>Ringkasan</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="225" />
      <source>SHU tahun {0} dibagi menurut aturan yang berlaku pada 31 Desember {0}; bagian anggota masuk ke simpanan sukarela. Pembagian ini tidak dapat dibatalkan. Lanjutkan?</source>
      <translation>The SHU of {0} is shared by the rules in force on 31 December {0}; members' shares go to their voluntary savings. This cannot be undone. Continue?</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="228" />
      <source>SHU {0} dibagikan</source>
      <translation>SHU of {0} shared out</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="64" />
      <source>Saldo</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="82" />
      <source>Saldo akhir bulan, 12 bulan</source>
      <translation>Month-end balances, 12 months</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="95" />
      <source>Saldo dana sosial: {0}</source>
      <translation>Social fund balance: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="141" />
      <source>Saldo kas usaha</source>
      <translation>Business cash balance</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="97" />
      <source>Salin tagihan wajib dan angsuran ke kolom bayar (Ctrl+D)</source>
      <translation>Copy billed wajib and instalments to the paid columns (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="103" />
      <source>Santunan dana sosial dicatat</source>
      <translation>Support payment recorded</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="35" />
      <source>Santunan dana sosial: {purpose}</source>
      <translation>Social fund payment: {purpose}</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="210" />
      <source>Sebab:</source>
      <translation>Why:</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="111" />
      <source>Sejak</source>
      <translation>Since</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="96" />
      <source>Sekarang:</source>
      <translation>Now:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="25" />
      <source>Sekretaris</source>
      <translation>Secretary</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="101" />
      <source>Sektor</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="110" />
      <source>Sektor usaha:</source>
      <translation>Business sector:</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="334" />
      <source>Seluruh buku di komputer ini diganti dengan isi {0}. Buku yang sekarang disimpan dulu sebagai cadangan. Lanjutkan?</source>
      <translation>The whole book on this computer will be replaced by {0}. The current book is kept as a backup first. Continue?</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="85" />
      <source>Semua angsuran yang jatuh tempo sudah dibayar: tidak ada tanggung renteng bulan ini.</source>
      <translation>Every instalment due is paid: no joint liability this month.</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="173" />
      <source>Serahkan inventaris</source>
      <translation>Hand over an item</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="115" />
      <source>Serahkan ke anggota…</source>
      <translation>Hand to a member…</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="98" />
      <source>Sesudah ditutup, transaksi bertanggal di bulan ini tidak dapat dicatat lagi; hanya pendamping yang dapat membukanya kembali.</source>
      <translation>Once closed, nothing dated in this month can be recorded; only the facilitator can reopen it.</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="16" />
      <source>Setoran cadangan tanggung renteng</source>
      <translation>Joint-liability reserve deposit</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="11" />
      <source>Setoran simpanan {product}</source>
      <translation>{product} savings deposit</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="81" />
      <source>Simpan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="101" />
      <source>Simpan (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="58" />
      <source>Simpan CSV…</source>
      <translation>Save CSV…</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="157" />
      <source>Simpan PDF</source>
      <translation>Save PDF</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="72" />
      <source>Simpan PDF bulan ini untuk semua kelompok ke folder…</source>
      <translation>Save this month's PDFs of every group to a folder…</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="58" />
      <source>Simpan PDF…</source>
      <translation>Save PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="59" />
      <source>Simpan XLSX…</source>
      <translation>Save XLSX…</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="376" />
      <source>Simpan dulu isian pertemuan sebelum menutup bulan.</source>
      <translation>Save the meeting input before closing the month.</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="70" />
      <source>Simpan ke buku</source>
      <translation>Save to the book</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="127" />
      <source>Simpan kelompok</source>
      <translation>Save group</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="73" />
      <source>Simpan kunjungan</source>
      <translation>Save visit</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="120" />
      <source>Simpan rekap</source>
      <translation>Save recap</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="84" />
      <source>Simpan template buku awal</source>
      <translation>Save the opening-book template</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="18" />
      <source>Simpanan anggota</source>
      <translation>Members' savings</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="279" />
      <source>Simpanan anggota {0} · sisa pokok pinjaman {1} · kas kelompok {2} · modal awal {3}</source>
      <translation>Members' savings {0} · principal outstanding {1} · group cash {2} · opening equity {3}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="198" />
      <source>Simpanan pokok</source>
      <translation>Pokok savings</translation>
    </message>
    <message>
      <source>Simpanan pokok dibayar sekarang:</source>
      <translation type="obsolete">Pokok paid now:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="72" />
      <source>Simpanan pokok:</source>
      <translation>Pokok savings:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="199" />
      <source>Simpanan sukarela</source>
      <translation>Sukarela savings</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="198" />
      <source>Simpanan wajib</source>
      <translation>Wajib savings</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="75" />
      <source>Simpanan wajib per bulan:</source>
      <translation>Wajib savings per month:</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="90" />
      <source>Sisa</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="60" />
      <source>Sisa
pokok</source>
      <translation>Principal
left</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="34" />
      <source>Sisa hasil usaha (SHU) tahun ini dibagi ke pos-pos berikut. Jumlahnya harus 100 %. Hanya jasa_simpanan dan jasa_pinjaman yang dibagikan ke anggota; pos lain disimpan kelompok. Nama pos: huruf kecil dan garis bawah, misalnya dana_wilayah_kerja.</source>
      <translation>This year's surplus (SHU) is shared among the pools below. They must add up to 100 %. Only jasa_simpanan and jasa_pinjaman go to members; the group keeps the other pools. Pool names: lower-case letters and underscores, e.g. dana_wilayah_kerja.</translation>
    </message>
    <message>
      <source>Sisa pokok</source>
      <translation type="obsolete">Principal left</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="60" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="63" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="93" />
      <source>Sudah digulirkan</source>
      <translation>Passed on</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="162" />
      <source>Sudah tercatat di buku untuk tanggal ini: {0} dari {1} anggota</source>
      <translation>Already in the book for this date: {0} from {1} members</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="48" />
      <source>Sukarela</source>
      <translation>Sukarela</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="142" />
      <source>Sumber (Kemensos, Dinsos, Baznas…):</source>
      <translation>Source (Kemensos, Dinsos, Baznas…):</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="66" />
      <source>Sumber dana:</source>
      <translation>Fund:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="55" />
      <source>Sumber:</source>
      <translation>Source:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="47" />
      <source>Tagihan
angsuran</source>
      <translation>Instalment
due</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="47" />
      <source>Tagihan
wajib</source>
      <translation>Wajib
due</translation>
    </message>
    <message>
      <source>Tagihan angsuran</source>
      <translation type="obsolete">Instalment billed</translation>
    </message>
    <message>
      <source>Tagihan wajib</source>
      <translation type="obsolete">Wajib billed</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="151" />
      <source>Tahun {0}</source>
      <translation>Year {0}</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="163" />
      <source>Tambah baris</source>
      <translation>Add rows</translation>
    </message>
    <message>
      <location filename="../../ui/shu_rules.py" line="47" />
      <source>Tambah pos</source>
      <translation>Add a pool</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="45" />
      <source>Tandai selesai</source>
      <translation>Mark done</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="141" />
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="49" />
      <source>Tanggal
cair</source>
      <translation>Date
disbursed</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="51" />
      <source>Tanggal
tutup buku</source>
      <translation>Date of
the close</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="38" />
      <source>Tanggal asesmen:</source>
      <translation>Assessment date:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="64" />
      <source>Tanggal diterima:</source>
      <translation>Date received:</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="50" />
      <source>Tanggal keputusan:</source>
      <translation>Decision date:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="149" />
      <source>Tanggal lahir ditulis hh/bb/tttt, misalnya 17/08/1985.</source>
      <translation>Write the birth date as dd/mm/yyyy, e.g. 17/08/1985.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="98" />
      <source>Tanggal lahir:</source>
      <translation>Birth date:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="79" />
      <source>Tanggal masuk:</source>
      <translation>Joined on:</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="49" />
      <source>Tanggal mulai dicatat:</source>
      <translation>Book starts on:</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="194" />
      <source>Tanggal pemeriksaan:</source>
      <translation>Check date:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="87" />
      <source>Tanggal pencairan:</source>
      <translation>Disbursed on:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="67" />
      <source>Tanggal pertemuan:</source>
      <translation>Meeting date:</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="151" />
      <source>Tanggal saldo awal:</source>
      <translation>Opening date:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="189" />
      <source>Tanggal tutup</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="44" />
      <source>Tanggal:</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="189" />
      <source>Tanggung renteng</source>
      <translation>Joint liability</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="205" />
      <source>Tanggung renteng baris {0}</source>
      <translation>Joint liability row {0}</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="17" />
      <source>Tanggung renteng saat tutup buku</source>
      <translation>Joint liability at the month close</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="100" />
      <source>Tanggung renteng:</source>
      <translation>Joint liability:</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="101" />
      <source>Telepon:</source>
      <translation>Phone:</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="91" />
      <source>Template ditulis: {0}</source>
      <translation>Template written: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="40" />
      <source>Temuan</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="66" />
      <source>Temuan:</source>
      <translation>Findings:</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="197" />
      <source>Terakhir ditutup: {0} · berikutnya: {1}</source>
      <translation>Last closed: {0} · next: {1}</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="115" />
      <source>Terima barang…</source>
      <translation>Receive an item…</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="142" />
      <source>Terima dana bergulir</source>
      <translation>Receive revolving fund</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="88" />
      <source>Terima dana…</source>
      <translation>Receive grant…</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="18" />
      <source>Terima hibah: {source}</source>
      <translation>Grant received: {source}</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="38" />
      <source>Terima inventaris</source>
      <translation>Receive inventory</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="27" />
      <source>Terima inventaris: {item}</source>
      <translation>Asset received: {item}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="428" />
      <source>Terjadi kesalahan: {0}. Tidak ada yang disimpan.</source>
      <translation>An error occurred: {0}. Nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="47" />
      <source>Termasuk
tunggakan</source>
      <translation>Of which
arrears</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="98" />
      <source>Tiap anggota dengan simpanannya pada halaman terakhir buku lama; tunggakan wajib dalam rupiah.</source>
      <translation>Each member with her savings on the old book's last page; wajib arrears in rupiah.</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="108" />
      <source>Tidak ada anggota yang menerima bagian.</source>
      <translation>No member receives a share.</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="89" />
      <source>Tidak ada penanggung untuk: {0}. Kelompok akan diblokir (tidak ada pencairan baru) sampai tunggakan itu lunas.</source>
      <translation>No one can cover: {0}. The group will be blocked (no new loans) until those arrears are paid.</translation>
    </message>
    <message>
      <location filename="../../ui/page.py" line="97" />
      <source>Tidak ada yang disimpan, karena:</source>
      <translation>Nothing was saved, because:</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="364" />
      <source>Tidak ada yang disimpan. Perbaiki baris berikut, lalu Simpan lagi:</source>
      <translation>Nothing was saved. Correct these lines, then Save again:</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="158" />
      <source>Tidak dapat dicairkan: {0}</source>
      <translation>Cannot be disbursed: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="425" />
      <source>Tidak dapat disimpan</source>
      <translation>Cannot be saved</translation>
    </message>
    <message>
      <location filename="../../ui/page.py" line="97" />
      <source>Tidak disimpan</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="189" />
      <source>Tidak tertanggung</source>
      <translation>Not covered</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="93" />
      <source>Tindak lanjut</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="127" />
      <source>Tindak lanjut ditandai selesai</source>
      <translation>Follow-up marked done</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="92" />
      <source>Tindak lanjut pendampingan</source>
      <translation>Facilitator follow-ups</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="42" />
      <source>Tindak lanjut yang belum selesai</source>
      <translation>Open follow-ups</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="68" />
      <source>Tindak lanjut:</source>
      <translation>Follow-up:</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="20" />
      <source>Tingkat pengembalian</source>
      <translation>Repayment rate</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="141" />
      <source>Transaksi</source>
      <translation>Entry</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="106" />
      <source>Transaksi dibatalkan (pembalikan dicatat)</source>
      <translation>Entry reversed (reversal recorded)</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="99" />
      <source>Transaksi ini tidak dapat dibatalkan di sini (sudah dibalik, atau dicatat tanpa nomor transaksi)</source>
      <translation>This entry cannot be reversed here (already reversed, or recorded without an entry id)</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="61" />
      <source>Transaksi tidak pernah dihapus. Untuk membetulkan, pilih barisnya lalu "Batalkan transaksi": kasbuku mencatat pembalikan dengan alasannya.</source>
      <translation>Entries are never deleted. To correct one, select it and press "Reverse entry": kasbuku records a reversal with its reason.</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="223" />
      <source>Tulis alasannya: barang hanya dihapus dari daftar dengan alasan yang jelas.</source>
      <translation>Write the reason: an item leaves the list only with a clear reason.</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="42" />
      <source>Tulis apa yang mengikat kelompok.</source>
      <translation>Write what binds the group.</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="104" />
      <source>Tulis berapa untuk anggota, cadangan dan/atau dana sosial.</source>
      <translation>Write how much goes to members, the reserve and/or the social fund.</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="141" />
      <source>Tulis jasa dalam persen, misalnya 1,5.</source>
      <translation>Write the interest as a percentage, e.g. 1.5.</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="60" />
      <source>Tulis jumlah rupiah, misalnya 10.000</source>
      <translation>Write an amount in rupiah, e.g. 10.000</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="77" />
      <source>Tulis nama mitranya.</source>
      <translation>Write the partner's name.</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="75" />
      <source>Tulis nilai barang dalam rupiah, misalnya 1.500.000</source>
      <translation>Write the item's value in rupiah, e.g. 1.500.000</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="79" />
      <source>Tulis seperti yang biasa disebut kelompok: per bulan (1,5 %) atau per tahun (18 %).</source>
      <translation>Write it as the group says it: a month (1.5 %) or a year (18 %).</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="225" />
      <source>Tulis uang hasil penjualannya.</source>
      <translation>Write the money from the sale.</translation>
    </message>
    <message>
      <source>Tunggakan</source>
      <translation type="obsolete">Arrears</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="48" />
      <source>Tunggakan
wajib</source>
      <translation>Wajib
arrears</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="68" />
      <source>Tunggakan angsuran</source>
      <translation>Instalment arrears</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="224" />
      <source>Tunggakan wajib</source>
      <translation>Wajib arrears</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="62" />
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="104" />
      <source>Tutup Bulan…</source>
      <translation>Close month…</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="161" />
      <source>Tutup buku</source>
      <translation>Month close</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="46" />
      <source>Tutup buku {0}</source>
      <translation>Close {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="56" />
      <source>Tutup buku {0} (tanggal {1})</source>
      <translation>Close {0} (dated {1})</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="58" />
      <source>Tutup bulan {0}</source>
      <translation>Close {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="199" />
      <source>Tutup bulan {0}…</source>
      <translation>Close {0}…</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="198" />
      <source>Tutup dan buka lagi kasbuku untuk memakai {0}.</source>
      <translation>Close and reopen kasbuku to use {0}.</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="217" />
      <source>Uang hasil penjualan masuk kas kelompok.</source>
      <translation>Money from a sale goes to the group's cash.</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="215" />
      <source>Uang hasil penjualan:</source>
      <translation>Money from the sale:</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="141" />
      <source>Uang keluar</source>
      <translation>Money out</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="141" />
      <source>Uang masuk</source>
      <translation>Money in</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="291" />
      <source>Uang masuk di pertemuan ini: {0}</source>
      <translation>Money in at this meeting: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="82" />
      <source>Uang tunai yang harus dikumpulkan: {0}</source>
      <translation>Cash to collect: {0}</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="139" />
      <source>Uang usaha kelompok disimpan terpisah dari uang simpan pinjam: modal diambil dari kas kelompok, laba dibagi menurut keputusan rapat.</source>
      <translation>The business's money is kept apart from savings and loans: capital comes from the group's cash, profit is shared as the meeting decides.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="277" />
      <source>Ubah anggota {0}</source>
      <translation>Edit member {0}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="228" />
      <source>Ubah…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="117" />
      <source>Ulangi PIN:</source>
      <translation>Repeat PIN:</translation>
    </message>
    <message>
      <location filename="../../ui/start.py" line="77" />
      <source>Ulangi:</source>
      <translation>Repeat:</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="49" />
      <source>Unduh template spreadsheet…</source>
      <translation>Download the spreadsheet template…</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="37" />
      <source>Untuk anggota (ke simpanan sukarela):</source>
      <translation>To members (voluntary savings):</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="38" />
      <source>Untuk cadangan kelompok:</source>
      <translation>To the group's reserve:</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="39" />
      <source>Untuk dana sosial:</source>
      <translation>To the social fund:</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="36" />
      <source>Untuk keperluan:</source>
      <translation>Purpose:</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="40" />
      <source>Untuk/dari:</source>
      <translation>For/from:</translation>
    </message>
    <message>
      <location filename="../../ui/economy.py" line="18" />
      <source>Usaha &amp; inventaris</source>
      <translation>Business &amp; inventory</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="105" />
      <source>Usaha anggota (pemetaan)</source>
      <translation>Member's business (mapping)</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="123" />
      <source>Usaha kelompok</source>
      <translation>Group business</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="99" />
      <source>Usaha tiap anggota dicatat di layar Anggota (Ubah…); setiap asesmen disimpan dengan tanggalnya sehingga perkembangannya terlihat di sini.</source>
      <translation>Each member's business is recorded on the Members screen (Edit…); every assessment keeps its date, so progress shows here.</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="106" />
      <source>Usulkan ke mitra…</source>
      <translation>Propose to a partner…</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="224" />
      <source>Utang TR</source>
      <translation>TR debt</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="110" />
      <source>Utang tanggung renteng yang belum lunas: siapa berutang kepada siapa, dari tutup buku tanggal berapa.</source>
      <translation>Joint-liability debts not yet repaid: who owes whom, from the close of which date.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="208" />
      <source>Utangnya lebih besar dari simpanannya: lunasi dulu sebelum keluar.</source>
      <translation>She owes more than her savings: settle first before leaving.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="223" />
      <source>Wajib</source>
      <translation>Wajib</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="51" />
      <source>Yang
berutang</source>
      <translation>Debtor</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="40" />
      <source>Yang diperiksa</source>
      <translation>Checked</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="63" />
      <source>Yang diperiksa:</source>
      <translation>Checked:</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="58" />
      <source>Yang hadir:</source>
      <translation>Present:</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="34" />
      <source>Yang mengikat kelompok:</source>
      <translation>What binds the group:</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="119" />
      <source>Yang mengikat kelompok: {0} ({1})</source>
      <translation>What binds the group: {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="241" />
      <source>aktif</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="25" />
      <source>alat tulis</source>
      <translation>stationery</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="149" />
      <source>asesmen pertama</source>
      <translation>first assessment</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="23" />
      <source>bahan baku</source>
      <translation>raw materials</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="70" />
      <source>barang</source>
      <translation>item</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="198" />
      <source>belum ada</source>
      <translation>none yet</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="198" />
      <source>bendahara</source>
      <translation>treasurer</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="96" />
      <source>berjalan</source>
      <translation>running</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="19" />
      <source>bertetangga</source>
      <translation>neighbours</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="25" />
      <source>biaya bank</source>
      <translation>bank fees</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="26" />
      <source>buku kas</source>
      <translation>cash book</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="51" />
      <source>bulanan</source>
      <translation>monthly</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="23" />
      <source>bunga bank</source>
      <translation>bank interest</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="50" />
      <source>cadangan</source>
      <translation>reserve</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="70" />
      <source>cadangan TR</source>
      <translation>TR reserve</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="27" />
      <source>dana bergulir</source>
      <translation>revolving fund</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="104" />
      <source>dana bergulir {0}</source>
      <translation>revolving fund {0}</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="45" />
      <source>dana kelompok</source>
      <translation>group's own fund</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="26" />
      <source>dana sosial anggota</source>
      <translation>members' social fund</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="37" />
      <source>dari cadangan TR</source>
      <translation>from the TR reserve</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="36" />
      <source>dari simpanan sukarela</source>
      <translation>from sukarela savings</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="99" />
      <source>diambil dari simpanan sukarela penanggung</source>
      <translation>taken from the coverers' sukarela savings</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="71" />
      <source>dibalik</source>
      <translation>reversed</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="98" />
      <source>dibayar tunai di pertemuan</source>
      <translation>paid in cash at the meeting</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="19" />
      <source>dibeli dengan kas kelompok</source>
      <translation>bought with the group's cash</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="130" />
      <source>digulirkan ke {0}</source>
      <translation>passed on to {0}</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="96" />
      <source>dihapus</source>
      <translation>written off</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="27" />
      <source>dihapus {0} ({1}{2}): {3}</source>
      <translation>removed {0} ({1}{2}): {3}</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="20" />
      <source>dijual</source>
      <translation>sold</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="96" />
      <source>dipegang {0}, kondisi {1}</source>
      <translation>held by {0}, condition {1}</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="128" />
      <source>diterima dari {0}</source>
      <translation>received from {0}</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="19" />
      <source>diterima sebagai barang (hibah)</source>
      <translation>received in kind (grant)</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="51" />
      <source>dua mingguan</source>
      <translation>fortnightly</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="82" />
      <source>flat (jasa sama setiap bulan)</source>
      <translation>flat (same interest every month)</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="52" />
      <source>flat (tetap dari pokok awal)</source>
      <translation>flat (on the original principal)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="85" />
      <source>flat — jasa sama setiap bulan, dihitung dari pinjaman awal</source>
      <translation>flat — same interest every month, on the original loan</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="23" />
      <source>hasil usaha bersama</source>
      <translation>joint business income</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="97" />
      <source>hh/bb/tttt</source>
      <translation>dd/mm/yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="20" />
      <source>hilang</source>
      <translation>lost</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="23" />
      <source>iuran kegiatan</source>
      <translation>activity dues</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="19" />
      <source>kelompok pengajian atau arisan</source>
      <translation>prayer or arisan group</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="241" />
      <source>keluar {0}</source>
      <translation>left {0}</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="23" />
      <source>kemasan</source>
      <translation>packaging</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="19" />
      <source>kerabat</source>
      <translation>relatives</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="69" />
      <source>kode</source>
      <translation>code</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="57" />
      <source>kode anggota, dipisah koma: A01, A02</source>
      <translation>member codes, comma separated: A01, A02</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="25" />
      <source>konsumsi pertemuan</source>
      <translation>meeting refreshments</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="22" />
      <source>lain-lain</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="91" />
      <source>laki-laki</source>
      <translation>male</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="24" />
      <source>listrik dan gas</source>
      <translation>electricity and gas</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="96" />
      <source>lunas</source>
      <translation>paid</translation>
    </message>
    <message>
      <source>menolak</source>
      <translation type="obsolete">declined</translation>
    </message>
    <message>
      <source>menunggak</source>
      <translation type="obsolete">late</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="52" />
      <source>menurun (dari sisa pokok)</source>
      <translation>declining (on the remaining principal)</translation>
    </message>
    <message>
      <location filename="../../ui/loan_form.py" line="83" />
      <source>menurun (jasa dari sisa pinjaman)</source>
      <translation>declining (interest on what is left)</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="86" />
      <source>menurun — jasa dihitung dari sisa pinjaman, makin lama makin kecil</source>
      <translation>declining — interest on what is left, smaller each month</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="42" />
      <source>menurut bobot yang disepakati</source>
      <translation>by the agreed weights</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="51" />
      <source>mingguan</source>
      <translation>weekly</translation>
    </message>
    <message>
      <location filename="../../ui/create_group.py" line="42" />
      <source>misalnya KUBE Mawar</source>
      <translation>e.g. KUBE Mawar</translation>
    </message>
    <message>
      <source>misalnya dijual karena rusak berat, hasil rapat 5 Maret</source>
      <translation type="obsolete">e.g. sold as badly broken, meeting of 5 March</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="212" />
      <source>misalnya dijual, rusak berat</source>
      <translation>e.g. sold, badly broken</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="65" />
      <source>misalnya ikut pelatihan menjahit, KUR Rp 10 juta disetujui</source>
      <translation>e.g. joined sewing training, KUR Rp 10 million approved</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="34" />
      <source>misalnya iuran bulanan, sumbangan warga</source>
      <translation>e.g. monthly dues, neighbours' gift</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="112" />
      <source>misalnya kue basah</source>
      <translation>e.g. fresh cakes</translation>
    </message>
    <message>
      <source>misalnya kue basah, warung sembako</source>
      <translation type="obsolete">e.g. cakes, grocery stall</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="42" />
      <source>misalnya mesin jahit, gerobak, kompor gas</source>
      <translation>e.g. sewing machine, cart, gas stove</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="109" />
      <source>nama pendamping</source>
      <translation>facilitator's name</translation>
    </message>
    <message>
      <source>pemberi atau toko: Kemensos, Dinsos, Toko Makmur…</source>
      <translation type="obsolete">giver or shop: Kemensos, Dinsos, Toko Makmur…</translation>
    </message>
    <message>
      <location filename="../../ui/main.py" line="198" />
      <source>pendamping</source>
      <translation>facilitator</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="20" />
      <source>penerima program yang sama</source>
      <translation>same programme</translation>
    </message>
    <message>
      <source>pengembalian {0}</source>
      <translation type="obsolete">repayment {0}</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="22" />
      <source>penjualan produk</source>
      <translation>product sales</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="91" />
      <source>perempuan</source>
      <translation>female</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="27" />
      <source>pertemuan kelompok</source>
      <translation>group meeting</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="22" />
      <source>pesanan</source>
      <translation>orders</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="26" />
      <source>pinjaman dan tunggakan</source>
      <translation>loans and arrears</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="110" />
      <source>pinjaman menunggak &gt; 30 hari</source>
      <translation>loans &gt; 30 days late</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="20" />
      <source>rusak, tidak dapat dipakai</source>
      <translation>broken, unusable</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="41" />
      <source>sama rata untuk setiap anggota aktif</source>
      <translation>equal for every active member</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="24" />
      <source>sewa tempat</source>
      <translation>rent</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="26" />
      <source>simpanan</source>
      <translation>savings</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="108" />
      <source>sudah lewat jatuh tempo</source>
      <translation>past due</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="50" />
      <source>sukarela</source>
      <translation>voluntary</translation>
    </message>
    <message>
      <location filename="../../ui/cashbook.py" line="23" />
      <source>sumbangan</source>
      <translation>donation</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="71" />
      <source>sumber</source>
      <translation>source</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="26" />
      <source>tanggung renteng</source>
      <translation>joint liability</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="150" />
      <source>tetap</source>
      <translation>same</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="123" />
      <source>tidak ada</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="24" />
      <source>transpor</source>
      <translation>transport</translation>
    </message>
    <message>
      <location filename="../../ui/widgets.py" line="175" />
      <source>tulis persen, misalnya 1,5</source>
      <translation>write a percentage, e.g. 1.5</translation>
    </message>
    <message>
      <location filename="../../ledger/model/labels.py" line="50" />
      <source>tunai</source>
      <translation>cash</translation>
    </message>
    <message>
      <location filename="../../ui/closing.py" line="36" />
      <source>tunai di pertemuan</source>
      <translation>cash at the meeting</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="24" />
      <source>upah</source>
      <translation>wages</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="27" />
      <source>usaha anggota</source>
      <translation>members' businesses</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="19" />
      <source>usaha sejenis</source>
      <translation>same trade</translation>
    </message>
    <message>
      <location filename="../../ui/mapping.py" line="22" />
      <source>usaha swasta (pembeli tetap)</source>
      <translation>private business (regular buyer)</translation>
    </message>
    <message>
      <location filename="../../ui/visits.py" line="110" />
      <source>yang diperiksa</source>
      <translation>what was checked</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="84" />
      <source>{0} (belum ditutup)</source>
      <translation>{0} (not closed yet)</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="136" />
      <source>{0} barang, nilai {1} · belum diperiksa {2} bulan: {3}</source>
      <translation>{0} items, value {1} · not checked for {2} months: {3}</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="110" />
      <source>{0} belum dapat dimuat; perbaiki dulu di spreadsheet ({1} masalah):</source>
      <translation>{0} cannot be loaded yet; fix it in the spreadsheet first ({1} problems):</translation>
    </message>
    <message>
      <location filename="../../ui/reporting.py" line="41" />
      <source>{0} belum tersedia di versi kasbuku ini.</source>
      <translation>{0} is not available in this version of kasbuku.</translation>
    </message>
    <message>
      <location filename="../../ui/business.py" line="177" />
      <source>{0} dicatat</source>
      <translation>{0} recorded</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="171" />
      <source>{0} digulirkan ke {1}</source>
      <translation>{0} passed on to {1}</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="166" />
      <source>{0} dihapus dari daftar</source>
      <translation>{0} removed from the list</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="156" />
      <source>{0} diserahkan</source>
      <translation>{0} handed over</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="123" />
      <source>{0} halaman</source>
      <translation>{0} pages</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="147" />
      <source>{0} halaman dikirim ke pencetak.</source>
      <translation>{0} pages sent to the printer.</translation>
    </message>
    <message>
      <source>{0} kelompok, {1}. Baris tebal: jumlah per kecamatan dan seluruhnya.</source>
      <translation type="obsolete">{0} groups, {1}. Bold rows: totals per kecamatan and overall.</translation>
    </message>
    <message>
      <location filename="../../ui/recap.py" line="100" />
      <source>{0} kelompok, {1}; jumlah uang dalam rupiah. Baris tebal: jumlah per kecamatan dan seluruhnya.</source>
      <translation>{0} groups, {1}; amounts in rupiah. Bold rows: totals per district and overall.</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="196" />
      <source>{0} keluar pada {1}</source>
      <translation>{0} leaves on {1}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="316" />
      <source>{0} keluar; dibayarkan {1}</source>
      <translation>{0} left; paid out {1}</translation>
    </message>
    <message>
      <location filename="../../ui/reports_screen.py" line="197" />
      <source>{0} laporan ditulis ke {1}</source>
      <translation>{0} statements written to {1}</translation>
    </message>
    <message>
      <location filename="../../ui/meeting.py" line="276" />
      <source>{0} lebih dari {1}: salah ketik?</source>
      <translation>{0} is more than {1}: a typing slip?</translation>
    </message>
    <message>
      <location filename="../../ui/grant.py" line="120" />
      <source>{0} paling lambat {1}</source>
      <translation>{0} by {1}</translation>
    </message>
    <message>
      <source>{0}, dicairkan {1}: {2} dalam {3} angsuran, jasa {4} % per bulan ({5}). Sisa pokok {6}; pelunasan hari ini {7}; kolektibilitas {8}.</source>
      <translation type="obsolete">{0}, disbursed {1}: {2} in {3} instalments, interest {4} % per month ({5}). Principal left {6}; payoff today {7}; collectability {8}.</translation>
    </message>
    <message>
      <location filename="../../ui/loans.py" line="113" />
      <source>{0}, dicairkan {1}: {2} dalam {3}, jasa {4} ({5}). Sisa pokok {6}; pelunasan hari ini {7}; kolektibilitas {8}.</source>
      <translation>{0}, disbursed {1}: {2} over {3}, interest {4} ({5}). Principal left {6}; payoff today {7}; collectability {8}.</translation>
    </message>
    <message>
      <source>{0}: "{1}" bukan jumlah rupiah</source>
      <translation type="obsolete">{0}: "{1}" is not an amount in rupiah</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="228" />
      <source>{0}: '{1}' bukan jumlah rupiah.</source>
      <translation>{0}: '{1}' is not an amount of rupiah.</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="248" />
      <source>{0}: lama pinjaman '{1}' bukan bilangan bulat.</source>
      <translation>{0}: the term '{1}' is not a whole number.</translation>
    </message>
    <message>
      <location filename="../../ui/dashboard.py" line="142" />
      <source>{0}: pengembalian {1}</source>
      <translation>{0}: refund {1}</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book_form.py" line="236" />
      <source>{0}: tanggal '{1}' ditulis hh/bb/tttt.</source>
      <translation>{0}: write the date '{1}' as dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="../../ui/paper_book.py" line="120" />
      <source>{0}: {1} anggota, {2} pinjaman berjalan, saldo awal per {3}; modal awal (saldo pembukaan) {4}. Cocokkan neraca di bawah dengan hitungan kas dan halaman terakhir buku lama, lalu simpan.</source>
      <translation>{0}: {1} members, {2} open loans, opening balances as of {3}; opening equity {4}. Compare the balance sheet below with the cash count and the last page of the old book, then save.</translation>
    </message>
    <message>
      <location filename="../../ui/chart.py" line="132" />
      <source>{0}: {1}, pengembalian {2}, PAR30 {3}</source>
      <translation>{0}: {1}, repayment {2}, PAR30 {3}</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="91" />
      <source>— belum diisi —</source>
      <translation>— not filled in —</translation>
    </message>
    <message>
      <location filename="../../ui/members.py" line="107" />
      <source>— belum dipetakan —</source>
      <translation>— not mapped yet —</translation>
    </message>
    <message>
      <location filename="../../ui/social.py" line="19" />
      <source>— bukan untuk satu anggota —</source>
      <translation>— not for one member —</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="28" />
      <source>⚠ HILANG</source>
      <translation>⚠ LOST</translation>
    </message>
    <message>
      <location filename="../../ui/inventory.py" line="30" />
      <source>⚠ belum diperiksa {0} bulan</source>
      <translation>⚠ not checked for {0} months</translation>
    </message>
  </context>
</TS>
