"""ユーザー管理 (administrators): list, create with an initial password, edit name/role,
disable/enable, reset password, release a lockout, delete (re-keys the vault). All through
AccountService. A locked-out user shows ロック中 with the time left, refreshed every 30 s."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
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
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, tr
from ui.sections import Section
from ui.widgets import busy, messages, tones
from ui.widgets.a11y import name_inputs
from ui.widgets.dates import format_timestamp
from ui.widgets.password import CapsLockWarning, PasswordEdit, StrengthFeedback

USER_ROLE = Qt.ItemDataRole.UserRole + 1

COL_ID, COL_NAME, COL_ROLE, COL_STATE, COL_MUST_CHANGE, COL_CHANGED = range(6)
_HEADERS = [
    QT_TRANSLATE_NOOP("Users", "ユーザーID"),
    QT_TRANSLATE_NOOP("Users", "氏名"),
    QT_TRANSLATE_NOOP("Users", "役割"),
    QT_TRANSLATE_NOOP("Users", "状態"),
    QT_TRANSLATE_NOOP("Users", "パスワード変更待ち"),
    QT_TRANSLATE_NOOP("Users", "パスワード変更日"),
]


class UsersModel(QAbstractTableModel):
    def __init__(self, service, calendar: str = "wareki") -> None:
        super().__init__()
        self.service = service
        self.calendar = calendar
        self.users = []
        self.locks: dict = {}  # user_id -> locked_until (aware datetime)

    def reload(self) -> None:
        self.beginResetModel()
        self.users = self.service.list_users()
        self.locks = self.service.lockouts()
        self.endResetModel()

    def lock_text(self, user_id: str) -> str:
        """ロック中（あと約N分・HH:MMまで） for a locked-out user, else ""."""
        from desktop.timeutil import now

        until = self.locks.get(user_id)
        if until is None:
            return ""
        minutes = max(1, int((until - now()).total_seconds() + 59) // 60)
        return tr("Users", "ロック中（あと約 {minutes} 分・{time} まで）").format(
            minutes=minutes, time=until.astimezone().strftime("%H:%M"))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("Users", _HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        from desktop.accounts.session import role_label

        u = self.users[index.row()]
        col = index.column()
        if role == USER_ROLE:
            return u
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ID:
                return u.user_id
            if col == COL_NAME:
                return u.display_name
            if col == COL_ROLE:
                return role_label(u.role)
            if col == COL_STATE:
                state = tr("Users", "有効") if u.enabled else tr("Users", "無効")
                locked = self.lock_text(u.user_id)
                return f"{state}・{locked}" if locked else state
            if col == COL_MUST_CHANGE:
                return tr("Users", "はい") if u.must_change_password else ""
            if col == COL_CHANGED:
                return format_timestamp(u.password_changed_at, self.calendar)
        if role == Qt.ItemDataRole.ForegroundRole and not u.enabled:
            return tones.color("muted")
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE and u.user_id in self.locks:
            return tones.color("error")
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATE and u.user_id in self.locks:
            return tr("Users", "ログインに続けて失敗したため、一時的にログインできません。"
                               "本人確認のうえ「ロック解除」で解除できます。")
        return None


def _role_combo(current: str = "officer") -> QComboBox:
    from desktop.accounts.session import ROLES, role_label

    combo = QComboBox()
    for r in ROLES:
        combo.addItem(role_label(r), r)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class UserDialog(QDialog):
    """Create a user (with an initial password) or edit name and role."""

    def __init__(self, service, user=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self.service, self.user = service, user
        creating = user is None
        self.setWindowTitle(tr("Users", "ユーザーの追加") if creating else tr("Users", "ユーザーの編集"))
        self.user_id = QLineEdit(user.user_id if user else "")
        self.user_id.setObjectName("newUserId")
        self.user_id.setReadOnly(not creating)
        self.name = QLineEdit(user.display_name if user else "")
        self.name.setObjectName("newUserName")
        self.role = _role_combo(user.role if user else "officer")
        self.role.setObjectName("newUserRole")
        form = QFormLayout()
        form.addRow(tr("Users", "ユーザーID"), self.user_id)
        form.addRow(tr("Users", "氏名"), self.name)
        form.addRow(tr("Users", "役割"), self.role)
        self.password = self.password2 = self.feedback = None
        if creating:
            self.password = PasswordEdit()
            self.password.setObjectName("newUserPassword")
            self.password2 = PasswordEdit()
            self.password2.setObjectName("newUserPassword2")
            self.feedback = StrengthFeedback(self.password, user_id=lambda: self.user_id.text().strip(),
                                             policy=service.policy)
            form.addRow(tr("Users", "初期パスワード"), self.password)
            form.addRow(tr("Users", "初期パスワード（確認）"), self.password2)
            form.addRow("", CapsLockWarning(self.password, self.password2))
            form.addRow("", self.feedback)
            note = QLabel(tr("Users", "初期パスワードは本人に安全な方法で伝えてください。"
                                      "最初のログインで変更が求められます。"))
            note.setWordWrap(True)
            form.addRow("", note)
        self.error = QLabel()
        self.error.setObjectName("userDialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(tones.text_style("error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Users", "追加") if creating else tr("Users", "保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Users", "キャンセル"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(480)
        name_inputs(self)

    def submit(self) -> None:
        self.error.setText("")
        if self.user is None:
            if self.password.text() != self.password2.text():
                self.error.setText(tr("Users", "確認用のパスワードが一致しません。"))
                return
            args = (self.user_id.text().strip(), self.name.text(), self.role.currentData(), self.password.text())

            def work():
                return self.service.create_user(*args)

            busy.run_busy(self, tr("Users", "ユーザーを追加しています…"), work,
                          on_done=lambda _u: self.accept(),
                          on_error=lambda exc: self.error.setText(messages.error_text(exc)))
        else:
            try:
                self.service.update_user(self.user.user_id, display_name=self.name.text(), role=self.role.currentData())
            except Exception as exc:  # noqa: BLE001 - shown in the dialog
                self.error.setText(messages.error_text(exc))
                return
            self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, service, user, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.service, self.user = service, user
        self.setWindowTitle(tr("Users", "パスワードの再設定"))
        intro = QLabel(tr("Users", "{name}（{id}）に新しい初期パスワードを設定します。"
                                   "本人は次回のログインで変更を求められます。").format(
            name=user.display_name, id=user.user_id))
        intro.setWordWrap(True)
        self.password = PasswordEdit()
        self.password.setObjectName("resetPassword")
        self.password2 = PasswordEdit()
        self.password2.setObjectName("resetPassword2")
        self.feedback = StrengthFeedback(self.password, user_id=lambda: user.user_id, policy=service.policy)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(tones.text_style("error"))
        form = QFormLayout()
        form.addRow(tr("Users", "新しい初期パスワード"), self.password)
        form.addRow(tr("Users", "確認"), self.password2)
        form.addRow("", CapsLockWarning(self.password, self.password2))
        form.addRow("", self.feedback)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Users", "再設定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Users", "キャンセル"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(480)
        name_inputs(self)

    def submit(self) -> None:
        if self.password.text() != self.password2.text():
            self.error.setText(tr("Users", "確認用のパスワードが一致しません。"))
            return
        pw = self.password.text()
        busy.run_busy(self, tr("Users", "パスワードを再設定しています…"),
                      lambda: self.service.reset_password(self.user.user_id, pw),
                      on_done=lambda _r: self.accept(),
                      on_error=lambda exc: self.error.setText(messages.error_text(exc)))


class UsersView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        from desktop.accounts.service import AccountService

        self.setObjectName("usersView")
        self.ctx = ctx
        self.service = AccountService(ctx.vault)
        self.model = UsersModel(self.service, ctx.vault.setting("display.calendar"))
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(tr("Users", "ユーザーの一覧"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        title = QLabel(tr("Users", "ユーザー管理"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        title.setFont(f)
        explain = QLabel(tr("Users", "ユーザーは一人ひとり個別のIDで登録します。"
                                     "退職・異動した人のIDは無効にするか削除してください。"
                                     "削除すると台帳の暗号鍵が更新され、古い鍵ファイルの写しでは開けなくなります。"))
        explain.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("adminFingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(tr("Users", "追加…"))
        self.add_button.setObjectName("addUser")
        self.edit_button = QPushButton(tr("Users", "編集…"))
        self.edit_button.setObjectName("editUser")
        self.toggle_button = QPushButton(tr("Users", "無効にする"))
        self.toggle_button.setObjectName("toggleUser")
        self.reset_button = QPushButton(tr("Users", "パスワード再設定…"))
        self.reset_button.setObjectName("resetUser")
        self.unlock_button = QPushButton(tr("Users", "ロック解除…"))
        self.unlock_button.setObjectName("unlockUser")
        self.unlock_button.setToolTip(tr("Users", "ログインの失敗が続いてロックされたユーザーを、"
                                                  "待ち時間の終了前にログインできるようにします。"))
        self.delete_button = QPushButton(tr("Users", "削除…"))
        self.delete_button.setObjectName("deleteUser")
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.toggle_button.clicked.connect(self.toggle_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock_user)
        self.delete_button.clicked.connect(self.delete_user)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.toggle_button, self.reset_button, self.unlock_button,
                  self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(explain)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.fingerprint)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        from PySide6.QtCore import QTimer

        # the time left counts down; a lock that runs out disappears by itself
        self._lock_timer = QTimer(self, interval=30_000)
        self._lock_timer.timeout.connect(lambda: self.reload() if self.isVisible() and self.model.locks else None)
        self._lock_timer.start()
        self.reload()
        name_inputs(self)

    def reload(self) -> None:
        from desktop.audit.unverified import first_admin_fingerprint

        selected = self.selected()
        self.model.reload()
        if not self.fingerprint.text():  # fixed at creation: computed once (replays the grants)
            self._show_fingerprint(first_admin_fingerprint(self.ctx.vault))
        if selected:
            self.select(selected.user_id)
        self._update_buttons()

    def _show_fingerprint(self, fp: str | None) -> None:
        self.fingerprint.setText(
            tr("Users", "最初の管理者の署名鍵の指紋: <b>{fp}</b><br>"
                        "リカバリーキー保管票に印刷された指紋と一致することを確かめてください。"
                        "一致しない場合、監査ログの署名者が差し替えられているおそれがあります。").format(fp=fp) if fp
            else tr("Users", "最初の管理者の署名鍵は記録されていません（署名の導入前に作成された台帳です）。"))

    def on_shown(self) -> None:
        self.reload()

    def select(self, user_id: str) -> None:
        for row, u in enumerate(self.model.users):
            if u.user_id == user_id:
                self.table.selectRow(row)
                return

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], USER_ROLE) if rows else None

    def _update_buttons(self) -> None:
        u = self.selected()
        me = self.ctx.session.user_id
        for b in (self.edit_button, self.toggle_button, self.reset_button, self.delete_button):
            b.setEnabled(u is not None)
        self.unlock_button.setEnabled(u is not None and u.user_id in self.model.locks)
        if u is not None:
            self.toggle_button.setText(tr("Users", "無効にする") if u.enabled else tr("Users", "有効にする"))
            self.toggle_button.setEnabled(u.user_id != me)
            self.delete_button.setEnabled(u.user_id != me)

    def _changed(self, user_id: str | None = None) -> None:
        self.reload()
        if user_id:
            self.select(user_id)
        self.ctx.data_changed.emit("users")

    def add_user(self) -> None:
        dialog = UserDialog(self.service, parent=self)
        dialog.accepted.connect(lambda: self._changed(dialog.user_id.text().strip()))
        dialog.accepted.connect(lambda: self.ctx.status.emit(tr("Users", "ユーザーを追加しました。")))
        dialog.open()
        self.dialog = dialog

    def edit_user(self) -> None:
        u = self.selected()
        if u is None:
            return
        dialog = UserDialog(self.service, u, parent=self)
        dialog.accepted.connect(lambda: self._changed(u.user_id))
        dialog.open()
        self.dialog = dialog

    def toggle_user(self) -> None:
        u = self.selected()
        if u is None:
            return
        if u.enabled and not messages.confirm(
                self, tr("Users", "ユーザーを無効にする"),
                tr("Users", "{name}（{id}）を無効にします。このユーザーはログインできなくなります。"
                            "よろしいですか？").format(name=u.display_name, id=u.user_id),
                ok_text=tr("Users", "無効にする")):
            return
        try:
            self.service.set_enabled(u.user_id, not u.enabled)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
        self._changed(u.user_id)

    def reset_password(self) -> None:
        u = self.selected()
        if u is None:
            return
        dialog = ResetPasswordDialog(self.service, u, parent=self)
        dialog.accepted.connect(lambda: self._changed(u.user_id))
        dialog.accepted.connect(lambda: self.ctx.status.emit(tr("Users", "パスワードを再設定しました。")))
        dialog.open()
        self.dialog = dialog

    def unlock_user(self) -> None:
        u = self.selected()
        if u is None or u.user_id not in self.model.locks:
            return
        if not messages.confirm(
                self, tr("Users", "ロックの解除"),
                tr("Users", "{name}（{id}）のロックを解除し、すぐにログインできるようにします。"
                            "\n\n失敗が続いたのが本人の入力ミスであることを確かめてから解除してください。"
                            "本人がパスワードを忘れた場合は「パスワード再設定」を使います（ロックも解除されます）。"
                            "\n\n解除は監査ログに記録されます。").format(name=u.display_name, id=u.user_id),
                ok_text=tr("Users", "ロックを解除する")):
            return
        try:
            self.service.unlock_user(u.user_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            messages.show_error(self, exc)
            self._changed(u.user_id)
            return
        self._changed(u.user_id)
        self.ctx.status.emit(tr("Users", "{id} のロックを解除しました。").format(id=u.user_id))

    def delete_user(self) -> None:
        u = self.selected()
        if u is None:
            return
        if not messages.confirm(
                self, tr("Users", "ユーザーの削除"),
                tr("Users", "{name}（{id}）を削除します。\n\nこのユーザーの鍵は台帳から取り除かれ、"
                            "台帳の暗号鍵が新しくなります（他のユーザーは今までどおりのパスワードで開けます）。"
                            "監査ログ上の記録は残ります。同じユーザーIDは再利用できません。"
                            "\n\n削除してよろしいですか？").format(name=u.display_name, id=u.user_id),
                ok_text=tr("Users", "削除する"), danger=True):
            return
        busy.run_busy(self, tr("Users", "ユーザーを削除し、暗号鍵を更新しています…"),
                      lambda: self.service.delete_user(u.user_id),
                      on_done=lambda _r: (self._changed(),
                                          self.ctx.status.emit(tr("Users", "ユーザーを削除しました。"))),
                      on_error=lambda exc: (messages.show_error(self, exc), self._changed()))


def make_section(ctx) -> Section | None:
    if not ctx.session.is_admin:
        return None
    return Section("admin.users", tr("Users", "ユーザー管理"), UsersView(ctx), group=tr("MainWindow", "管理"))
