"""The ``kasbuku`` command (cli.md): the facilitators' second door onto the same ledger services.

Every error is one line in Indonesian on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kasbuku import __version__, backup, db, integrity, locking, parallel, paths, safefile
from ledger import services
from ledger.model.calendar import month_end
from ledger.model.errors import LineRefused, Refusal, UnknownGroup
from ledger.model.events import MONTH_RE
from ledger.services import transfer

EXIT_OK, EXIT_FINDINGS, EXIT_REFUSED = 0, 1, 2


def _url(args: argparse.Namespace) -> str:
    return paths.book_url(getattr(args, "db", None))


def _engine(args: argparse.Namespace) -> Engine:
    """Open the book (checked first, kasbuku/integrity.py), then take the day's first automatic backup."""
    url = _url(args)
    engine = db.open_engine(url)  # a damaged book is refused here, before any copy is taken
    backup.automatic(url, "harian")
    return engine


def cmd_apply(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"berkas {path} tidak dapat dibaca: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    engine = _engine(args)
    locking.check_free(engine, locking.me("kasbuku apply"))
    try:
        with db.session(engine, write=True) as sess:
            count = services.apply_lines(sess, lines)
    except LineRefused as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    print(f"{count} transaksi dicatat")
    return EXIT_OK


def _as_of(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise Refusal(f"--as-of harus tanggal YYYY-MM-DD, bukan '{text}'") from exc


def cmd_state(args: argparse.Namespace) -> int:
    as_of = _as_of(args.as_of)
    engine = _engine(args)
    try:
        with db.session(engine) as sess:
            result = services.state(sess, args.group, as_of)
    except UnknownGroup as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    book_file = db.sqlite_path(_url(args))
    if book_file is not None and book_file.exists():
        integrity.refuse_damaged(book_file, full=True)  # quick_check whatever the book's size
    engine = _engine(args)
    with db.session(engine) as sess:
        found = services.check(sess)
    found += backup.cut_tail(_url(args))
    for finding in found:
        print(finding)
    if not found:
        print("buku bersih: jurnal seimbang, buku pembantu cocok, identitas dana bergulir terpenuhi")
    return EXIT_FINDINGS if found else EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from kasbuku import demo

    engine = _engine(args)
    with db.session(engine, write=True) as sess:
        count = demo.write_demo(sess)
    print(f"buku demo ditulis: {count} transaksi; PIN setiap kelompok {demo.DEMO_PIN}, "
          f"kata sandi pendamping '{demo.DEMO_PASSWORD}'")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """Show the book's settings, or set the office's name (on the rekap and the pemetaan)."""
    engine = _engine(args)
    if args.office is not None:
        with db.session(engine, write=True) as sess:
            services.set_office_name(sess, args.office)
    with db.session(engine) as sess:
        print(f"kantor: {services.office_name(sess) or '(belum diisi)'}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    made = backup.backup_to(_url(args), Path(args.out))
    print(f"cadangan ditulis dan diperiksa: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    kept = backup.restore(_url(args), Path(args.file))
    print(f"buku dipulihkan dari {args.file}; buku sebelumnya disimpan di {kept}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    engine = _engine(args)
    with db.session(engine) as sess:
        lines = transfer.export_lines(sess, args.group, __version__)
    out = Path(args.out)
    safefile.write_bytes(out, ("\n".join(lines) + "\n").encode("utf-8"), "ekspor")
    print(f"kelompok {args.group}: {len(lines) - 1} baris (transaksi dan jejak audit) diekspor ke {out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise Refusal(f"berkas {path} tidak dapat dibaca: {exc}") from exc
    engine = _engine(args)
    locking.check_free(engine, locking.me("kasbuku import"))
    with db.session(engine, write=True) as sess:
        done = transfer.import_lines(sess, lines)
    if done.added:
        print(f"kelompok {done.group}: {done.added} transaksi ditambahkan (riwayat sekarang {done.total} transaksi)")
    else:
        print(f"kelompok {done.group}: buku ini sudah memuat semua transaksi berkas itu; tidak ada yang ditambahkan")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    """The paper-book spreadsheet: empty with examples, or filled from a group of this book."""
    from kasbuku import paperbook
    from ledger.views.opening import opening_from_book

    out = Path(args.out)
    if args.group is None:
        paperbook.write_template(out)
        print(f"templat buku awal ditulis ke {out}")
        return EXIT_OK
    with db.session(_engine(args)) as sess:
        book = services.load_book(sess, args.group)
    on = date.today()
    payload = opening_from_book(book, on)
    assert book.created is not None
    group = {"group": book.name, "kind": book.kind, "created": book.created, **book.address}
    members: dict[str, dict[str, Any]] = {
        m.code: {"name": m.name, "category": m.category, "role": m.role, "joined": m.joined, **m.identity}
        for m in book.active_members()}
    paperbook.write_template(out, payload, group, members)
    print(f"buku kelompok {book.name} per {on.isoformat()} ditulis ke {out}")
    return EXIT_OK


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    """A filled paper-book spreadsheet into the book: all of it, or nothing and every problem named."""
    from kasbuku import paperbook

    path = Path(args.file)
    engine = _engine(args)
    locking.check_free(engine, locking.me("kasbuku import-xlsx"))
    with db.session(engine) as sess:
        head = paperbook.read_template(path)
        name = next((e["group"] for e in head.events), None)
        existing = services.group_events(sess, name) if name and name in services.list_groups(sess) else None
    reading = paperbook.read_template(path, existing) if existing else head
    if reading.problems:
        print(f"{path.name} tidak dimuat; perbaiki dulu:", file=sys.stderr)
        for problem in reading.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_REFUSED
    with db.session(engine, write=True) as sess:
        count = services.apply_events(sess, reading.events)
    print(f"kelompok {reading.events[0]['group']}: {count} transaksi dicatat dari buku lama")
    return EXIT_OK


def _report_request(args: argparse.Namespace, group: str) -> Any:
    from reports import api

    if args.month is not None and not MONTH_RE.match(args.month):
        raise Refusal(f"--month harus bulan YYYY-MM, bukan '{args.month}'")
    try:
        signed = date.fromisoformat(args.signed_on) if args.signed_on else None
    except ValueError:
        raise Refusal(f"--signed-on harus tanggal YYYY-MM-DD, bukan '{args.signed_on}'") from None
    return api.Request(args.kind, group, month=args.month, year=args.year, loan=args.loan, member=args.member,
                       seq=args.event_seq, signed_on=signed)


def cmd_rekap(args: argparse.Namespace) -> int:
    """The office rekap of every group: PDF, or CSV/XLSX by the --out file's extension."""
    from reports import recap

    if not args.all or args.month is None or not MONTH_RE.match(args.month):
        raise Refusal("rekap memerlukan --all dan --month YYYY-MM")
    out = Path(args.out)
    if out.is_dir():
        out = out / f"{args.month}_rekap.pdf"
    engine = _engine(args)
    with db.session(engine) as sess:
        rows = services.recap(sess, args.month, parallel.recap_replayer(_url(args), args.jobs, sess))
        office = services.office_name(sess)
        doubles = services.double_niks_as_of(sess, month_end(args.month))
    if len(rows) == 1:
        raise Refusal("buku ini belum berisi kelompok")
    kind = out.suffix.lower().lstrip(".") if out.suffix.lower() in (".csv", ".xlsx") else "pdf"
    recap.write(rows, args.month, out, kind, office, date.today(), doubles)
    print(f"rekap {len(rows) - 1} baris ditulis: {out}")
    return EXIT_OK


def cmd_mapping(args: argparse.Namespace) -> int:
    """Pemetaan of every group (as of the end of --month, default today) as one landscape PDF."""
    from reports import mapping

    if not args.all:
        raise Refusal("pemetaan memerlukan --all")
    if args.month is not None and not MONTH_RE.match(args.month):
        raise Refusal(f"--month harus bulan YYYY-MM, bukan '{args.month}'")
    as_of = month_end(args.month) if args.month else date.today()
    out = Path(args.out)
    if out.is_dir():
        out = out / f"{as_of:%Y-%m}_pemetaan.pdf"
    with db.session(_engine(args)) as sess:
        rows, links = services.mapping(sess, as_of)
        office = services.office_name(sess)
        doubles = services.double_niks_as_of(sess, as_of)
    safefile.write_bytes(out, mapping.build(rows, links, office, as_of, date.today(), doubles), "peta")
    print(f"pemetaan ditulis: {out}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """One statement of one group to a file (or into a folder), or one per group into a folder (--all)."""
    from reports import api

    if args.kind == "rekap":
        return cmd_rekap(args)
    if args.kind == "pemetaan":
        return cmd_mapping(args)
    out = Path(args.out)
    engine = _engine(args)
    if not args.all:
        with db.session(engine) as sess:
            statement = api.build(sess, _report_request(args, args.group))
        folder = out.is_dir() or args.out.endswith(("/", os.sep))
        path = api.write(statement, out / api.file_name(statement) if folder else out)
        print(f"laporan ditulis: {path}")
        return EXIT_OK
    if args.kind == "kuitansi":
        raise Refusal("kuitansi dicetak per transaksi: pakai --group, bukan --all")
    if out.exists() and not out.is_dir():
        raise Refusal(f"dengan --all, --out harus folder; {out} adalah berkas")
    with db.session(engine) as sess:
        names = services.list_groups(sess)
    jobs = [(_report_request(args, name), out) for name in names]
    failed = 0
    for number, (name, written, refusal) in enumerate(parallel.run(_url(args), parallel.statement, jobs,
                                                                   args.jobs), start=1):
        if written is None:
            failed += 1
            print(f"[{number}/{len(names)}] {name}: {refusal}", file=sys.stderr)
        else:
            print(f"[{number}/{len(names)}] {name}: {written}")
    return EXIT_REFUSED if failed else EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    from ui.app import run

    return int(run(_url(args)))


def add_report_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    from reports.api import KINDS

    p = sub.add_parser("report", parents=[common], help="cetak laporan PDF",
                       description="Laporan PDF kelompok. --month bawaan: bulan terakhir yang sudah ditutup "
                                   "(setoran: bulan sesudahnya).")
    kinds = (*KINDS, "rekap", "pemetaan")
    p.add_argument("kind", choices=kinds, metavar="JENIS", help=", ".join(kinds))
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--group", help="nama kelompok")
    who.add_argument("--all", action="store_true", help="semua kelompok, satu PDF per kelompok ke folder --out")
    p.add_argument("--month", help="bulan YYYY-MM")
    p.add_argument("--year", type=int, help="tahun SHU")
    p.add_argument("--loan", help="kode pinjaman (angsuran; tanpa ini semua pinjaman)")
    p.add_argument("--member", help="kode anggota (anggota; tanpa ini semua anggota)")
    p.add_argument("--event-seq", dest="event_seq", type=int, help="nomor transaksi (kuitansi)")
    p.add_argument("--signed-on", dest="signed_on",
                   help="tanggal di atas tanda tangan YYYY-MM-DD (bawaan: hari terakhir periode laporan)")
    p.add_argument("--out", required=True, help="berkas PDF, atau folder")
    p.add_argument("--jobs", type=int, default=parallel.default_jobs(),
                   help="--all dan rekap: berapa proses bekerja bersamaan (bawaan: satu per inti prosesor)")
    p.set_defaults(func=cmd_report)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="alamat buku (SQLAlchemy URL)")
    parser = argparse.ArgumentParser(prog="kasbuku", parents=[common],
                                     description="Buku kas simpan pinjam kelompok (KUBE, KUsiAPP, KK)")
    parser.add_argument("--version", action="version", version=f"kasbuku {__version__}")
    parser.add_argument("--self-test", dest="self_test", metavar="DIR",
                        help="uji mandiri: buku demo, jendela, laporan PDF dan cadangan di folder DIR")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("apply", parents=[common], help="catat transaksi dari berkas JSONL")
    p.add_argument("file")
    p.set_defaults(func=cmd_apply)
    p = sub.add_parser("state", parents=[common], help="keadaan kelompok sebagai JSON")
    p.add_argument("--group", required=True)
    p.add_argument("--as-of", dest="as_of")
    p.set_defaults(func=cmd_state)
    p = sub.add_parser("check", parents=[common], help="periksa buku")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("demo", parents=[common], help="tulis buku demo")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("settings", parents=[common], help="pengaturan buku: nama kantor pada rekap dan pemetaan")
    p.add_argument("--office", help="nama kantor, mis. 'Dinas Sosial Kota Kupang'")
    p.set_defaults(func=cmd_settings)
    p = sub.add_parser("backup", parents=[common], help="salin buku ke berkas cadangan")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="pulihkan buku dari berkas cadangan")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("export", parents=[common], help="ekspor riwayat satu kelompok ke berkas")
    p.add_argument("--group", required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import", parents=[common], help="muat berkas ekspor satu kelompok ke buku ini")
    p.add_argument("file")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("template", parents=[common], help="tulis spreadsheet buku awal (saldo awal dari buku lama)")
    p.add_argument("--out", required=True)
    p.add_argument("--group", help="isi dari kelompok ini di buku")
    p.set_defaults(func=cmd_template)
    p = sub.add_parser("import-xlsx", parents=[common], help="muat spreadsheet buku awal ke buku ini")
    p.add_argument("file")
    p.set_defaults(func=cmd_import_xlsx)
    add_report_parser(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:  # the installer's smoke test (kasbuku/selftest.py); reports its own failures
        from kasbuku import selftest

        return selftest.main(Path(args.self_test))
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_window)
    try:
        return func(args)
    except Refusal as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("dibatalkan", file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        first_line = next(iter(str(exc).splitlines()), "")  # a database error carries its SQL below
        print(f"kesalahan tak terduga: {type(exc).__name__}: {first_line}", file=sys.stderr)
        return EXIT_REFUSED
