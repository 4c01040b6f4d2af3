"""``daicho terminal list|register|remove|binding`` (A10-5 ク: use restricted to registered PCs)."""

from __future__ import annotations

from desktop.errors import DaichoError
from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("terminal", help=tr("CLI", "登録したPC（端末制限）"))
    tsub = p.add_subparsers(dest="terminal_command", metavar="ACTION", parser_class=type(p))
    tsub.required = True

    ls = tsub.add_parser("list", help=tr("CLI", "登録した端末の一覧"))
    ls.set_defaults(func=_list)

    r = tsub.add_parser("register", help=tr("CLI", "リカバリーキーでこのPCを登録する"
                                                   "（標準入力: 自分のパスワード、次にリカバリーキー）"))
    r.add_argument("--recovery-key-stdin", action="store_true", required=True,
                   help=tr("CLI", "リカバリーキーを標準入力の2行目から読む"))
    r.add_argument("--name", help=tr("CLI", "このPCの名前（省略時: ホスト名）"))
    r.set_defaults(func=_register)

    rm = tsub.add_parser("remove", help=tr("CLI", "端末の登録を取り消す（台帳の鍵を掛け替える）"))
    rm.add_argument("terminal_id", metavar="ID")
    rm.set_defaults(func=_remove)

    b = tsub.add_parser("binding", help=tr("CLI", "端末制限を入れる・切る（管理者。監査ログに記録）"))
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
