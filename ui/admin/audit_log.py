"""監査ログ (administrators): the chained audit trail, newest first, filtered by user, action
and date range, paged by sequence number (keyset), with "verify the chain".

認証履歴 (authentication history, A10-5 オ) is the same view with the auth preset; see
:mod:`ui.admin.auth_history`.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, tr
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

    def __init__(self, service, calendar: str = "wareki") -> None:
        super().__init__()
        self.service = service
        self.calendar = calendar
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
                return e.actor or tr("AuditLog", "（システム）")
            if col == COL_ACTION:
                return action_label(e.action)
            if col == COL_TARGET:
                return f"{e.entity}:{e.entity_id}" if e.entity and e.entity_id else (e.entity or "")
            if col == COL_DETAILS:
                return details_text(e.details)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_ACTION, COL_DETAILS):
            return f"{e.action}\n{details_text(e.details)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditLogView(QWidget):
    def __init__(self, ctx, *, preset: str | None = None, title: str | None = None) -> None:
        super().__init__()
        from desktop.audit.service import AuditService

        self.setObjectName("auditLogView")
        self.ctx = ctx
        self.service = AuditService(ctx.vault)
        self.model = AuditTableModel(self.service, ctx.vault.setting("display.calendar"))
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
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("auditActionFilter")
        for label, actions, prefix in PRESETS:
            self.action_filter.addItem(tr("AuditLog", label), (actions, prefix))
        self.date_check = QCheckBox(tr("AuditLog", "期間"))
        self.date_check.setObjectName("auditDateCheck")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_from.setCalendarPopup(True)
        self.date_from.setDisplayFormat("yyyy-MM-dd")
        self.date_to = QDateEdit(today)
        self.date_to.setCalendarPopup(True)
        self.date_to.setDisplayFormat("yyyy-MM-dd")
        for w in (self.date_from, self.date_to):
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
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(explain)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addLayout(paging)
        lay.addWidget(self.verify_result)

        if preset == "auth":
            self.action_filter.setCurrentIndex(1)
        self._fill_users()
        self.apply_filters()

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
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython() + dt.timedelta(days=1)
            tz = dt.datetime.now().astimezone().tzinfo
            kw["since"] = dt.datetime.combine(start, dt.time(), tz).isoformat()
            kw["until"] = dt.datetime.combine(end, dt.time(), tz).isoformat()
        return kw

    def apply_filters(self) -> None:
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

    def older_page(self) -> None:
        if self._has_more and self.model.entries:
            self._page_starts.append(self.model.entries[-1].seq)
            self._load()

    def newer_page(self) -> None:
        if len(self._page_starts) > 1:
            self._page_starts.pop()
            self._load()

    def on_shown(self) -> None:
        self._fill_users()
        self._load()

    def verify(self) -> None:
        busy.run_busy(self, tr("AuditLog", "監査ログを検証しています…"), self.service.verify,
                      on_done=self.show_report, on_error=lambda exc: messages.show_error(self, exc))

    def show_report(self, report) -> None:
        if report.ok:
            self.verify_result.setText(tr("AuditLog", "✓ 改ざんなし（{n}件検証）").format(n=report.count))
            self.verify_result.setStyleSheet(tones.banner_style("ok", bold=True))
            self.verify_result.setProperty("ok", True)
        else:
            self.verify_result.setText(tr(
                "AuditLog", "✗ 改ざんを検出しました: {message}（最初の異常は {seq} 番）").format(
                message=report.message, seq=report.first_broken))
            self.verify_result.setStyleSheet(tones.banner_style("error", bold=True))
            self.verify_result.setProperty("ok", False)


def make_section(ctx) -> Section | None:
    if not ctx.session.is_admin:
        return None
    return Section("admin.audit", tr("AuditLog", "監査ログ"), AuditLogView(ctx), group=tr("MainWindow", "管理"))
