"""監査ログ (administrators): the chained audit trail, newest first, filtered by user, action
and date range, paged by sequence number (keyset), with "verify the chain". Each entry reads
as a Japanese sentence (:mod:`ui.admin.audit_text`); the detail pane below shows it with the
changed fields before/after. A second tab lists 未検証のイベント: events found in the key file
without authentication, never part of the chain.

認証履歴 (authentication history, A10-5 オ) is the same view with the auth preset; see
:mod:`ui.admin.auth_history`.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, tr
from ui.registers.dates import DateEdit
from ui.sections import Section
from ui.widgets import busy, messages, tones
from ui.widgets.dates import format_timestamp

PAGE_SIZE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

COL_SEQ, COL_AT, COL_ACTOR, COL_ACTION, COL_TARGET, COL_DETAILS = range(6)
_HEADERS = [
    QT_TRANSLATE_NOOP("AuditLog", "番号"),
    QT_TRANSLATE_NOOP("AuditLog", "日時"),
    QT_TRANSLATE_NOOP("AuditLog", "ユーザー"),
    QT_TRANSLATE_NOOP("AuditLog", "操作"),
    QT_TRANSLATE_NOOP("AuditLog", "対象"),
    QT_TRANSLATE_NOOP("AuditLog", "内容"),
]

#: Japanese names for actions (others are shown as their code)
ACTION_LABELS = {
    "auth.login": QT_TRANSLATE_NOOP("AuditLog", "ログイン"),
    "auth.login_recovery": QT_TRANSLATE_NOOP("AuditLog", "リカバリーキーでログイン"),
    "auth.failure": QT_TRANSLATE_NOOP("AuditLog", "認証失敗"),
    "auth.lockout": QT_TRANSLATE_NOOP("AuditLog", "ロックアウト"),
    "auth.refused": QT_TRANSLATE_NOOP("AuditLog", "ログイン拒否"),
    "auth.logout": QT_TRANSLATE_NOOP("AuditLog", "ログアウト"),
    "auth.lock": QT_TRANSLATE_NOOP("AuditLog", "画面ロック"),
    "auth.unlock": QT_TRANSLATE_NOOP("AuditLog", "ロック解除"),
    "auth.password_changed": QT_TRANSLATE_NOOP("AuditLog", "パスワード変更"),
    "auth.password_reset": QT_TRANSLATE_NOOP("AuditLog", "パスワード再設定"),
    "user.create": QT_TRANSLATE_NOOP("AuditLog", "ユーザー追加"),
    "user.update": QT_TRANSLATE_NOOP("AuditLog", "ユーザー変更"),
    "user.enable": QT_TRANSLATE_NOOP("AuditLog", "ユーザー有効化"),
    "user.disable": QT_TRANSLATE_NOOP("AuditLog", "ユーザー無効化"),
    "user.delete": QT_TRANSLATE_NOOP("AuditLog", "ユーザー削除"),
    "settings.update": QT_TRANSLATE_NOOP("AuditLog", "設定変更"),
    "terminal.register": QT_TRANSLATE_NOOP("AuditLog", "端末登録"),
    "terminal.remove": QT_TRANSLATE_NOOP("AuditLog", "端末削除"),
    "terminal.binding_enabled": QT_TRANSLATE_NOOP("AuditLog", "端末の限定を有効化"),
    "terminal.binding_disabled": QT_TRANSLATE_NOOP("AuditLog", "端末の限定を無効化"),
    "vault.create": QT_TRANSLATE_NOOP("AuditLog", "台帳作成"),
    "vault.rekey": QT_TRANSLATE_NOOP("AuditLog", "暗号鍵の更新"),
    "vault.recovery_key_replaced": QT_TRANSLATE_NOOP("AuditLog", "リカバリーキー再発行"),
    "vault.recovery_sheet": QT_TRANSLATE_NOOP("AuditLog", "リカバリーキー保管票の出力"),
    "keys.state_unverified": QT_TRANSLATE_NOOP("AuditLog", "鍵ファイルの状態を検証できず"),
    "vault.rekey_failed": QT_TRANSLATE_NOOP("AuditLog", "暗号鍵の更新に失敗"),
    "audit.export": QT_TRANSLATE_NOOP("AuditLog", "監査ログの書き出し"),
    "audit.truncated": QT_TRANSLATE_NOOP("AuditLog", "監査ログ末尾の欠落を検出"),
    "auth.other": QT_TRANSLATE_NOOP("AuditLog", "その他の認証イベント"),
    "register.create": QT_TRANSLATE_NOOP("AuditLog", "記録の作成"),
    "register.update": QT_TRANSLATE_NOOP("AuditLog", "記録の変更"),
    "register.delete": QT_TRANSLATE_NOOP("AuditLog", "記録の削除"),
    "register.export": QT_TRANSLATE_NOOP("AuditLog", "CSV書き出し"),
    "register.import": QT_TRANSLATE_NOOP("AuditLog", "CSV取り込み"),
    "register.attachment_add": QT_TRANSLATE_NOOP("AuditLog", "添付ファイルの追加"),
    "register.attachment_remove": QT_TRANSLATE_NOOP("AuditLog", "添付ファイルの削除"),
    "register.attachment_save_as": QT_TRANSLATE_NOOP("AuditLog", "添付ファイルの保存"),
    "submittal.issue": QT_TRANSLATE_NOOP("AuditLog", "提出書類の発行"),
    "submittal.save": QT_TRANSLATE_NOOP("AuditLog", "提出書類の保存"),
    "submittal.print": QT_TRANSLATE_NOOP("AuditLog", "提出書類の印刷"),
    "backup.export": QT_TRANSLATE_NOOP("AuditLog", "バックアップ作成"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditLog", "バックアップから復元"),
    "backup.restore_elsewhere": QT_TRANSLATE_NOOP("AuditLog", "バックアップを別の場所へ復元"),
    "backup.restore_replace": QT_TRANSLATE_NOOP("AuditLog", "バックアップで台帳を置き換え"),
    "auth.unverified_events": QT_TRANSLATE_NOOP("AuditLog", "未検証のイベントを検出"),
    "audit.rollback_detected": QT_TRANSLATE_NOOP("AuditLog", "台帳の巻き戻しを検出"),
    "vault.generation_mismatch": QT_TRANSLATE_NOOP("AuditLog", "鍵ファイルと台帳の世代の不一致を検出"),
    "user.signing_key_registered": QT_TRANSLATE_NOOP("AuditLog", "署名鍵の登録"),
    "accounts.password_history_converted": QT_TRANSLATE_NOOP("AuditLog", "パスワード履歴の形式を更新"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditLog", "ユーザーのロック解除"),
    "user.link_staff": QT_TRANSLATE_NOOP("AuditLog", "ユーザーと従事者の関連付け"),
    "register.confidential_access": QT_TRANSLATE_NOOP("AuditLog", "取扱注意の記録の閲覧"),
    "backup.schedule.passphrase": QT_TRANSLATE_NOOP("AuditLog", "定期バックアップのパスフレーズ変更"),
    "backup.scheduled_failed": QT_TRANSLATE_NOOP("AuditLog", "定期バックアップの失敗"),
    "backup.verify": QT_TRANSLATE_NOOP("AuditLog", "バックアップの検証"),
    "backup.verify_failed": QT_TRANSLATE_NOOP("AuditLog", "バックアップの検証に失敗"),
    "backup.rotate": QT_TRANSLATE_NOOP("AuditLog", "古いバックアップの整理"),
    "backup.copy_delete": QT_TRANSLATE_NOOP("AuditLog", "台帳の退避コピーの削除"),
    "compliance.set_na": QT_TRANSLATE_NOOP("AuditLog", "条項を対象外に設定"),
    "compliance.clear_na": QT_TRANSLATE_NOOP("AuditLog", "条項の対象外を取り消し"),
    "compliance.confirm": QT_TRANSLATE_NOOP("AuditLog", "条項の対応を確認"),
    "compliance.package": QT_TRANSLATE_NOOP("AuditLog", "点検用資料一式の書き出し"),
}

#: action filter presets: (label, actions or None, prefix or None)
PRESETS = [
    (QT_TRANSLATE_NOOP("AuditLog", "すべての操作"), None, None),
    (QT_TRANSLATE_NOOP("AuditLog", "認証（ログイン・ロック・パスワード）"), "auth", None),
    (QT_TRANSLATE_NOOP("AuditLog", "ユーザー管理"), None, "user."),
    (QT_TRANSLATE_NOOP("AuditLog", "設定"), None, "settings."),
    (QT_TRANSLATE_NOOP("AuditLog", "端末"), None, "terminal."),
    (QT_TRANSLATE_NOOP("AuditLog", "台帳・鍵"), None, "vault."),
    (QT_TRANSLATE_NOOP("AuditLog", "記録の作成・変更・削除"), None, "register."),
    (QT_TRANSLATE_NOOP("AuditLog", "提出書類（発行・印刷・保存）"), None, "submittal."),
    (QT_TRANSLATE_NOOP("AuditLog", "バックアップ・復元"), None, "backup."),
]


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return tr("AuditLog", label) if label else action


def details_text(details: dict) -> str:
    if not details:
        return ""
    return json.dumps(details, ensure_ascii=False, separators=(", ", ": "), default=str)


class AuditTableModel(QAbstractTableModel):
    """One page of audit entries (newest first); ``load_page`` fetches via AuditService."""

    def __init__(self, service, calendar: str = "wareki", describer=None) -> None:
        super().__init__()
        self.service = service
        self.calendar = calendar
        self.describer = describer
        self.entries = []

    def set_entries(self, entries) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("AuditLog", _HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEQ:
                return str(e.seq)
            if col == COL_AT:
                return format_timestamp(e.at, self.calendar, seconds=True)
            if col == COL_ACTOR:
                if self.describer:
                    return self.describer.user_name(e.actor)
                return e.actor or tr("AuditLog", "（システム）")
            if col == COL_ACTION:
                return action_label(e.action)
            if col == COL_TARGET:
                if self.describer:
                    return self.describer.target(e)
                return f"{e.entity}:{e.entity_id}" if e.entity and e.entity_id else (e.entity or "")
            if col == COL_DETAILS:
                return self.describer.sentence(e) if self.describer else details_text(e.details)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ACTION:
            return e.action
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditLogView(QWidget):
    def __init__(self, ctx, *, preset: str | None = None, title: str | None = None) -> None:
        super().__init__()
        from desktop.audit.service import AuditService

        self.setObjectName("auditLogView")
        self.ctx = ctx
        from ui.admin.audit_text import Describer

        self.service = AuditService(ctx.vault)
        calendar = ctx.vault.setting("display.calendar")
        self.describer = Describer(ctx.vault, calendar)
        self.model = AuditTableModel(self.service, calendar, self.describer)
        self._page_starts: list[int | None] = [None]  # before_seq of each page shown so far
        self._has_more = False

        heading = QLabel(title or tr("AuditLog", "監査ログ"))
        f = heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        heading.setFont(f)

        self.user_filter = QComboBox()
        self.user_filter.setObjectName("auditUserFilter")
        self.user_filter.setMinimumWidth(140)
        self.user_filter.setAccessibleName(tr("AuditLog", "ユーザー"))
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("auditActionFilter")
        self.action_filter.setAccessibleName(tr("AuditLog", "操作"))
        for label, actions, prefix in PRESETS:
            self.action_filter.addItem(tr("AuditLog", label), (actions, prefix))
        self.date_check = QCheckBox(tr("AuditLog", "期間"))
        self.date_check.setObjectName("auditDateCheck")
        self.date_check.setAccessibleName(tr("AuditLog", "期間で絞り込む"))
        today = dt.date.today()
        self.date_from = DateEdit(calendar, optional=False)
        self.date_from.set_value(today - dt.timedelta(days=30))
        self.date_from.setObjectName("auditDateFrom")
        self.date_from.setAccessibleName(tr("AuditLog", "期間（から）"))
        self.date_to = DateEdit(calendar, optional=False)
        self.date_to.setObjectName("auditDateTo")
        self.date_to.setAccessibleName(tr("AuditLog", "期間（まで）"))
        for w in (self.date_from, self.date_to):
            w.hide_reading()
            w.setEnabled(False)
        self.date_check.toggled.connect(self.date_from.setEnabled)
        self.date_check.toggled.connect(self.date_to.setEnabled)
        apply = QPushButton(tr("AuditLog", "表示"))
        apply.setObjectName("auditApply")
        apply.clicked.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("AuditLog", "ユーザー")))
        filters.addWidget(self.user_filter)
        filters.addWidget(QLabel(tr("AuditLog", "操作")))
        filters.addWidget(self.action_filter)
        filters.addWidget(self.date_check)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("〜"))
        filters.addWidget(self.date_to)
        filters.addWidget(apply)
        filters.addStretch(1)
        # why a typed date is refused: on its own row under the filters (beside the field the
        # filter row would cut it off)
        date_messages = QHBoxLayout()
        for w in (self.date_from, self.date_to):
            w.layout().removeWidget(w.message)
            date_messages.addWidget(w.message)
        date_messages.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.detail = QTextBrowser()
        self.detail.setObjectName("auditDetail")
        self.detail.setOpenLinks(False)
        self.table.setAccessibleName(tr("AuditLog", "監査ログの一覧"))
        self.detail.setAccessibleName(tr("AuditLog", "選んだ記録の詳細"))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.newer_button = QPushButton(tr("AuditLog", "< 新しい記録"))
        self.newer_button.setObjectName("auditNewer")
        self.older_button = QPushButton(tr("AuditLog", "古い記録 >"))
        self.older_button.setObjectName("auditOlder")
        self.page_label = QLabel()
        self.newer_button.clicked.connect(self.newer_page)
        self.older_button.clicked.connect(self.older_page)
        self.verify_button = QPushButton(tr("AuditLog", "チェーンを検証"))
        self.verify_button.setObjectName("verifyChain")
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        paging = QHBoxLayout()
        paging.addWidget(self.newer_button)
        paging.addWidget(self.older_button)
        paging.addWidget(self.page_label)
        paging.addStretch(1)
        paging.addWidget(self.verify_button)

        explain = QLabel(tr("AuditLog", "監査ログは追記のみで、各記録は直前の記録と暗号的に連結されています。"
                                        "「チェーンを検証」で、記録の改ざん・削除がないかを確かめられます。"))
        explain.setWordWrap(True)
        trail_page = QWidget()
        tlay = QVBoxLayout(trail_page)
        tlay.addLayout(filters)
        tlay.addLayout(date_messages)
        tlay.addWidget(splitter, 1)
        tlay.addLayout(paging)
        tlay.addWidget(self.verify_result)
        self.unverified = UnverifiedEventsView(ctx.vault, calendar)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("auditTabs")
        self.tabs.addTab(trail_page, tr("AuditLog", "監査ログ"))
        self.tabs.addTab(self.unverified, "")
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(explain)
        lay.addWidget(self.tabs, 1)

        if preset == "auth":
            self.action_filter.setCurrentIndex(1)
        self._fill_users()
        self.apply_filters()
        self._refresh_unverified()

    def _refresh_unverified(self) -> None:
        n = self.unverified.reload()
        self.tabs.setTabText(1, tr("AuditLog", "未検証のイベント（{n}件）").format(n=n) if n
                             else tr("AuditLog", "未検証のイベント"))

    def show_detail(self, row: int) -> None:
        """The selected entry in words, with the changed fields before/after."""
        import html

        if row < 0 or row >= len(self.model.entries):
            self.detail.clear()
            return
        e = self.model.entries[row]
        d = self.describer
        esc = html.escape
        parts = [f"<p><b>{esc(d.sentence(e))}</b></p>",
                 "<table cellspacing='0' cellpadding='2'>"]
        for label, value in ((tr("AuditLog", "番号"), str(e.seq)), (tr("AuditLog", "日時"), d.when(e.at)),
                             (tr("AuditLog", "ユーザー"), d.user_name(e.actor)),
                             (tr("AuditLog", "操作"), f"{action_label(e.action)}（{e.action}）"),
                             (tr("AuditLog", "対象"), d.target(e))):
            if value:
                parts.append(f"<tr><td>{esc(label)}</td><td>{esc(value)}</td></tr>")
        parts.append("</table>")
        changes = d.changes(e)
        if changes:
            parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                         f"<tr><th>{esc(tr('AuditLog', '項目'))}</th><th>{esc(tr('AuditLog', '変更前'))}</th>"
                         f"<th>{esc(tr('AuditLog', '変更後'))}</th></tr>")
            for c in changes:
                parts.append(f"<tr><td>{esc(c.label)}</td><td>{esc(c.before)}</td><td>{esc(c.after)}</td></tr>")
            parts.append("</table>")
        rest = d.detail_rows(e)
        if rest:
            parts.append(f"<p>{esc(tr('AuditLog', '記録された詳細'))}</p><table cellspacing='0' cellpadding='2'>")
            parts.extend(f"<tr><td>{esc(label)}</td><td>{esc(value)}</td></tr>" for label, value in rest)
            parts.append("</table>")
        self.detail.setHtml("".join(parts))

    def _fill_users(self) -> None:
        current = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(tr("AuditLog", "全員"), None)
        for actor in self.service.actors():
            self.user_filter.addItem(actor, actor)
        if current:
            self.user_filter.setCurrentIndex(max(0, self.user_filter.findData(current)))
        self.user_filter.blockSignals(False)

    def filters(self) -> dict:
        from desktop.accounts.service import AUTH_ACTIONS as AUTH_HISTORY_ACTIONS

        actions, prefix = self.action_filter.currentData() or (None, None)
        kw = {"actor": self.user_filter.currentData(),
              "actions": AUTH_HISTORY_ACTIONS if actions == "auth" else actions,
              "action_prefix": prefix}
        if self.date_check.isChecked():
            start, end = self._period()
            end += dt.timedelta(days=1)
            tz = dt.datetime.now().astimezone().tzinfo
            kw["since"] = dt.datetime.combine(start, dt.time(), tz).isoformat()
            kw["until"] = dt.datetime.combine(end, dt.time(), tz).isoformat()
        return kw

    def _period(self) -> tuple[dt.date, dt.date]:
        """The period typed in the filter; a date that is not one is refused with the reason
        (naming the field), never read as another day."""
        from desktop.errors import ValidationError

        days = []
        for edit, name in ((self.date_from, tr("AuditLog", "期間（から）")),
                           (self.date_to, tr("AuditLog", "期間（まで）"))):
            edit.commit()   # shows a valid date the way it reads, or the reason beside the field
            value, err = edit.parsed()
            if value is None:
                err = err or tr("AuditLog", "日付を入力してください。")
                raise ValidationError(tr("AuditLog", "{field}: {message}").format(field=name, message=err),
                                      {name: err})
            days.append(value)
        return days[0], days[1]

    def apply_filters(self) -> None:
        self.describer.reset()
        self._page_starts = [None]
        self._load()

    def _load(self) -> None:
        try:
            rows = self.service.query(limit=PAGE_SIZE + 1, before_seq=self._page_starts[-1], **self.filters())
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return
        self._has_more = len(rows) > PAGE_SIZE
        self.model.set_entries(rows[:PAGE_SIZE])
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_DETAILS, max(240, self.table.columnWidth(COL_DETAILS)))
        n = len(self._page_starts)
        self.page_label.setText(tr("AuditLog", "{page} ページ目（{count} 件表示）").format(
            page=n, count=len(self.model.entries)))
        self.newer_button.setEnabled(n > 1)
        self.older_button.setEnabled(self._has_more)
        if self.model.entries:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def older_page(self) -> None:
        if self._has_more and self.model.entries:
            self._page_starts.append(self.model.entries[-1].seq)
            self._load()

    def newer_page(self) -> None:
        if len(self._page_starts) > 1:
            self._page_starts.pop()
            self._load()

    def on_shown(self) -> None:
        self.describer.reset()
        self._fill_users()
        self._load()
        self._refresh_unverified()

    def verify(self) -> None:
        busy.run_busy(self, tr("AuditLog", "監査ログを検証しています…"), self.service.verify,
                      on_done=self.show_report, on_error=lambda exc: messages.show_error(self, exc))

    def show_report(self, report) -> None:
        from desktop.timeutil import now_iso

        checked = format_timestamp(now_iso(), self.model.calendar)
        if report.ok:
            self.verify_result.setText(tr("AuditLog", "✓ 改ざんなし（{n}件検証）").format(n=report.count)
                                       + "　" + tr("AuditLog", "検証日時: {time}").format(time=checked))
            self.verify_result.setStyleSheet(tones.banner_style("ok", bold=True))
            self.verify_result.setProperty("ok", True)
        else:
            self.verify_result.setText(tr(
                "AuditLog", "✗ 改ざんを検出しました: {message}（最初の異常は {seq} 番）").format(
                message=report.message, seq=report.first_broken)
                + "　" + tr("AuditLog", "検証日時: {time}").format(time=checked))
            self.verify_result.setStyleSheet(tones.banner_style("error", bold=True))
            self.verify_result.setProperty("ok", False)


class UnverifiedEventsView(QWidget):
    """未検証のイベント: what the key file held without a valid MAC (anyone able to edit the
    file could have written it). Listed for administrators, never mixed with the trail."""

    def __init__(self, vault, calendar: str = "wareki") -> None:
        super().__init__()
        self.setObjectName("unverifiedEventsView")
        self.vault = vault
        self.calendar = calendar
        explain = QLabel(tr("AuditLog", "鍵ファイルの中に、認証（改ざん検知の署名）のないまま書かれていたイベントです。"
                                        "誰が書いたかをアプリでは確かめられないため、監査ログには含めていません。"
                                        "身に覚えのないログイン失敗などがあれば、鍵ファイルが書き換えられた"
                                        "可能性があります。"))
        explain.setWordWrap(True)
        self.empty = QLabel(tr("AuditLog", "未検証のイベントはありません。"))
        self.empty.setObjectName("unverifiedEmpty")
        self.tree = QTreeWidget()
        self.tree.setObjectName("unverifiedList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(tr("AuditLog", "未検証のイベントの一覧"))
        self.tree.setHeaderLabels([tr("AuditLog", "記録された日時"), tr("AuditLog", "イベント"),
                                   tr("AuditLog", "ユーザーID"), tr("AuditLog", "内容"),
                                   tr("AuditLog", "取り込んだ日時")])
        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addWidget(self.empty)
        lay.addWidget(self.tree, 1)

    def reload(self) -> int:
        from desktop.audit.unverified import list_unverified

        self.tree.clear()
        try:
            events = list_unverified(self.vault)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return 0
        for e in events:
            label = action_label(e.event)
            event_text = tr("AuditLog", "{label}（未検証）").format(label=label)
            item = QTreeWidgetItem([format_timestamp(e.recorded_at, self.calendar, seconds=True), event_text,
                                    e.user_id or "", details_text(e.details),
                                    format_timestamp(e.imported_at, self.calendar)])
            item.setToolTip(1, e.event)
            self.tree.addTopLevelItem(item)
        for col in range(5):
            self.tree.resizeColumnToContents(col)
        self.empty.setVisible(not events)
        self.tree.setVisible(bool(events))
        return len(events)


def make_section(ctx) -> Section | None:
    if not ctx.session.is_admin:
        return None
    return Section("admin.audit", tr("AuditLog", "監査ログ"), AuditLogView(ctx), group=tr("MainWindow", "管理"))
