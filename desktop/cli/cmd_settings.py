"""``daicho settings list|get|set``: vault settings (office details, password policy, …).

Anyone may read; only administrators change, and every change is audited with before/after.
"""

from __future__ import annotations

import json

from desktop import features, settings
from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.settings.service import update_settings


def register(sub) -> None:
    p = sub.add_parser("settings", help="vault settings")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", parser_class=type(p))
    ssub.required = True
    ls = ssub.add_parser("list", help="list every setting with its value")
    ls.set_defaults(func=_list)
    g = ssub.add_parser("get", help="print one setting")
    g.add_argument("key")
    g.set_defaults(func=_get)
    s = ssub.add_parser("set", help="change one setting (administrators)")
    s.add_argument("key")
    s.add_argument("value")
    s.set_defaults(func=_set)


def _setting(key: str):
    if key not in features.all_settings():
        raise ValidationError(tr("CLI", "そのような設定はありません: {key}").format(key=key), {key: ""})
    return settings.SETTINGS[key]


def _fmt(value) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _list(ctx, args) -> int:
    vault = ctx.open_vault()
    for key in sorted(features.all_settings()):
        ctx.out(f"{key}\t{_fmt(settings.get(vault.conn, key))}\t{settings.SETTINGS[key].label}")
    return 0


def _get(ctx, args) -> int:
    _setting(args.key)
    vault = ctx.open_vault()
    ctx.out(_fmt(settings.get(vault.conn, args.key)))
    return 0


def _set(ctx, args) -> int:
    setting = _setting(args.key)
    vault = ctx.open_vault()
    value = json.loads(args.value) if setting.type is list else args.value
    update_settings(vault, {args.key: value})
    return 0
