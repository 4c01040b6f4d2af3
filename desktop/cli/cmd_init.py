"""``daicho init``: create a vault; the administrator's password comes from stdin.

Only the recovery key is printed on stdout (so ``daicho init … > key.txt`` captures it);
everything else goes to stderr.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.errors import DaichoError
from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("init", help=tr("CLI", "新しい台帳を作成する（表示するのはリカバリーキーだけ）"))
    p.add_argument("--office-name", required=True, help=tr("CLI", "商号又は名称"))
    p.add_argument("--admin", required=True, metavar="ID", help=tr("CLI", "最初の管理者のユーザーID"))
    p.add_argument("--admin-name", metavar="NAME", help=tr("CLI", "管理者の表示名（省略時: ユーザーID）"))
    p.add_argument("--office-address", metavar="TEXT", help=tr("CLI", "所在地"))
    p.add_argument("--representative", metavar="TEXT", help=tr("CLI", "代表者職氏名"))
    p.add_argument("--contract", metavar="TEXT", help=tr("CLI", "委託業務名"))
    p.add_argument("--recovery-sheet", metavar="FILE", type=Path,
                   help="also write the recovery-key sheet (PDF with the key: keep it locked away)")
    p.add_argument("--no-terminal-binding", action="store_true",
                   help=tr("CLI", "端末制限なしで運用する（安全なキーリングが使えない場合だけ。監査ログに記録）"))
    p.set_defaults(func=run)


def run(ctx, args) -> int:
    from desktop.accounts.setup import create_vault
    from desktop.vault import crypto
    from desktop.vault.terminal import KeyringUnavailable, TerminalStore

    binding = not args.no_terminal_binding
    if ctx.vault_path.exists():
        raise DaichoError(tr("CLI", "台帳ファイルがすでにあります: {path}").format(path=ctx.vault_path))
    store = TerminalStore()
    if binding and not store.available():
        raise DaichoError(_no_keyring_message())
    password = ctx.read_new_secret(tr("CLI", "管理者のパスワード"))
    office = {"name": args.office_name}
    for key, value in (("address", args.office_address), ("representative", args.representative),
                       ("contract", args.contract)):
        if value:
            office[key] = value
    try:
        vault, recovery_key = create_vault(
            ctx.vault_path, office=office, admin_id=args.admin, admin_name=args.admin_name or args.admin,
            admin_password=password, binding=binding, terminals=store, kdf=crypto.tune_kdf(),
        )
    except KeyringUnavailable:
        raise DaichoError(_no_keyring_message()) from None
    ctx.adopt(vault)
    if args.recovery_sheet is not None:
        _write_sheet(ctx, vault, args.recovery_sheet, office["name"], recovery_key)
    ctx.out(recovery_key)
    ctx.err(tr("CLI", "台帳を作成しました: {path}\n上の行がリカバリーキーです。二度と表示されません。"
                      "印刷するか書き写して、鍵のかかる場所に保管してください。").format(path=ctx.vault_path))
    return 0


def _write_sheet(ctx, vault, path: Path, office_name: str, recovery_key: str) -> None:
    """Write the recovery-key sheet (the same PDF the wizard prints) and audit it."""
    from desktop.audit.unverified import first_admin_fingerprint
    from desktop.fsutil import atomic_writer
    from desktop.submittals.forms.recovery_sheet import render_recovery_sheet

    pdf = render_recovery_sheet(office_name=office_name, vault_path=str(ctx.vault_path),
                                recovery_key=recovery_key, created_at=dt.date.today(),
                                admin_fingerprint=first_admin_fingerprint(vault))
    try:
        with atomic_writer(path) as fh:
            fh.write(pdf)
    except OSError as exc:
        ctx.err(tr("CLI", "リカバリーキー保管票を書き出せませんでした（{path}: {reason}）。"
                          "下に表示するリカバリーキーを書き写してください。").format(path=path, reason=exc))
        return
    vault.audit("vault.recovery_sheet", details={"how": "cli"})
    ctx.err(tr("CLI", "リカバリーキー保管票を書き出しました: {path}（リカバリーキーが載っています。"
                      "印刷したらファイルは削除し、紙を鍵のかかる場所に保管してください）").format(path=path))


def _no_keyring_message() -> str:
    return tr(
        "CLI",
        "このPCでは安全なキーリング（OSの資格情報の保管場所）が使えないため、端末の登録（端末制限）ができません。"
        "キーリングを使える状態にしてやり直すか、端末制限なしで運用する場合は --no-terminal-binding "
        "を付けてください（その選択は監査ログに記録されます）。",
    )
