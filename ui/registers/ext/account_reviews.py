"""利用者ID等の確認記録 (account-reviews): 「本アプリを確認…」 — the administrator reviews this
app's own user list or its administrators' authentication history for a period, sees it in
a table, and records the review with the reviewer and findings (A11-1-5, A11-1-6). Users and
history come through the core extension (which reads them via the accounts service)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.accounts.service import AccountService
from desktop.errors import DaichoError
from desktop.i18n import tr
from desktop.registers.definitions.account_reviews import KINDS, RESULTS
from desktop.registers.ext import account_reviews as core
from ui.registers.dates import DateEdit
from ui.registers.ext import CTX, Extras, bad_style, neutral_style
from ui.widgets import messages


class AppReviewDialog(QDialog):
    """Shows the app's users / administrators' authentication history for a period and
    records the review."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.service = view.service
        self.accounts = AccountService(view.vault)
        self.record_id: int | None = None
        self.setObjectName("appReviewDialog")
        self.setWindowTitle(tr(CTX, "本アプリの利用者・認証履歴の確認"))
        self.resize(820, 640)
        today = self.service.today()
        self.kind = QComboBox()
        self.kind.setObjectName("appReviewKind")
        for c in KINDS:
            if c.value in core.APP_KINDS:
                self.kind.addItem(c.label, c.value)
        self.period_from = DateEdit(view.calendar, optional=False)
        self.period_from.setObjectName("appReviewFrom")
        self.period_from.set_value(today - dt.timedelta(days=182))
        self.period_to = DateEdit(view.calendar, optional=False)
        self.period_to.setObjectName("appReviewTo")
        self.period_to.set_value(today)
        self.show_button = QPushButton(tr(CTX, "表示"))
        self.show_button.setObjectName("appReviewShow")
        top = QFormLayout()
        top.addRow(tr(CTX, "確認の種類"), self.kind)
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel("〜"))
        period.addWidget(self.period_to)
        period.addWidget(self.show_button)
        top.addRow(tr(CTX, "対象期間"), period)
        self.summary = QLabel()
        self.summary.setObjectName("appReviewSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("appReviewTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.attention = QLabel()
        self.attention.setObjectName("appReviewAttention")
        self.attention.setWordWrap(True)
        self.reviewer = QLineEdit(view.vault.session.display_name or "")
        self.reviewer.setObjectName("appReviewReviewer")
        self.result_combo = QComboBox()
        self.result_combo.setObjectName("appReviewResult")
        for c in RESULTS:
            self.result_combo.addItem(c.label, c.value)
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("appReviewFindings")
        self.findings.setMaximumHeight(70)
        self.actions = QPlainTextEdit()
        self.actions.setObjectName("appReviewActions")
        self.actions.setMaximumHeight(70)
        bottom = QFormLayout()
        bottom.addRow(tr(CTX, "確認者"), self.reviewer)
        bottom.addRow(tr(CTX, "結果"), self.result_combo)
        bottom.addRow(tr(CTX, "指摘事項"), self.findings)
        bottom.addRow(tr(CTX, "措置"), self.actions)
        self.error = QLabel()
        self.error.setObjectName("appReviewError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(bad_style())
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(tr(CTX, "確認を記録"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setObjectName("appReviewRecord")
        self.buttons.rejected.connect(self.reject)
        self.record_button.clicked.connect(self.record)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.attention)
        lay.addLayout(bottom)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.show_button.clicked.connect(self.load)
        self.kind.currentIndexChanged.connect(self.load)
        self.load()

    def values(self) -> tuple[str, dt.date | None, dt.date | None]:
        return self.kind.currentData(), self.period_from.value(), self.period_to.value()

    def load(self) -> None:
        kind, start, end = self.values()
        self.error.hide()
        try:
            snap = core.snapshot(self.service, self.accounts, kind, start, end)
        except DaichoError as exc:
            self._show_error(exc)
            self.table.setRowCount(0)
            self.record_button.setEnabled(False)
            return
        self.record_button.setEnabled(True)
        self.table.clear()
        self.table.setColumnCount(len(snap.headers))
        self.table.setHorizontalHeaderLabels(snap.headers)
        self.table.setRowCount(len(snap.rows))
        for r, row in enumerate(snap.rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary.setText(tr(CTX, "{n}件を表示しています。").format(n=len(snap.rows)))
        if snap.attention:
            self.attention.setText(tr(CTX, "確認が必要な項目:") + "\n" + "\n".join(f"・{a}" for a in snap.attention))
            self.attention.setStyleSheet(bad_style())
            if self.result_combo.currentData() == "ok":
                self.result_combo.setCurrentIndex(self.result_combo.findData("findings"))
        else:
            self.attention.setText(tr(CTX, "特に確認が必要な項目はありません。"))
            self.attention.setStyleSheet(neutral_style())

    def _show_error(self, exc) -> None:
        self.error.setText(messages.error_text(exc))
        self.error.show()

    def record(self) -> None:
        kind, start, end = self.values()
        try:
            self.record_id = core.record_app_review(
                self.service, self.accounts, kind, start, end, reviewer=self.reviewer.text(),
                result=self.result_combo.currentData(), findings=self.findings.toPlainText().strip() or None,
                actions=self.actions.toPlainText().strip() or None)
        except DaichoError as exc:  # a field message (ValidationError) or a refusal
            self._show_error(exc)
            return
        self.accept()


class AccountReviewExtras(Extras):
    """「本アプリを確認…」 for administrators."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.dialog: AppReviewDialog | None = None
        self.review_button = QPushButton(tr(CTX, "本アプリを確認…"))
        self.review_button.setObjectName("appReviewButton")
        self.review_button.setToolTip(tr(CTX, "本アプリの利用者一覧または管理者の認証履歴を期間を指定して表示し、確認の結果を記録します（管理者のみ）。"))
        self.review_button.setVisible(view.vault.session.role == "admin")
        self.review_button.clicked.connect(self.review_now)
        view.extra_bar.addWidget(self.review_button)

    def review_now(self) -> AppReviewDialog:
        dialog = AppReviewDialog(self.view)
        dialog.accepted.connect(lambda: self._recorded(dialog.record_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, record_id: int | None) -> None:
        view = self.view
        view._emit_changed()
        view.refresh(keep=record_id)
        view.ctx.status.emit(tr(CTX, "本アプリの確認を記録しました。"))


EXTRAS = AccountReviewExtras
