"""利用者ID台帳 (accounts): 「本アプリの利用者と従事者…」 — the administrator names the staff
record (従事者) each of this app's users belongs to, so that a user whose person has left is
shown in 要対応 (A11-1-4). Reads and writes through the accounts service (``list_users``,
``staff_links``, ``link_staff``, audited) and the register service for the staff names."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.accounts.service import AccountService
from desktop.errors import DaichoError
from desktop.i18n import tr
from ui.registers.ext import CTX, Extras, bad_style
from ui.widgets import messages

#: staff records offered in each row's list (an office has tens, not thousands)
STAFF_LIMIT = 1000


class StaffLinkDialog(QDialog):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.accounts = AccountService(view.vault)
        self.setObjectName("staffLinkDialog")
        self.setWindowTitle(tr(CTX, "本アプリの利用者と従事者の紐付け"))
        self.resize(640, 420)
        hint = QLabel(tr(CTX, "利用者ごとに従事者名簿の記録を選びます。従事終了日を過ぎると「要対応」に表示されます"
                              "（自動では無効化しません）。"))
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("staffLinkTable")
        self.table.setHorizontalHeaderLabels([tr(CTX, "利用者ID"), tr(CTX, "氏名"), tr(CTX, "従事者")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error = QLabel()
        self.error.setObjectName("staffLinkError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(bad_style())
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("staffLinkSave")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.combos: dict[str, QComboBox] = {}
        self.before: dict[str, int | None] = {}
        self.load()

    def load(self) -> None:
        staff = self.view.service.ref_options("staff", "", limit=STAFF_LIMIT)
        links = self.accounts.staff_links()
        users = self.accounts.list_users()
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            self.table.setItem(row, 0, QTableWidgetItem(user.user_id))
            self.table.setItem(row, 1, QTableWidgetItem(user.display_name))
            combo = QComboBox()
            combo.setObjectName(f"staffFor_{user.user_id}")
            combo.addItem(tr(CTX, "（紐付けなし）"), None)
            for sid, title in staff:
                combo.addItem(title, sid)
            current = links.get(user.user_id)
            if current is not None and combo.findData(current) < 0:
                combo.addItem(tr(CTX, "（従事者 #{id}）").format(id=current), current)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            self.table.setCellWidget(row, 2, combo)
            self.combos[user.user_id] = combo
            self.before[user.user_id] = current

    def save(self) -> None:
        try:
            for user_id, combo in self.combos.items():
                chosen = combo.currentData()
                if chosen != self.before[user_id]:
                    self.accounts.link_staff(user_id, chosen)
                    self.before[user_id] = chosen
        except DaichoError as exc:
            self.error.setText(messages.error_text(exc))
            self.error.show()
            return
        self.accept()


class AccountExtras(Extras):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.dialog: StaffLinkDialog | None = None
        self.link_button = QPushButton(tr(CTX, "本アプリの利用者と従事者…"))
        self.link_button.setObjectName("staffLinkButton")
        self.link_button.setToolTip(tr(CTX, "本アプリの利用者を従事者名簿の記録と紐付けます。従事を終えた人の利用者は要対応に表示されます（管理者のみ）。"))
        self.link_button.setVisible(view.vault.session.role == "admin")
        self.link_button.clicked.connect(self.link_staff)
        view.extra_bar.addWidget(self.link_button)

    def link_staff(self) -> StaffLinkDialog:
        dialog = StaffLinkDialog(self.view)
        dialog.accepted.connect(self._linked)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _linked(self) -> None:
        self.view._emit_changed()
        self.view.refresh()
        self.due_banner.refresh()


EXTRAS = AccountExtras
