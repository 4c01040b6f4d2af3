"""``daicho vault copies list|delete`` — the rollback copies kept beside the vault file.

- ``daicho --user ID --password-stdin vault copies list [--older-than DAYS] [--holding USER]``:
  pre-migration and before-restore copies (date, size, why, users whose key slot they hold).
- ``daicho --user ID --password-stdin vault copies delete NAME … | --older-than DAYS |
  --holding USER``: delete them (administrators; each deletion is audited).
"""

from __future__ import annotations

from desktop.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("vault", help=tr("CLI", "台帳ファイル: 横に残る退避コピー"))
    vsub = p.add_subparsers(dest="vault_command", metavar="ACTION", parser_class=type(p))
    vsub.required = True
    c = vsub.add_parser("copies", help=tr("CLI", "スキーマ更新前・復元前の退避コピー"))
    csub = c.add_subparsers(dest="copies_command", metavar="ACTION", parser_class=type(p))
    csub.required = True

    lst = csub.add_parser("list", help=tr("CLI", "退避コピーの一覧（日時・サイズ・理由・キーが残るユーザー）"))
    _filters(lst)
    lst.set_defaults(func=_list)

    d = csub.add_parser("delete", help=tr("CLI", "退避コピーを削除する（管理者、監査ログに記録）"))
    d.add_argument("names", nargs="*", metavar="NAME", help=tr("CLI", "一覧に表示された退避コピーのファイル名"))
    _filters(d)
    d.set_defaults(func=_delete)


def _filters(parser) -> None:
    parser.add_argument("--older-than", type=int, metavar="DAYS", dest="older_than",
                        help=tr("CLI", "DAYS 日以上前の退避コピーだけ"))
    parser.add_argument("--holding", metavar="USER", help=tr("CLI", "USER のキースロットが残る退避コピーだけ"))


def _select(ctx, vault, args):
    from desktop.backup import copies

    found = copies.list_copies(vault.path)
    if args.older_than is not None:
        found = copies.older_than(found, args.older_than)
    if args.holding:
        found = copies.holding_user(found, args.holding)
    return found


def _list(ctx, args) -> int:
    vault = ctx.open_vault(readonly=True)
    live = set(vault.keyfile.users) | set(vault.keyfile.disabled)
    ctx.out("KIND\tCREATED\tSIZE\tFORMER_USERS\tNAME\tWHY")
    for copy in _select(ctx, vault, args):
        former = ",".join(sorted(copy.users() - live)) or "-"
        ctx.out("\t".join([copy.kind, copy.created_at.isoformat(sep=" ", timespec="seconds"), str(copy.size),
                           former, copy.name, copy.reason()]))
    return 0


def _delete(ctx, args) -> int:
    from desktop.backup import copies
    from desktop.cli.context import UsageError

    if not args.names and args.older_than is None and not args.holding:
        raise UsageError(tr("CLI", "削除する退避コピーの名前か、--older-than / --holding を指定してください。"))
    vault = ctx.open_vault()
    vault.session.require_admin()
    chosen = [copies.find(vault.path, name) for name in args.names]
    if args.older_than is not None or args.holding:
        chosen += [c for c in _select(ctx, vault, args) if c not in chosen]
    reason = "older-than" if args.older_than is not None else ("former-user" if args.holding else "manual")
    for name in copies.delete_copies(vault, chosen, reason=reason):
        ctx.out(tr("CLI", "削除しました: {name}").format(name=name))
    if not chosen:
        ctx.out(tr("CLI", "該当する退避コピーはありません。"))
    return 0
