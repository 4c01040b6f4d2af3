"""``daicho backup export|verify|restore|history|status`` — encrypted backups.

Secrets come from stdin, one per line (or no-echo prompts on a terminal):

- ``daicho --user ID --password-stdin backup export FILE``: your password, then the new
  backup passphrase. FILE may be a folder: a dated file name is made inside it. With
  ``--generate-passphrase`` only your password: the app makes a strong passphrase and prints
  it once on stdout after the backup is written (``--passphrase-sheet SHEET.pdf`` also
  writes its printable 保管票).
- ``daicho backup verify FILE``: the passphrase only (no vault needed). With ``--user`` (and
  ``--password-stdin``), your password first: the backup history then tells a wrong
  passphrase from a damaged file.
- ``daicho backup restore FILE --to PATH [--user ID | --recovery-key-stdin]``: the
  administrator's password as it was in the backup (or the recovery key), then the
  passphrase.
- ``… --replace [--live-user ID] [--live-recovery-key-stdin]``: replacing an existing vault
  also needs an administrator of that vault *as it is now*: after the two lines above, the
  live vault's recovery key (only with ``--live-recovery-key-stdin``, on a PC that is not one
  of its terminals), then the live administrator's current password. ``--live-user``
  defaults to the global ``--user``, else to the backup's administrator.
- ``daicho --user ID --password-stdin backup history`` / ``backup status``.
- ``daicho … backup schedule show`` / ``backup schedule set [--mode off|logout|daily|weekly]
  [--time HH:MM] [--weekday 0-6] [--folder DIR] [--keep-daily N] [--keep-weekly N]
  [--keep-monthly N] [--passphrase-stdin | --clear-passphrase]`` (administrators; with
  ``--passphrase-stdin`` the passphrase kept for scheduled backups is the second stdin line).
- ``daicho … backup run-scheduled [--force]``: what a system scheduler calls. Runs the
  scheduled backup only when it is due (daily / weekly; ``logout`` never is from here), then
  verifies and rotates. Exit 0: written and verified; 1: failed, destination missing or not
  verified; 3: not due.
- ``daicho … backup rotate [--dry-run]``: which scheduled backups rotation keeps and deletes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("backup", help=tr("CLI", "暗号化バックアップ：作成・検査・復元・履歴"))
    bsub = p.add_subparsers(dest="backup_command", metavar="ACTION", parser_class=type(p))
    bsub.required = True

    e = bsub.add_parser("export", help=tr("CLI", "暗号化バックアップを作成する（標準入力: 自分のパスワード、次にパスフレーズ）"))
    e.add_argument("file", type=Path, metavar="FILE", help=tr("CLI", "作成するバックアップファイル（またはフォルダー）"))
    e.add_argument("--progress", action="store_true", help=tr("CLI", "進み具合を標準エラー出力に表示する"))
    e.add_argument("--generate-passphrase", action="store_true",
                   help=tr("CLI", "標準入力から読む代わりに強いパスフレーズを作る（標準出力に一度だけ表示）"))
    e.add_argument("--passphrase-sheet", type=Path, metavar="PDF",
                   help=tr("CLI", "--generate-passphrase と併用: 印刷用のパスフレーズ控え（PDF）もここに書き出す"))
    e.set_defaults(func=_export)

    v = bsub.add_parser("verify", help=tr("CLI", "バックアップファイルを検査する（標準入力: パスフレーズ）"))
    v.add_argument("file", type=Path, metavar="FILE")
    v.set_defaults(func=_verify)

    r = bsub.add_parser("restore", help=tr("CLI", "バックアップから復元する（標準入力: 管理者のパスワードまたはリカバリーキー、次にパスフレーズ）"))
    r.add_argument("file", type=Path, metavar="FILE")
    r.add_argument("--to", type=Path, dest="to", metavar="PATH",
                   help=tr("CLI", "作成する台帳ファイル（省略時: --vault または DAICHO_VAULT の台帳）"))
    r.add_argument("--replace", action="store_true",
                   help=tr("CLI", "PATH の台帳を置き換える（隣に安全のための控えを残す）。その台帳の現在の管理者が必要"))
    r.add_argument("--live-user", dest="live_user", metavar="ID",
                   help=tr("CLI", "--replace と併用: 現在の台帳の管理者（省略時: --user）。その人の現在のパスワードを標準入力の最後の行で渡す"))
    r.add_argument("--live-recovery-key-stdin", action="store_true",
                   help=tr("CLI", "--replace と併用、現在の台帳の登録端末でないPCで: その台帳のリカバリーキーを管理者のパスワードの前の行で渡す"))
    who = r.add_mutually_exclusive_group()
    who.add_argument("--user", dest="restore_user", metavar="ID",
                     help=tr("CLI", "管理者（バックアップ時点のもの）。パスワードを標準入力の1行目で渡す"))
    who.add_argument("--recovery-key-stdin", action="store_true",
                     help=tr("CLI", "代わりに台帳のリカバリーキーを標準入力の1行目から読む"))
    r.add_argument("--progress", action="store_true", help=tr("CLI", "進み具合を標準エラー出力に表示する"))
    r.set_defaults(func=_restore)

    h = bsub.add_parser("history", help=tr("CLI", "この台帳から作ったバックアップと、この台帳への復元の一覧"))
    h.set_defaults(func=_history)

    s = bsub.add_parser("status", help=tr("CLI", "最後にバックアップした日時（期限切れなら終了コード 1）"))
    s.set_defaults(func=_status)

    sc = bsub.add_parser("schedule", help=tr("CLI", "定期バックアップの表示・変更（管理者）"))
    scsub = sc.add_subparsers(dest="schedule_command", metavar="ACTION", parser_class=type(p))
    scsub.required = True
    scsub.add_parser("show", help=tr("CLI", "予定・保存先・世代管理・前回の結果")).set_defaults(func=_schedule_show)
    ss = scsub.add_parser("set", help=tr("CLI", "予定を変更する（標準入力: 自分のパスワード[、パスフレーズ]）"))
    ss.add_argument("--mode", choices=("off", "logout", "daily", "weekly"))
    ss.add_argument("--time", metavar="HH:MM", help=tr("CLI", "時刻（毎日・毎週）"))
    ss.add_argument("--weekday", type=int, choices=range(7), metavar="0-6", help=tr("CLI", "毎週: 0 = 月曜 … 6 = 日曜"))
    ss.add_argument("--folder", metavar="DIR", help=tr("CLI", "保存先フォルダー（絶対パス。USBメモリー、NAS など）"))
    ss.add_argument("--keep-daily", type=int, metavar="N")
    ss.add_argument("--keep-weekly", type=int, metavar="N")
    ss.add_argument("--keep-monthly", type=int, metavar="N")
    secret = ss.add_mutually_exclusive_group()
    secret.add_argument("--passphrase-stdin", action="store_true",
                        help=tr("CLI", "定期バックアップ用の新しいパスフレーズを保管する（標準入力の2行目）"))
    secret.add_argument("--clear-passphrase", action="store_true", help=tr("CLI", "保管したパスフレーズを消す"))
    ss.set_defaults(func=_schedule_set)

    rs = bsub.add_parser("run-scheduled", help=tr("CLI", "予定の時刻なら定期バックアップを実行する（終了コード 0 完了、1 失敗、3 予定外）"))
    rs.add_argument("--force", action="store_true", help=tr("CLI", "予定の時刻でなくても実行する"))
    rs.add_argument("--progress", action="store_true", help=tr("CLI", "進み具合を標準エラー出力に表示する"))
    rs.set_defaults(func=_run_scheduled)

    ro = bsub.add_parser("rotate", help=tr("CLI", "古い定期バックアップを削除する（世代管理）"))
    ro.add_argument("--dry-run", action="store_true", help=tr("CLI", "残すものと削除するものを表示するだけにする"))
    ro.set_defaults(func=_rotate)


def _progress_printer(ctx, enabled: bool):
    if not enabled:
        return None
    last = {"pct": -1}

    def show(done: int, total: int) -> bool:
        pct = int(done * 100 / total) if total else 0
        if pct != last["pct"]:
            last["pct"] = pct
            print(f"\r{pct:3d}%", end="", file=ctx.stderr, flush=True)
            if pct >= 100:
                print(file=ctx.stderr)
        return True

    return show


def _new_passphrase(ctx) -> str:
    reader = getattr(ctx, "read_new_secret", None) or ctx.read_secret
    return reader(tr("CLI", "バックアップのパスフレーズ"))


def _export(ctx, args) -> int:
    from desktop.backup import export_backup
    from desktop.backup.service import BackupService
    from desktop.cli.context import UsageError
    from desktop.errors import DaichoError
    from desktop.fsutil import atomic_write_bytes

    if args.passphrase_sheet and not args.generate_passphrase:
        raise UsageError(tr("CLI", "--passphrase-sheet は --generate-passphrase と一緒に指定してください。"))
    vault = ctx.open_vault()
    service = BackupService(vault)
    if args.generate_passphrase:
        passphrase = service.generate_passphrase()
    else:
        password = getattr(ctx, "last_password", None)
        passphrase = _new_passphrase(ctx)
        if password is not None and passphrase == password:
            raise DaichoError(tr("CLI", "バックアップのパスフレーズには、ログインパスワードと別のものを使ってください。"))
    result = export_backup(vault, args.file, passphrase, progress=_progress_printer(ctx, args.progress))
    ctx.out(str(result.path))
    ctx.out(tr("CLI", "{size} バイト  SHA-256 {sha}").format(size=result.size, sha=result.sha256))
    if args.generate_passphrase:
        ctx.out(tr("CLI", "パスフレーズ（表示はこの一度だけです。書き留めるか保管票を印刷してください）: {p}").format(p=passphrase))
        if args.passphrase_sheet:
            atomic_write_bytes(args.passphrase_sheet, service.passphrase_sheet(passphrase, backup_name=result.path.name))
            print(tr("CLI", "保管票: {path}（印刷したら、PDFファイルは削除してください）").format(path=args.passphrase_sheet),
                  file=ctx.stderr)
    return 0


def _verify(ctx, args) -> int:
    from desktop.backup import list_history, verify_backup

    history = None
    if ctx.user:
        vault = ctx.open_vault(readonly=True)
        try:
            history = list_history(vault.conn)
        except Exception:  # noqa: BLE001 - a vault without the history table: no hint, still verify
            history = None
    passphrase = ctx.read_secret(tr("CLI", "バックアップのパスフレーズ"))
    info = verify_backup(args.file, passphrase, history=history)
    ctx.out(tr("CLI", "問題は見つかりませんでした。") + " " + info.summary())
    return 0


def _restore(ctx, args) -> int:
    from desktop.backup import restore_backup
    from desktop.cli.context import UsageError

    user = args.restore_user or (None if args.recovery_key_stdin else ctx.user)
    if not user and not args.recovery_key_stdin:
        raise UsageError(tr("CLI", "--user（バックアップ時点の管理者）か --recovery-key-stdin を指定してください。"))
    target = args.to or ctx.vault_path
    if args.recovery_key_stdin:
        recovery, password = ctx.read_secret(tr("CLI", "リカバリーキー")), None
    else:
        recovery, password = None, ctx.read_secret(tr("CLI", "管理者のパスワード（バックアップ時点）"))
    passphrase = ctx.read_secret(tr("CLI", "バックアップのパスフレーズ"))
    live = {}
    if args.replace and Path(target).expanduser().exists():
        live_user = args.live_user or ctx.user or user
        if not live_user:
            raise UsageError(tr("CLI", "--live-user（現在の台帳の管理者）を指定してください。"))
        live["live_user_id"] = live_user
        if args.live_recovery_key_stdin:
            live["live_recovery_key"] = ctx.read_secret(tr("CLI", "現在の台帳のリカバリーキー"))
        live["live_password"] = ctx.read_secret(tr("CLI", "現在の台帳の管理者のパスワード（いまのもの）"))
    result = restore_backup(args.file, passphrase, target, replace=args.replace, user_id=user, password=password,
                            recovery_key=recovery, progress=_progress_printer(ctx, args.progress), **live)
    ctx.out(str(result.path))
    for note in result.notes():
        print(note, file=ctx.stderr)
    return 0


def _history(ctx, args) -> int:
    from desktop.backup import list_history

    vault = ctx.open_vault(readonly=True)
    ctx.out("KIND\tAT\tUSER\tSIZE\tSHA256\tPATH")
    for e in list_history(vault.conn):
        ctx.out("\t".join([e.kind, e.at, e.user_id or "-", str(e.size), e.sha256, e.path]))
    return 0


def _status(ctx, args) -> int:
    from desktop.backup import backup_status, backup_status_text

    vault = ctx.open_vault(readonly=True)
    today = dt.date.today()
    _last, overdue = backup_status(vault.conn, today)
    ctx.out(backup_status_text(vault.conn, today))
    return 1 if overdue else 0


#: exit status of ``run-scheduled`` when no backup is due
NOT_DUE = 3


def _schedule_show(ctx, args) -> int:
    from desktop.backup import schedule

    vault = ctx.open_vault(readonly=True)
    config = schedule.load_config(vault.conn)
    state = schedule.load_state(vault.conn)
    ctx.out(f"mode\t{config.mode}")
    ctx.out(f"time\t{config.time[0]:02d}:{config.time[1]:02d}")
    ctx.out(f"weekday\t{config.weekday}")
    ctx.out(f"folder\t{config.folder}")
    ctx.out(f"keep\tdaily={config.keep_daily} weekly={config.keep_weekly} monthly={config.keep_monthly}")
    ctx.out("passphrase\t" + ("set" if schedule.has_passphrase(vault.conn) else "not set"))
    ctx.out(f"last_result\t{state.last_result or '-'}")
    ctx.out(f"last_ok_at\t{state.last_ok_at or '-'}")
    if state.message:
        ctx.out(f"message\t{state.message}")
    ctx.out(config.describe())
    return 0


def _schedule_set(ctx, args) -> int:
    from desktop.backup import schedule
    from desktop.cli.context import UsageError

    fields = dict(mode=args.mode, time=args.time, weekday=args.weekday, folder=args.folder,
                  keep_daily=args.keep_daily, keep_weekly=args.keep_weekly, keep_monthly=args.keep_monthly)
    if all(v is None for v in fields.values()) and not (args.passphrase_stdin or args.clear_passphrase):
        raise UsageError(tr("CLI", "変更する項目を指定してください（--mode、--folder、--passphrase-stdin など）。"))
    vault = ctx.open_vault()
    vault.session.require_admin()
    passphrase = _new_passphrase(ctx) if args.passphrase_stdin else None
    if passphrase is not None and passphrase == getattr(ctx, "last_password", None):
        raise DaichoError(tr("CLI", "バックアップのパスフレーズには、ログインパスワードと別のものを使ってください。"))
    if passphrase is not None:
        schedule.set_passphrase(vault, passphrase)
    elif args.clear_passphrase:
        schedule.set_passphrase(vault, None)
    changed = schedule.set_schedule(vault, **fields)
    for key, value in changed.items():
        ctx.out(f"{key}\t{value}")
    if passphrase is not None or args.clear_passphrase:
        ctx.out(tr("CLI", "定期バックアップのパスフレーズを{what}しました。").format(
            what=tr("CLI", "設定") if passphrase is not None else tr("CLI", "削除")))
    ctx.out(schedule.load_config(vault.conn).describe())
    return 0


def _run_scheduled(ctx, args) -> int:
    from desktop.backup import schedule

    vault = ctx.open_vault()
    outcome = schedule.run_scheduled(vault, force=args.force, progress=_progress_printer(ctx, args.progress))
    if outcome is None:
        ctx.out(tr("CLI", "定期バックアップの時刻ではありません。"))
        return NOT_DUE
    if outcome.path is not None:
        ctx.out(str(outcome.path))
    for name in outcome.deleted:
        ctx.out(tr("CLI", "削除（ローテーション）: {name}").format(name=name))
    if outcome.message:
        print(outcome.message, file=ctx.stderr)
    return 0 if outcome.result == "ok" else 1


def _rotate(ctx, args) -> int:
    from desktop.backup import rotation

    vault = ctx.open_vault(readonly=args.dry_run)
    if not args.dry_run:
        vault.session.require_write()
    result = rotation.rotate(vault, dry_run=args.dry_run)
    plan = result.plan
    for c in plan.keep:
        ctx.out(f"KEEP\t{c.name}")
    for c in plan.delete:
        if args.dry_run:
            ctx.out(f"DELETE\t{c.name}")
    for name in result.deleted:
        ctx.out(f"DELETED\t{name}")
    for name, why in plan.untouched + result.skipped:
        ctx.out(f"LEFT\t{name}\t{why}")
    return 0
