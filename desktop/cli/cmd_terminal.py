"""``daicho terminal list|register|remove|binding`` (A10-5 ク: use restricted to registered PCs)."""

from __future__ import annotations

from desktop.errors import DaichoError
from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("terminal", help="registered PCs (terminal binding)")
    tsub = p.add_subparsers(dest="terminal_command", metavar="ACTION", parser_class=type(p))
    tsub.required = True

    ls = tsub.add_parser("list", help="list registered terminals")
    ls.set_defaults(func=_list)

    r = tsub.add_parser("register", help="register this PC with the recovery key (stdin: your password, then the "
                                         "recovery key)")
    r.add_argument("--recovery-key-stdin", action="store_true", required=True,
                   help="read the recovery key from the second stdin line")
    r.add_argument("--name", help="a name for this PC (default: host name)")
    r.set_defaults(func=_register)

    rm = tsub.add_parser("remove", help="remove a terminal (re-keys the vault)")
    rm.add_argument("terminal_id", metavar="ID")
    rm.set_defaults(func=_remove)

    b = tsub.add_parser("binding", help="switch terminal binding on or off (administrators; audited)")
    b.add_argument("state", choices=("on", "off"))
    b.set_defaults(func=_binding)


def _list(ctx, args) -> int:
    vault = ctx.open_vault()
    vault.session.require_admin()
    if not vault.keyfile.binding:
        ctx.err(tr("CLI", "端末制限は無効です（どのPCでもパスワードだけで開けます）。"))
    rows = vault.conn.execute(
        "SELECT terminal_id, name, registered_at, registered_by FROM terminals WHERE removed_at IS NULL ORDER BY "
        "registered_at"
    ).fetchall()
    known = {r["terminal_id"]: r for r in rows}
    ctx.out("ID\tNAME\tREGISTERED\tBY\tTHIS_PC")
    for tid, slot in sorted(vault.keyfile.terminals.items(), key=lambda kv: kv[1].get("registered_at", "")):
        row = known.get(tid)
        ctx.out("\t".join([
            tid, slot.get("name", ""), slot.get("registered_at", ""), row["registered_by"] if row else "",
            "*" if tid == vault.terminal_id else "",
        ]))
    return 0


def _register(ctx, args) -> int:
    from desktop.vault.vault import unlock_with_recovery

    user = ctx.require_user()
    password = ctx.read_secret(tr("CLI", "パスワード"))
    recovery = ctx.read_secret(tr("CLI", "リカバリーキー"))
    vault = unlock_with_recovery(ctx.vault_path, recovery, user, password, register_terminal=False)
    ctx.adopt(vault)
    if not vault.keyfile.binding:
        raise DaichoError(tr("CLI", "端末制限が無効なため、端末を登録する必要はありません（有効にするには terminal "
                                    "binding on）。"))
    terminal_id = vault.register_this_terminal(args.name)
    ctx.out(terminal_id)
    ctx.err(tr("CLI", "このPCを端末として登録しました。各ユーザーは自分のパスワードで開けます。"))
    return 0


def _remove(ctx, args) -> int:
    vault = ctx.open_vault()
    vault.remove_terminal(args.terminal_id)
    ctx.err(tr("CLI", "端末 {id} を削除し、台帳の鍵を更新しました。"
                      "その端末ではもう開けません。").format(id=args.terminal_id))
    return 0


def _binding(ctx, args) -> int:
    vault = ctx.open_vault()
    vault.set_binding(args.state == "on")
    state = tr("CLI", "有効") if args.state == "on" else tr("CLI", "無効")
    ctx.err(tr("CLI", "端末制限を{state}にしました。").format(state=state))
    return 0
