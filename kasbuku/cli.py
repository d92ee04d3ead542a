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

from sqlalchemy import Engine

from kasbuku import __version__, backup, db, locking, paths
from ledger import services, transfer
from ledger.errors import Refusal, UnknownGroup

EXIT_OK, EXIT_FINDINGS, EXIT_REFUSED = 0, 1, 2


def _url(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or os.environ.get("KASBUKU_DB") or paths.default_db_url()


def _engine(args: argparse.Namespace) -> Engine:
    """Open the book, taking the day's first automatic backup of an existing SQLite book."""
    url = _url(args)
    backup.automatic(url, "harian")
    return db.open_engine(url)


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
    except services.LineRefused as exc:
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
    engine = _engine(args)
    with db.session(engine) as sess:
        found = services.check(sess)
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
    print(f"buku demo ditulis: {count} transaksi")
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
    try:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        raise Refusal(f"berkas {out} tidak dapat ditulis: {exc}") from exc
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


def cmd_window(args: argparse.Namespace) -> int:
    from ui.app import run

    return run(_url(args))


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="alamat buku (SQLAlchemy URL)")
    parser = argparse.ArgumentParser(prog="kasbuku", parents=[common],
                                     description="Buku kas simpan pinjam kelompok (KUBE, KUsiAPP, KK)")
    parser.add_argument("--version", action="version", version=f"kasbuku {__version__}")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
