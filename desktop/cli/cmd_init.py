"""``daicho init``: create a vault; the administrator's password comes from stdin.

Only the recovery key is printed on stdout (so ``daicho init … > key.txt`` captures it);
everything else goes to stderr.
"""

from __future__ import annotations

from desktop.errors import DaichoError
from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new vault (prints only the recovery key)")
    p.add_argument("--office-name", required=True, help="商号又は名称")
    p.add_argument("--admin", required=True, metavar="ID", help="the first administrator's user ID")
    p.add_argument("--admin-name", metavar="NAME", help="the administrator's display name (default: the ID)")
    p.add_argument("--office-address", metavar="TEXT", help="所在地")
    p.add_argument("--representative", metavar="TEXT", help="代表者職氏名")
    p.add_argument("--contract", metavar="TEXT", help="契約名・所管課")
    p.add_argument("--no-terminal-binding", action="store_true",
                   help="run without terminal binding (only when no secure OS keyring works here; audited)")
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
    ctx.out(recovery_key)
    ctx.err(tr("CLI", "台帳を作成しました: {path}\n上の行がリカバリーキーです。二度と表示されません。"
                      "印刷するか書き写して、鍵のかかる場所に保管してください。").format(path=ctx.vault_path))
    return 0


def _no_keyring_message() -> str:
    return tr(
        "CLI",
        "このPCでは安全なキーリング（OSの資格情報の保管場所）が使えないため、端末の登録（端末制限）ができません。"
        "キーリングを使える状態にしてやり直すか、端末制限なしで運用する場合は --no-terminal-binding "
        "を付けてください（その選択は監査ログに記録されます）。",
    )
