"""``daicho settings list|get|set``: vault settings (office details, password policy, …).

Anyone may read; only administrators change, and every change is audited with before/after.
"""

from __future__ import annotations

import json

from desktop.i18n import tr

# the settings stack (every feature's declarations, the vault) is imported by the commands
# themselves: building the parser stays light (``daicho --help``, ``--version``, completion)


def register(sub) -> None:
    p = sub.add_parser("settings", help=tr("CLI", "台帳の設定"))
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", parser_class=type(p))
    ssub.required = True
    ls = ssub.add_parser("list", help=tr("CLI", "すべての設定とその値の一覧"))
    ls.set_defaults(func=_list)
    g = ssub.add_parser("get", help=tr("CLI", "設定を1つ表示する"))
    g.add_argument("key")
    g.set_defaults(func=_get)
    s = ssub.add_parser("set", help=tr("CLI", "設定を1つ変更する（管理者）"))
    s.add_argument("key")
    s.add_argument("value")
    s.set_defaults(func=_set)


def _all_settings():
    """Every declared setting, the per-form submittal settings (押印欄, 宛先) included: those
    are declared when the form modules load."""
    from desktop import features
    from desktop.submittals import forms

    forms.load_all()
    return features.all_settings()


def _setting(key: str):
    from desktop import settings
    from desktop.errors import ValidationError

    if key not in _all_settings():
        raise ValidationError(tr("CLI", "そのような設定はありません: {key}").format(key=key), {key: ""})
    return settings.SETTINGS[key]


def _fmt(value) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _list(ctx, args) -> int:
    from desktop import settings

    vault = ctx.open_vault()
    for key in sorted(_all_settings()):
        ctx.out(f"{key}\t{_fmt(settings.get(vault.conn, key))}\t{settings.SETTINGS[key].label}")
    return 0


def _get(ctx, args) -> int:
    from desktop import settings

    _setting(args.key)
    vault = ctx.open_vault()
    ctx.out(_fmt(settings.get(vault.conn, args.key)))
    return 0


def _set(ctx, args) -> int:
    from desktop.settings.service import update_settings

    setting = _setting(args.key)
    vault = ctx.open_vault()
    value = args.value
    if setting.type is list:
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError:  # 責任者,担当者 — a comma-separated list
            value = [v.strip() for v in args.value.replace("、", ",").split(",") if v.strip()]
    update_settings(vault, {args.key: value})
    return 0
