"""Changing vault settings as a user: permission check, validation, one transaction, audit.

The GUI's settings pages and the CLI call :func:`update_settings`; nobody writes the
``settings`` table from ``ui/``. Each call appends one ``settings.update`` audit entry with
``{"before": {...}, "after": {...}}`` holding only the keys that changed.

Keys are those declared so far (see :mod:`desktop.settings`): a front end that offers every
setting imports :mod:`desktop.features` first.
"""

from __future__ import annotations

from typing import Any

from desktop import settings
from desktop.audit import trail
from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.protocols import VaultLike


def current(vault: VaultLike, keys: list[str] | None = None) -> dict[str, Any]:
    """Current values of ``keys`` (all declared settings when None)."""
    keys = list(settings.SETTINGS) if keys is None else keys
    return {key: settings.get(vault.conn, key) for key in keys}


def update_settings(vault: VaultLike, values: dict[str, Any]) -> dict[str, Any]:
    """Store changed values (administrators only); return the changed ``{key: new value}``.

    Every value is validated before anything is written; an unknown key or a value out of
    range raises :class:`ValidationError` and nothing changes.
    """
    vault.session.require_admin()
    coerced: dict[str, Any] = {}
    for key, value in values.items():
        setting = settings.SETTINGS.get(key)
        if setting is None:
            raise ValidationError(tr("Settings", "不明な設定項目です: {key}").format(key=key), {key: ""})
        coerced[key] = setting.coerce(value)
    if "display.calendar" in coerced and coerced["display.calendar"] not in ("wareki", "western"):
        raise ValidationError(
            tr("Settings", "設定「{label}」の値が正しくありません。").format(
                label=settings.SETTINGS["display.calendar"].label),
            {"display.calendar": ""},
        )
    before = current(vault, list(coerced))
    changed = {k: v for k, v in coerced.items() if before[k] != v}
    if not changed:
        return {}
    with vault.transaction() as conn:
        for key, value in changed.items():
            settings.put(conn, key, value)
        trail.append(conn, vault.session.user_id, "settings.update", entity="settings",
                     details={"before": {k: before[k] for k in changed}, "after": changed})
    return changed
