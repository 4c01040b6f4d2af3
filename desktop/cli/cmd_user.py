"""``daicho user add|list|disable|enable|delete|unlock|passwd``.

stdin: the acting user's password first; ``add`` then reads the new user's initial password,
``passwd`` (own) the new password, ``passwd ID`` (administrator reset) the new initial one.
"""

from __future__ import annotations

from desktop.i18n import tr
from desktop.session import ROLES  # light; the accounts service is imported by the commands


def register(sub) -> None:
    p = sub.add_parser("user", help=tr("CLI", "ユーザーアカウント"))
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", parser_class=type(p))
    usub.required = True

    a = usub.add_parser("add", help=tr("CLI", "ユーザーを作成する（標準入力: 自分のパスワード、次に初期パスワード）"))
    a.add_argument("user_id", metavar="ID")
    a.add_argument("--name", required=True, help=tr("CLI", "表示名"))
    a.add_argument("--role", required=True, choices=ROLES)
    a.set_defaults(func=_add)

    ls = usub.add_parser("list", help=tr("CLI", "ユーザーの一覧"))
    ls.add_argument("--all", action="store_true", help=tr("CLI", "削除したユーザーも含める"))
    ls.set_defaults(func=_list)

    for name, func, text in (("disable", _disable, tr("CLI", "ユーザーを無効にする")),
                             ("enable", _enable, tr("CLI", "ユーザーを有効に戻す")),
                             ("delete", _delete, tr("CLI", "ユーザーを削除する（鍵スロットを消し、鍵を掛け替える）")),
                             ("unlock", _unlock, tr("CLI", "ログインの失敗が続いてかかったロックを解除する"))):
        q = usub.add_parser(name, help=text)
        q.add_argument("user_id", metavar="ID")
        q.set_defaults(func=func)

    pw = usub.add_parser("passwd", help=tr("CLI", "自分のパスワードを変更する（標準入力: 現在、新しい）か、"
                                                   "他の人のものを再設定する"
                                                   "（標準入力: 自分のパスワード、新しい初期パスワード）"))
    pw.add_argument("user_id", metavar="ID", nargs="?")
    pw.set_defaults(func=_passwd)


def _service(ctx):
    from desktop.accounts.service import AccountService

    return AccountService(ctx.open_vault())


def _add(ctx, args) -> int:
    from desktop.session import role_label

    svc = _service(ctx)
    svc.vault.session.require_admin()
    initial = ctx.read_new_secret(tr("CLI", "新しいユーザーの初期パスワード"))
    user = svc.create_user(args.user_id, args.name, args.role, initial)
    ctx.err(tr("CLI", "ユーザー {id}（{role}）を作成しました。初回ログイン時にパスワードの変更が必要です。").format(
        id=user.user_id, role=role_label(user.role)))
    return 0


def _list(ctx, args) -> int:
    svc = _service(ctx)
    svc.vault.session.require_admin()
    rows = [("ID", "NAME", "ROLE", "STATUS", "PASSWORD_CHANGED")]
    locked = svc.lockouts()
    for u in svc.list_users(include_deleted=args.all):
        status = "enabled" if u.enabled else "disabled"
        if args.all and svc.conn.execute("SELECT deleted_at FROM users WHERE user_id = ?", (u.user_id,)).fetchone()[0]:
            status = "deleted"
        elif u.must_change_password:
            status += ",must-change-password"
        if u.user_id in locked:
            status += ",locked-until=" + locked[u.user_id].astimezone().isoformat(timespec="minutes")
        rows.append((u.user_id, u.display_name, u.role, status, u.password_changed_at))
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        ctx.out("  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip())
    return 0


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def _pad(text: str, width: int) -> str:
    return str(text) + " " * (width - _width(text))


def _disable(ctx, args) -> int:
    _service(ctx).set_enabled(args.user_id, False)
    ctx.err(tr("CLI", "ユーザー {id} を無効にしました。").format(id=args.user_id))
    return 0


def _enable(ctx, args) -> int:
    _service(ctx).set_enabled(args.user_id, True)
    ctx.err(tr("CLI", "ユーザー {id} を有効にしました。").format(id=args.user_id))
    return 0


def _delete(ctx, args) -> int:
    _service(ctx).delete_user(args.user_id)
    ctx.err(tr("CLI", "ユーザー {id} を削除し、台帳の鍵を更新しました。").format(id=args.user_id))
    return 0


def _unlock(ctx, args) -> int:
    _service(ctx).unlock_user(args.user_id)
    ctx.err(tr("CLI", "ユーザー {id} のロックを解除しました。").format(id=args.user_id))
    return 0


def _passwd(ctx, args) -> int:
    svc = _service(ctx)
    me = svc.vault.session.user_id
    if args.user_id and args.user_id != me:
        svc.vault.session.require_admin()
        svc.get(args.user_id)
        new = ctx.read_new_secret(tr("CLI", "新しい初期パスワード"))
        svc.reset_password(args.user_id, new)
        ctx.err(tr("CLI", "ユーザー {id} のパスワードを再設定しました。"
                          "次回ログイン時に変更が必要です。").format(id=args.user_id))
        return 0
    # own password: the first stdin line (already used to log in) is the current password
    current = ctx.last_password
    new = ctx.read_new_secret(tr("CLI", "新しいパスワード"))
    svc.change_own_password(current, new)
    ctx.err(tr("CLI", "パスワードを変更しました。"))
    return 0
