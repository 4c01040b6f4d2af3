"""The former home page (who is logged in, their role and last login, password age, and the
sections this user can open, each a button), kept only as the baseline the dashboard's first
paint is measured against (bench_compliance.py, issue 13: ≤ 1.3× this page). Not part of the
app: the home page is ui/dashboard.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from ui.sections import Section
from ui.widgets import tones
from ui.widgets.dates import format_timestamp


class HomeView(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.setObjectName("homeView")
        self.ctx = ctx
        self.greeting = QLabel()
        self.greeting.setObjectName("homeGreeting")
        f = self.greeting.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setWeight(QFont.Weight.Bold)
        self.greeting.setFont(f)
        self.user_value = QLabel()
        self.role_value = QLabel()
        self.role_value.setObjectName("homeRole")
        self.last_login = QLabel()
        self.last_login.setObjectName("homeLastLogin")
        self.password_age = QLabel()
        self.password_age.setWordWrap(True)
        self.office = QLabel()
        self.office.setWordWrap(True)
        self.vault_path = QLabel()
        self.vault_path.setWordWrap(True)
        self.vault_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.binding = QLabel()
        self.binding.setWordWrap(True)
        info = QGroupBox(tr("Home", "ログイン情報"))
        form = QFormLayout(info)
        form.addRow(tr("Home", "ユーザー"), self.user_value)
        form.addRow(tr("Home", "役割"), self.role_value)
        form.addRow(tr("Home", "前回のログイン"), self.last_login)
        form.addRow(tr("Home", "パスワード"), self.password_age)
        vault_box = QGroupBox(tr("Home", "台帳"))
        vform = QFormLayout(vault_box)
        vform.addRow(tr("Home", "事業者"), self.office)
        vform.addRow(tr("Home", "ファイル"), self.vault_path)
        vform.addRow(tr("Home", "端末の限定"), self.binding)
        self.backup_status = QLabel()
        self.backup_status.setObjectName("homeBackupStatus")
        self.backup_status.setWordWrap(True)
        self.backup_button = QPushButton(tr("Home", "バックアップを開く"))
        self.backup_button.setObjectName("homeOpenBackup")
        self.backup_button.clicked.connect(lambda: self.ctx.show_section.emit("backup"))
        self.backup_box = QGroupBox(tr("Home", "バックアップ"))
        bform = QVBoxLayout(self.backup_box)
        bform.addWidget(self.backup_status)
        bform.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.available = QGroupBox(tr("Home", "使える機能"))
        self.available.setObjectName("homeAvailable")
        self.available_layout = QVBoxLayout(self.available)
        hint = QLabel(tr("Home", "画面をロックするには Ctrl+L を押します。"
                                 "一定時間操作しないと自動的にロックされます。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(tones.text_style("muted"))
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.greeting)
        lay.addWidget(info)
        lay.addWidget(vault_box)
        lay.addWidget(self.backup_box)
        lay.addWidget(self.available)
        lay.addWidget(hint)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()
        ctx.data_changed.connect(lambda what: self.refresh() if what in ("settings", "users", "backup") else None)

    def refresh(self) -> None:
        import datetime as dt

        from desktop.accounts.service import AccountService
        from desktop.accounts.session import role_label
        from desktop.audit.service import AuditService
        from desktop.timeutil import now, parse_iso

        v = self.ctx.vault
        if v is None or v.conn is None:
            return
        s = v.session
        calendar = v.setting("display.calendar")
        self.greeting.setText(tr("Home", "{name} さん、こんにちは。").format(name=s.display_name))
        self.user_value.setText(f"{s.display_name}（{s.user_id}）")
        self.role_value.setText(role_label(s.role))
        last = AuditService(v).last_login(s.user_id)
        self.last_login.setText(format_timestamp(last, calendar) if last
                                else tr("Home", "今回が初めてのログインです。"))
        max_age = v.setting("policy.max_age_days")
        try:
            user = AccountService(v).get(s.user_id)
            changed = parse_iso(user.password_changed_at)
            text = tr("Home", "最終変更 {date}").format(date=format_timestamp(user.password_changed_at, calendar))
            if max_age:
                left = (changed + dt.timedelta(days=max_age) - now()).days
                text += tr("Home", "（有効期限まであと {n} 日）").format(n=max(left, 0))
            self.password_age.setText(text)
        except Exception:  # noqa: BLE001 - informational only
            self.password_age.setText("")
        self.office.setText(v.setting("office.name") or tr("Home", "（未設定。設定画面で入力できます）"))
        self.vault_path.setText(str(v.path))
        if v.keyfile.binding:
            self.binding.setText(tr("Home", "登録済みの端末でだけ開けます（{n} 台登録）。").format(
                n=len(v.keyfile.terminals)))
        else:
            self.binding.setText(tr("Home", "端末を限定していません（管理者の選択）。"))
        self._refresh_backup()
        self._fill_available()

    def _refresh_backup(self) -> None:
        from ui.backup.section import status_widget_text

        text, overdue = status_widget_text(self.ctx.vault)
        self.backup_status.setText(text)
        self.backup_status.setStyleSheet(tones.text_style("error", bold=True) if overdue else "")
        self.backup_button.setVisible(self.ctx.vault.session.role != "viewer")

    def _fill_available(self) -> None:
        while self.available_layout.count():
            item = self.available_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        window = self.window()
        sections = getattr(window, "sections", {}) or {}
        shown = 0
        for key, section in sections.items():
            if key == "home":
                continue
            button = QPushButton(section.title)
            button.setObjectName(f"open_{key}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px;")
            button.clicked.connect(lambda _=False, k=key: self.ctx.show_section.emit(k))
            label = f"{section.group} › {section.title}" if section.group else section.title
            button.setText(label)
            self.available_layout.addWidget(button)
            shown += 1
        self.available.setVisible(shown > 0)

    def on_shown(self) -> None:
        self.refresh()


def make_section(ctx) -> Section:
    return Section("home", tr("Home", "ホーム"), HomeView(ctx), group="")
