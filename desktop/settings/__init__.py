"""Vault-level settings, declared once with type, default and description.

Stored as JSON in the vault's ``settings`` table (encrypted with everything else).

This module is the bottom of the settings stack: it imports no feature package. The core
settings (office details, session, password policy, display) are declared here; each
feature declares its own settings with :func:`declare` in the module that reads them, at
import time (``desktop.registers.definitions``, ``desktop.backup.history``, …). A front end
that lists or changes *every* setting (``daicho settings``, the GUI's settings pages)
imports :mod:`desktop.features`, the one static list of those modules, instead of this
module loading features by name — that import loop (settings → importlib → feature →
settings) is what this layout removes. Reading or writing a key that no imported module
declared raises :class:`KeyError`.

:mod:`desktop.settings.service` changes settings as a user (permission, audit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.protocols import Connection


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: Any) -> Any:
        try:
            if self.type is bool:
                if isinstance(value, str):
                    value = value.strip().lower() in ("1", "true", "yes", "on", "はい")
                return bool(value)
            if self.type is int:
                value = int(value)
                if self.minimum is not None and value < self.minimum:
                    raise ValueError
                if self.maximum is not None and value > self.maximum:
                    raise ValueError
                return value
            if self.type is str:
                return "" if value is None else str(value)
            if self.type is list:
                return list(value)
        except (TypeError, ValueError):
            pass
        else:
            return value
        raise ValidationError(
            tr("Settings", "設定「{label}」の値が正しくありません。").format(label=self.label), {self.key: ""}
        )


SETTINGS: dict[str, Setting] = {}


def declare(key: str, type_: type, default: Any, label: str, **kw: Any) -> Setting:
    setting = Setting(key, type_, default, label, **kw)
    SETTINGS[key] = setting
    return setting


# Office details (applicant block of every submittal).
declare("office.name", str, "", tr("Settings", "商号又は名称"))
declare("office.address", str, "", tr("Settings", "所在地"))
declare("office.representative", str, "", tr("Settings", "代表者職氏名"))
declare("office.contract", str, "", tr("Settings", "委託業務名"))
declare("office.contact_person", str, "", tr("Settings", "担当者"))
declare("office.phone", str, "", tr("Settings", "電話番号"))
declare("office.email", str, "", tr("Settings", "電子メール"))
# Session and password policy (A10-5, A11, A19-4).
declare("session.idle_lock_minutes", int, 10, tr("Settings", "自動ロックまでの時間（分）"), minimum=1, maximum=240)
declare("policy.min_length", int, 12, tr("Settings", "パスワードの最小文字数"), minimum=8, maximum=128)
declare("policy.min_strength", int, 3, tr("Settings", "パスワード強度の下限（0〜4）"), minimum=0, maximum=4)
declare("policy.history", int, 5, tr("Settings", "再使用を禁止する過去のパスワード数"), minimum=0, maximum=24)
declare("policy.max_age_days", int, 90, tr("Settings", "パスワードの有効期間（日、0で無期限）"),
        minimum=0, maximum=3650)
declare("policy.lockout_attempts", int, 5, tr("Settings", "ロックアウトまでの失敗回数"), minimum=1, maximum=100)
declare("policy.lockout_minutes", int, 15, tr("Settings", "ロックアウト時間（分）"), minimum=1, maximum=1440)
declare("display.calendar", str, "wareki", tr("Settings", "日付の表示（wareki: 和暦 / western: 西暦）"))


def lookup(key: str) -> Setting:
    """The declaration of ``key``; :class:`KeyError` when no imported module declared it."""
    try:
        return SETTINGS[key]
    except KeyError:
        raise KeyError(f"setting {key!r} is not declared (import desktop.features to declare "
                       "every feature's settings)") from None


def get(conn: Connection, key: str) -> Any:
    setting = lookup(key)
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None:
        return setting.default
    try:
        return setting.coerce(json.loads(row[0]))
    except (ValueError, ValidationError):
        return setting.default


def get_many(conn: Connection, prefix: str) -> dict[str, Any]:
    return {key: get(conn, key) for key in SETTINGS if key.startswith(prefix)}


def put(conn: Connection, key: str, value: Any) -> Any:
    """Store a value (call inside a transaction; the caller audits the change)."""
    setting = lookup(key)
    value = setting.coerce(value)
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )
    return value
