"""Audit entries as a reader sees them: a Japanese sentence per entry ("田中 一郎 がデータ交換 #12
「…」の 交換日時 を 令和8年12月1日 13:30 に変更"), the target named by its register and the
record's title, and per-field before/after rows for the detail pane.

Reads through services only (register titles and value display via RegisterService, user
names via AccountService). Nothing here changes the vault.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP, tr
from ui.widgets.dates import dates_in_text, format_timestamp

CTX = "AuditText"

#: reasons a failed login carries (details.reason)
_FAILURE_REASONS = {
    "password": QT_TRANSLATE_NOOP("AuditText", "パスワード違い"),
    "disabled-or-deleted": QT_TRANSLATE_NOOP("AuditText", "無効または削除されたユーザー"),
    "recovery-key": QT_TRANSLATE_NOOP("AuditText", "リカバリーキー違い"),
    "unknown-user": QT_TRANSLATE_NOOP("AuditText", "登録されていないユーザーID"),
    "not-registered": QT_TRANSLATE_NOOP("AuditText", "登録されていない端末"),
    "locked": QT_TRANSLATE_NOOP("AuditText", "ロック中"),
}

#: actions whose sentence is "<who> が <what>" (no target needed)
_SIMPLE = {
    "auth.login": QT_TRANSLATE_NOOP("AuditText", "{who} がログイン"),
    "auth.login_recovery": QT_TRANSLATE_NOOP("AuditText", "{who} がリカバリーキーでログイン"),
    "auth.logout": QT_TRANSLATE_NOOP("AuditText", "{who} がログアウト"),
    "auth.lock": QT_TRANSLATE_NOOP("AuditText", "{who} の画面をロック"),
    "auth.unlock": QT_TRANSLATE_NOOP("AuditText", "{who} が画面のロックを解除"),
    "auth.lockout": QT_TRANSLATE_NOOP("AuditText", "{who} はログインの失敗が続いたため一時的にロックされた"),
    "auth.refused": QT_TRANSLATE_NOOP("AuditText", "{who} のログインを拒否"),
    "auth.password_changed": QT_TRANSLATE_NOOP("AuditText", "{who} が自分のパスワードを変更"),
    "vault.create": QT_TRANSLATE_NOOP("AuditText", "{who} が台帳を作成"),
    "vault.rekey": QT_TRANSLATE_NOOP("AuditText", "{who} が台帳の暗号鍵を更新"),
    "vault.recovery_key_replaced": QT_TRANSLATE_NOOP("AuditText", "{who} がリカバリーキーを再発行"),
    "vault.recovery_sheet": QT_TRANSLATE_NOOP("AuditText", "{who} がリカバリーキー保管票を出力"),
    "audit.export": QT_TRANSLATE_NOOP("AuditText", "{who} が監査ログを書き出し"),
    "backup.export": QT_TRANSLATE_NOOP("AuditText", "{who} がバックアップを作成"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditText", "{who} がバックアップから復元"),
    "terminal.binding_enabled": QT_TRANSLATE_NOOP("AuditText", "{who} が使用する端末の限定を有効化"),
    "terminal.binding_disabled": QT_TRANSLATE_NOOP("AuditText", "{who} が使用する端末の限定を無効化"),
}

#: actions about a user account: "<who> が <target> を …"
_ON_USER = {
    "user.create": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} を追加"),
    "user.enable": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} を有効化"),
    "user.disable": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} を無効化"),
    "user.delete": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} を削除"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} のロックを解除"),
    "auth.password_reset": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} のパスワードを再設定"),
    "user.signing_key_registered": QT_TRANSLATE_NOOP("AuditText", "{who} の署名鍵を登録"),
}

#: actions on a register record: "<who> が <target> を …"
_ON_RECORD = {
    "register.create": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} を作成"),
    "register.delete": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} を削除"),
    "register.attachment_add": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} に添付ファイル「{name}」を追加"),
    "register.attachment_remove": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} の添付ファイル「{name}」を削除"),
    "register.attachment_save_as": QT_TRANSLATE_NOOP("AuditText", "{who} が {target} の添付ファイル「{name}」を保存"),
}

_USER_FIELDS = {
    "display_name": QT_TRANSLATE_NOOP("AuditText", "氏名"),
    "role": QT_TRANSLATE_NOOP("AuditText", "役割"),
    "enabled": QT_TRANSLATE_NOOP("AuditText", "有効"),
}


#: keys of an entry's other details, as the detail pane names them (others keep their key)
_DETAIL_KEYS = {
    "reason": QT_TRANSLATE_NOOP("AuditText", "理由"),
    "path": QT_TRANSLATE_NOOP("AuditText", "ファイル"),
    "file": QT_TRANSLATE_NOOP("AuditText", "ファイル"),
    "name": QT_TRANSLATE_NOOP("AuditText", "名前"),
    "size": QT_TRANSLATE_NOOP("AuditText", "サイズ（バイト）"),
    "sha256": QT_TRANSLATE_NOOP("AuditText", "SHA-256"),
    "count": QT_TRANSLATE_NOOP("AuditText", "件数"),
    "rows": QT_TRANSLATE_NOOP("AuditText", "行数"),
    "format": QT_TRANSLATE_NOOP("AuditText", "形式"),
    "via": QT_TRANSLATE_NOOP("AuditText", "方法"),
    "how": QT_TRANSLATE_NOOP("AuditText", "方法"),
    "where": QT_TRANSLATE_NOOP("AuditText", "場所"),
    "to": QT_TRANSLATE_NOOP("AuditText", "宛先"),
    "note": QT_TRANSLATE_NOOP("AuditText", "メモ"),
    "clause": QT_TRANSLATE_NOOP("AuditText", "条項"),
    "purpose": QT_TRANSLATE_NOOP("AuditText", "目的"),
    "role": QT_TRANSLATE_NOOP("AuditText", "役割"),
    "host": QT_TRANSLATE_NOOP("AuditText", "端末"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditText", "指紋"),
    "locked_until": QT_TRANSLATE_NOOP("AuditText", "ロックの期限"),
    "form": QT_TRANSLATE_NOOP("AuditText", "書類"),
    "number": QT_TRANSLATE_NOOP("AuditText", "番号"),
    "period": QT_TRANSLATE_NOOP("AuditText", "期間"),
    "error": QT_TRANSLATE_NOOP("AuditText", "エラー"),
}


@dataclass(frozen=True)
class Change:
    """One changed field: its label and the values as the user reads them."""

    label: str
    before: str
    after: str


class Describer:
    """Sentences and field rows for audit entries of one vault (caches names and titles)."""

    def __init__(self, vault, calendar: str = "wareki") -> None:
        self.vault = vault
        self.calendar = calendar
        self._names: dict[str, str] | None = None
        self._titles: dict[tuple[str, str], str] = {}
        self._registers = None

    # -- names ------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget cached names and titles (users and records may have changed)."""
        self._names = None
        self._titles.clear()

    def user_name(self, user_id: str | None) -> str:
        if not user_id:
            return tr(CTX, "（システム）")
        if self._names is None:
            from desktop.accounts.service import AccountService

            try:
                self._names = {u.user_id: u.display_name for u in AccountService(self.vault).list_users(
                    include_deleted=True)}
            except Exception:  # noqa: BLE001 - names are a courtesy; the ID is always shown
                self._names = {}
        name = self._names.get(user_id)
        return f"{name}（{user_id}）" if name else user_id

    def _service(self):
        if self._registers is None:
            from desktop.registers import RegisterService

            self._registers = RegisterService(self.vault)
        return self._registers

    def register_of(self, entity: str | None):
        if not entity:
            return None
        from desktop.registers.definitions import slugs

        if entity not in slugs():
            return None
        return self._service().register(entity)

    def record_title(self, entry) -> str:
        key = (entry.entity, str(entry.entity_id))
        if key not in self._titles:
            title = ""
            try:
                title = self._service().title(entry.entity, int(entry.entity_id))
            except Exception:  # noqa: BLE001 - deleted since: fall back on the values recorded then
                before = (entry.details or {}).get("before") or (entry.details or {}).get("after")
                reg = self.register_of(entry.entity)
                if isinstance(before, dict) and reg is not None:
                    try:
                        title = reg.record_title(self._python_values(reg, before))
                    except Exception:  # noqa: BLE001
                        title = ""
            self._titles[key] = title
        return self._titles[key]

    def detail_rows(self, entry) -> list[tuple[str, str]]:
        """The entry's details other than before/after as (label, value) rows a person reads:
        named keys, はい/いいえ, lists joined, ISO dates as the reader reads them."""
        import json

        rows = []
        for key, value in (entry.details or {}).items():
            if key in ("before", "after"):
                continue
            label = tr("AuditText", _DETAIL_KEYS[key]) if key in _DETAIL_KEYS else key
            if isinstance(value, bool):
                text = tr("AuditText", "はい") if value else tr("AuditText", "いいえ")
            elif isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
                text = "、".join(str(v) for v in value)
            elif isinstance(value, dict | list | tuple):
                text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "), default=str)
            else:
                text = dates_in_text("" if value is None else str(value), self.calendar)
            rows.append((label, text))
        return rows

    def target(self, entry) -> str:
        """データ交換 #12「定期保守データ受領」, ユーザー tanaka（田中 一郎）, or entity:id."""
        reg = self.register_of(entry.entity)
        if reg is not None:
            title = self.record_title(entry) if entry.entity_id else ""
            text = f"{reg.label} #{entry.entity_id}" if entry.entity_id else reg.label
            return f"{text}「{dates_in_text(title, self.calendar)}」" if title else text
        if entry.entity == "user" and entry.entity_id:
            return tr(CTX, "ユーザー {name}").format(name=self.user_name(entry.entity_id))
        if entry.entity == "terminal" and entry.entity_id:
            return tr(CTX, "端末 {id}").format(id=entry.entity_id)
        if entry.entity and entry.entity_id:
            return f"{entry.entity}:{entry.entity_id}"
        return entry.entity or ""

    # -- values -----------------------------------------------------------------------------

    @staticmethod
    def _python_values(reg, values: dict) -> dict:
        from desktop.registers.values import from_db

        out = {}
        for f in reg.fields:
            if f.name in values:
                try:
                    out[f.name] = from_db(f, values[f.name]) if not isinstance(values[f.name], list) else values[f.name]
                except (TypeError, ValueError):
                    out[f.name] = values[f.name]
        return out

    def _value_text(self, reg, name: str, value) -> str:
        if value is None or value == "" or value == []:
            return tr(CTX, "（空欄）")
        try:
            f = reg.field(name)
        except Exception:  # noqa: BLE001 - a field removed since
            return _plain(value)
        py = self._python_values(reg, {name: value}).get(name, value)
        try:
            return self._service().display(reg.slug, f.name, py) or _plain(value)
        except Exception:  # noqa: BLE001 - show the recorded value rather than nothing
            return _plain(value)

    def _field_label(self, reg, name: str) -> str:
        try:
            return reg.field(name).label
        except Exception:  # noqa: BLE001
            return name

    def changes(self, entry) -> list[Change]:
        """Per-field before/after rows (register records, users, settings)."""
        details = entry.details or {}
        before, after = details.get("before"), details.get("after")
        if not isinstance(before, dict) and not isinstance(after, dict):
            return []
        before = before if isinstance(before, dict) else {}
        after = after if isinstance(after, dict) else {}
        names = list(dict.fromkeys([*after, *before]))
        reg = self.register_of(entry.entity)
        rows = []
        for name in names:
            if reg is not None:
                label = self._field_label(reg, name)
                b = self._value_text(reg, name, before.get(name)) if name in before else ""
                a = self._value_text(reg, name, after.get(name)) if name in after else ""
            else:
                label = tr(CTX, _USER_FIELDS[name]) if name in _USER_FIELDS else _setting_label(name)
                b = _plain_user_value(name, before[name]) if name in before else ""
                a = _plain_user_value(name, after[name]) if name in after else ""
            rows.append(Change(label, b, a))
        return rows

    # -- the sentence -----------------------------------------------------------------------

    def sentence(self, entry) -> str:
        who = self.user_name(entry.actor)
        action = entry.action
        details = entry.details or {}
        if action == "auth.failure":
            reason = details.get("reason")
            label = _FAILURE_REASONS.get(reason)
            text = tr(CTX, "{who} のログインに失敗").format(who=who)
            if label:
                text += tr(CTX, "（{reason}）").format(reason=tr(CTX, label))
            return text + _before_unlock_note(details)
        if action in _SIMPLE:
            return tr(CTX, _SIMPLE[action]).format(who=who) + _before_unlock_note(details)
        if action in _ON_USER:
            return tr(CTX, _ON_USER[action]).format(who=who, target=self.target(entry))
        if action == "user.update":
            return tr(CTX, "{who} が {target} の {changes}変更").format(
                who=who, target=self.target(entry), changes=_changes_text(self.changes(entry)))
        if action in _ON_RECORD:
            text = tr(CTX, _ON_RECORD[action]).format(who=who, target=self.target(entry),
                                                       name=details.get("name", ""))
            if action == "register.delete" and details.get("reason"):
                text += tr(CTX, "（理由: {reason}）").format(reason=details["reason"])
            return text
        if action == "register.update":
            changes = self.changes(entry)
            if len(changes) > _MAX_VALUES_IN_SENTENCE:
                return tr(CTX, "{who} が {target} の {fields} を変更").format(
                    who=who, target=self.target(entry), fields="、".join(c.label for c in changes))
            return tr(CTX, "{who} が {target} の {changes}変更").format(
                who=who, target=self.target(entry), changes=_changes_text(changes))
        if action == "settings.update":
            changes = self.changes(entry)
            return tr(CTX, "{who} が設定を変更（{fields}）").format(who=who, fields="、".join(
                f"{c.label}: {c.before} → {c.after}" for c in changes))
        if action in ("terminal.register", "terminal.remove"):
            name = details.get("name") or entry.entity_id or ""
            text = (tr(CTX, "{who} が端末「{name}」を登録") if action == "terminal.register"
                    else tr(CTX, "{who} が端末「{name}」を削除"))
            return text.format(who=who, name=name)
        if action == "auth.unverified_events":
            return tr(CTX, "鍵ファイルに認証のないイベントが {n} 件あり、「未検証のイベント」に移しました"
                           "（監査ログには含めていません）").format(n=details.get("count", "?"))
        if action == "audit.truncated":
            return tr(CTX, "監査ログの末尾が欠けていることを検出しました（記録されていた最終番号 {expected}、"
                           "見つかった最終番号 {found}）").format(expected=details.get("expected_seq", "?"),
                                                            found=details.get("found_seq", "?"))
        from ui.admin.audit_log import action_label

        return self._backup_sentence(who, action, details) or tr(CTX, "{who}: {action}").format(
            who=who, action=action_label(action))

    @staticmethod
    def _backup_sentence(who: str, action: str, details: dict) -> str:
        """Scheduled backups, their check and clean-up, rollback copies ("" for other actions)."""
        from pathlib import PurePath

        def name(key: str) -> str:
            value = details.get(key) or ""
            return PurePath(str(value)).name if value else "?"

        if action == "backup.schedule.passphrase":
            change = details.get("change")
            text = {"set": tr(CTX, "{who} が定期バックアップのパスフレーズを設定"),
                    "replaced": tr(CTX, "{who} が定期バックアップのパスフレーズを変更"),
                    "cleared": tr(CTX, "{who} が定期バックアップのパスフレーズを削除")}.get(
                change, tr(CTX, "{who} が定期バックアップのパスフレーズを変更"))
            return text.format(who=who)
        if action == "backup.scheduled_failed":
            return tr(CTX, "{who} の定期バックアップに失敗（{reason}）").format(
                who=who, reason=details.get("reason") or details.get("result") or "?")
        if action == "backup.verify":
            return tr(CTX, "{who} のバックアップ「{name}」を検証し、正しく読めることを確認").format(
                who=who, name=name("path"))
        if action == "backup.verify_failed":
            return tr(CTX, "{who} のバックアップ「{name}」を検証できず（{reason}）").format(
                who=who, name=name("path"), reason=details.get("reason") or "?")
        if action == "backup.rotate":
            deleted = details.get("deleted") or []
            return tr(CTX, "{who} の定期バックアップで古いバックアップを {n} 件削除（{folder}）").format(
                who=who, n=len(deleted) if isinstance(deleted, list) else deleted, folder=details.get("folder", ""))
        if action == "backup.copy_delete":
            return tr(CTX, "{who} が台帳の退避コピー「{copy}」を削除").format(who=who, copy=details.get("copy", "?"))
        return ""

    def when(self, iso: str | None) -> str:
        return format_timestamp(iso, self.calendar, seconds=True)


_MAX_VALUES_IN_SENTENCE = 3


def _changes_text(changes: list[Change]) -> str:
    """交換日時 を 令和8年12月1日 13:30 に、実施者 を 田中 一郎 に (then 変更 follows)."""
    return tr(CTX, "、").join(tr(CTX, "{field} を {value} に").format(field=c.label, value=c.after) for c in changes)


def _before_unlock_note(details: dict) -> str:
    """Events recorded before the vault was open: vouched for by this PC's key, not a password."""
    if details.get("recorded_before_unlock"):
        return tr(CTX, "（台帳を開く前に記録。この端末の鍵で記録されたことだけを確認済み・本人確認ではありません）")
    return ""


def _plain(value) -> str:
    if isinstance(value, bool):
        return tr(CTX, "はい") if value else tr(CTX, "いいえ")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _plain_user_value(name: str, value) -> str:
    if name == "role":
        from desktop.accounts.session import role_label

        return role_label(value)
    return _plain(value)


def _setting_label(key: str) -> str:
    from desktop import settings

    try:
        return tr("Settings", settings.lookup(key).label)
    except Exception:  # noqa: BLE001 - a setting no longer declared
        return key
