"""The main window: a shell. Sidebar + stacked sections from :mod:`ui.sections`, the session
menu (lock, change password, logout), the status bar, and the lock (idle or Ctrl+L).

Nothing register-specific lives here. Locking never destroys a section widget, so whatever a
user typed survives; while locked the contents page is swapped for the lock screen, other
windows of the app are hidden (or covered, when a modal dialog cannot be hidden without
ending it) and only the same user's password opens it again.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.i18n import tr
from ui import sections as sections_mod
from ui.context import AppContext
from ui.session.lock import LockCover, LockForm, LockScreen, UnlockDialog

log = logging.getLogger(__name__)

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.MouseButtonDblClick,
}


class IdleWatcher(QObject):
    """App-wide event filter: any keyboard/mouse input restarts the idle timer."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """Also a test hook: a tiny interval locks quickly."""
        self.timer.setInterval(ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


class MainWindow(QMainWindow):
    """``logout_requested`` asks the controller to close the session and show the login."""

    logout_requested = Signal()

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.vault = vault
        self.ctx = AppContext(vault, self)
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self._covers: list[LockCover] = []
        self._unlock_dialog: UnlockDialog | None = None
        self._closing = False
        self.sections: dict[str, sections_mod.Section] = {}
        self._update_title()

        # contents: sidebar + stack
        self.sidebar = QTreeWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setRootIsDecorated(False)
        self.sidebar.setIndentation(12)
        self.sidebar.setMinimumWidth(190)
        self.sidebar.setStyleSheet("QTreeWidget#sidebar::item { padding: 5px 4px; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionStack")
        self.content = QSplitter()
        self.content.setObjectName("contentPage")
        self.content.addWidget(self.sidebar)
        self.content.addWidget(self.stack)
        self.content.setStretchFactor(1, 1)
        self.content.setChildrenCollapsible(False)
        self.content.setSizes([220, 980])

        self.lock_form = LockForm(vault)
        self.lock_screen = LockScreen(self.lock_form)
        self.root = QStackedWidget()
        self.root.addWidget(self.content)
        self.root.addWidget(self.lock_screen)
        from ui.backup.scheduler import BackupBanner, BackupScheduler

        self.backup_banner = BackupBanner()   # red while the last scheduled backup failed
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.backup_banner)
        page_layout.addWidget(self.root, 1)
        self.setCentralWidget(page)

        self._build_actions()
        self._build_sections()
        self.sidebar.currentItemChanged.connect(self._on_item)
        self.ctx.show_section.connect(self.show_section)
        self.ctx.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.ctx.data_changed.connect(self._on_data_changed)
        self.lock_form.unlocked.connect(self.unlock)
        self.lock_form.logout_requested.connect(self.request_logout)

        s = vault.session
        from desktop.accounts.session import role_label

        self.user_label = QLabel(tr("MainWindow", "{name}（{id}・{role}）").format(
            name=s.display_name, id=s.user_id, role=role_label(s.role)))
        self.statusBar().addPermanentWidget(self.user_label)
        self.idle = IdleWatcher(vault.setting("session.idle_lock_minutes"), self)
        self.idle.idle.connect(lambda: self.lock(reason="idle"))
        self.idle.start()
        self.backup_scheduler = BackupScheduler(self, self.backup_banner)   # timer, progress, logout
        self.resize(1200, 780)
        self.sidebar.setAccessibleName(tr("MainWindow", "画面の一覧"))
        from ui.widgets import layout_memory

        layout_memory.restore_size(self, "main")
        layout_memory.restore_splitter(self.content, "main")
        if self.sidebar.topLevelItemCount():
            self._select_first()

    # -- building ---------------------------------------------------------------------------

    def _update_title(self) -> None:
        office = self.vault.setting("office.name")
        base = tr("MainWindow", "委託セキュリティ台帳")
        self.setWindowTitle(f"{base} — {office}" if office else base)

    def _build_actions(self) -> None:
        self.lock_action = QAction(tr("MainWindow", "ロック(&L)"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(lambda: self.lock(reason="manual"))
        self.password_action = QAction(tr("MainWindow", "パスワードの変更(&P)…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.logout_action = QAction(tr("MainWindow", "ログアウト(&O)"), self)
        self.logout_action.triggered.connect(self.request_logout)
        self.quit_action = QAction(tr("MainWindow", "終了(&X)"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(tr("MainWindow", "このアプリについて(&A)"), self)
        self.about_action.triggered.connect(self.about)
        menu = self.menuBar().addMenu(tr("MainWindow", "セッション(&S)"))
        menu.addAction(self.lock_action)
        menu.addAction(self.password_action)
        menu.addSeparator()
        menu.addAction(self.logout_action)
        menu.addAction(self.quit_action)
        self._build_record_menu()
        help_menu = self.menuBar().addMenu(tr("MainWindow", "ヘルプ(&H)"))
        # F1 itself is the window's shortcut (ui.app); the menu shows it and does the same
        self.manual_action = QAction(tr("MainWindow", "マニュアル(&M)") + "\tF1", self)
        self.manual_action.setObjectName("manualAction")
        self.manual_action.triggered.connect(self.show_manual)
        help_menu.addAction(self.manual_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar(tr("MainWindow", "セッション"))
        self.toolbar.setObjectName("sessionToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.password_action)
        self.toolbar.addAction(self.logout_action)

    def _build_record_menu(self) -> None:
        """記録(&R): Ctrl+N 新規, Ctrl+E 編集, Ctrl+F 検索, Ctrl+P 印刷 for the register shown
        (any section whose view has ``open_new``/``open_edit``/``focus_search``/
        ``print_current``), and Ctrl+K: search every register."""
        menu = self.menuBar().addMenu(tr("MainWindow", "記録(&R)"))
        self.record_menu = menu
        self.record_actions: dict[str, QAction] = {}
        for method, text, keys in (
                ("open_new", tr("MainWindow", "新規(&N)"), QKeySequence.StandardKey.New),
                ("open_edit", tr("MainWindow", "編集(&E)"), QKeySequence("Ctrl+E")),
                ("focus_search", tr("MainWindow", "この台帳を検索(&F)"), QKeySequence.StandardKey.Find),
                ("print_current", tr("MainWindow", "印刷(&P)…"), QKeySequence.StandardKey.Print)):
            action = QAction(text, self)
            action.setObjectName(f"{method}Action")
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _c=False, m=method: self._call_view(m))
            menu.addAction(action)
            self.record_actions[method] = action
        menu.addSeparator()
        self.search_all_action = QAction(tr("MainWindow", "すべての台帳を検索(&K)…"), self)
        self.search_all_action.setObjectName("searchAllAction")
        self.search_all_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_all_action.triggered.connect(self.search_all)
        menu.addAction(self.search_all_action)
        # the actions work from the keyboard with the menu bar disabled only when they belong to the window
        self.addActions([*self.record_actions.values(), self.search_all_action])

    def current_view(self):
        """The shown section's view (a register section holds it in ``view``)."""
        key = self.current_section_key()
        section = self.sections.get(key) if key else None
        if section is None:
            return None
        widget = section.widget
        ensure = getattr(widget, "ensure_view", None)
        view = ensure() if callable(ensure) else getattr(widget, "view", None)
        return view if view is not None else widget

    def _call_view(self, method: str) -> None:
        if self.locked:
            return
        view = self.current_view()
        fn = getattr(view, method, None)
        if callable(fn):
            fn()
        else:
            self.statusBar().showMessage(tr("MainWindow", "この画面では使えません（台帳の画面で使います）。"), 5000)

    def _update_record_actions(self) -> None:
        view = self.current_view()
        for method, action in self.record_actions.items():
            action.setEnabled(callable(getattr(view, method, None)))

    def search_all(self) -> None:
        """Ctrl+K: one search box over every register, hits grouped by register."""
        if self.locked:
            return
        from ui.registers.search_all import SearchAllDialog

        dialog = SearchAllDialog(self.ctx, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.search_all_dialog = dialog
        dialog.open()
        dialog.box.setFocus()

    def show_manual(self) -> None:
        from ui.widgets.help import show_help

        key = self.current_section_key()
        show_help(self, key)

    def _build_sections(self) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.sidebar.font())
        bold.setWeight(QFont.Weight.Bold)
        for name in sections_mod.SECTION_MODULES:
            try:
                module = importlib.import_module(name)
                many = getattr(module, "make_sections", None)
                made = many(self.ctx) if many is not None else [module.make_section(self.ctx)]
            except Exception:  # noqa: BLE001 - one broken section must not take the app down
                log.exception("section %s failed to load", name)
                self.statusBar().showMessage(tr("MainWindow", "一部の画面を読み込めませんでした（詳細はログファイル）。"), 15000)
                continue
            for section in made:
                if section is not None:
                    self._add_section(section, groups, bold)
        self.sidebar.expandAll()

    def _add_section(self, section, groups: dict, bold: QFont) -> None:
        self.sections[section.key] = section
        self.stack.addWidget(section.widget)
        item = QTreeWidgetItem([section.title])
        item.setData(0, SECTION_ROLE, section.key)
        if section.group:
            parent = groups.get(section.group)
            if parent is None:
                parent = QTreeWidgetItem([section.group])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setFont(0, bold)
                self.sidebar.addTopLevelItem(parent)
                groups[section.group] = parent
            parent.addChild(item)
        else:
            self.sidebar.addTopLevelItem(item)

    def _items(self):
        for i in range(self.sidebar.topLevelItemCount()):
            top = self.sidebar.topLevelItem(i)
            yield top
            for j in range(top.childCount()):
                yield top.child(j)

    def _select_first(self) -> None:
        for item in self._items():
            if item.data(0, SECTION_ROLE):
                self.sidebar.setCurrentItem(item)
                return

    def _on_item(self, item, _prev=None) -> None:
        key = item.data(0, SECTION_ROLE) if item else None
        if key and key in self.sections:
            widget = self.sections[key].widget
            self.stack.setCurrentWidget(widget)
            refresh = getattr(widget, "on_shown", None)
            if callable(refresh):
                refresh()
        self._update_record_actions()

    def show_section(self, key: str) -> None:
        for item in self._items():
            if item.data(0, SECTION_ROLE) == key:
                self.sidebar.setCurrentItem(item)
                return

    def current_section_key(self) -> str | None:
        item = self.sidebar.currentItem()
        return item.data(0, SECTION_ROLE) if item else None

    def _on_data_changed(self, what: str) -> None:
        if what == "settings":
            self._update_title()
            self.idle.set_minutes(self.vault.setting("session.idle_lock_minutes"))

    # -- lock -------------------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        try:
            self.vault.audit("auth.lock", details={"reason": reason})
        except Exception:  # noqa: BLE001 - locking must happen even if auditing fails
            log.exception("could not audit the lock")
        app = QApplication.instance()
        modal = app.activeModalWidget()
        for w in app.topLevelWidgets():
            if w is self or not w.isVisible() or not w.isWindow():
                continue
            if (isinstance(w, QDialog) and w.isModal()) or w.windowModality() != Qt.WindowModality.NonModal:
                # hiding a dialog that runs exec() would end it and lose its input: cover it
                self._covers.append(LockCover(w))
            else:
                w.hide()
                self._hidden_windows.append(w)
        self.menuBar().setEnabled(False)
        self.toolbar.setVisible(False)
        self.statusBar().clearMessage()
        self.root.setCurrentWidget(self.lock_screen)
        self.lock_form.reset()
        if modal is not None:
            self.lock_screen.form_elsewhere()
            self._unlock_dialog = UnlockDialog(self.lock_form, self)
            self._unlock_dialog.show()
            self._unlock_dialog.raise_()
            self._unlock_dialog.activateWindow()
        self.lock_form.password.setFocus()
        log.info("locked (%s)", reason)

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        try:
            self.vault.audit("auth.unlock")
        except Exception:  # noqa: BLE001
            log.exception("could not audit the unlock")
        if self._unlock_dialog is not None:
            self.lock_screen.take_form_back()
            self._unlock_dialog.hide()
            self._unlock_dialog.deleteLater()
            self._unlock_dialog = None
        self.root.setCurrentWidget(self.content)
        self.menuBar().setEnabled(True)
        self.toolbar.setVisible(True)
        for cover in self._covers:
            cover.parent().removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self._covers = []
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows = []
        self.idle.start()
        log.info("unlocked")

    # -- session ----------------------------------------------------------------------------

    def change_password(self) -> None:
        from ui.session.password_dialog import ChangePasswordDialog
        from ui.widgets.messages import show_info

        dialog = ChangePasswordDialog(self.vault, parent=self)

        def finished(result):
            if result == QDialog.DialogCode.Accepted:
                show_info(self, tr("MainWindow", "パスワードを変更しました。"))

        dialog.finished.connect(finished)
        dialog.open()
        self.password_dialog = dialog

    def about(self) -> None:
        QMessageBox.about(self, tr("MainWindow", "このアプリについて"), tr(
            "MainWindow", "<b>委託セキュリティ台帳</b> バージョン {version}<br><br>"
            "外部委託先の情報セキュリティに関する記録・許可申請・提出書類を、暗号化された1つの台帳ファイルで管理します。"
            "すべての操作は改ざん検知付きの監査ログに記録されます。").format(version=__version__))

    def request_logout(self) -> None:
        if self.backup_scheduler.before_logout(self.logout_requested.emit):
            return   # a scheduled backup runs first; it logs out when done (or cancelled)
        self.logout_requested.emit()

    def shutdown(self, action: str = "auth.logout") -> None:
        """Audit the end of the session and close the vault (idempotent)."""
        if self.vault is None:
            return
        self.idle.uninstall()
        self.backup_scheduler.stop()   # a running backup is cancelled (its file removed)
        # windows hidden or covered by a lock belong to this session: end them unseen
        for cover in self._covers:
            target = cover.parent()
            if isinstance(target, QDialog):
                target.reject()
            else:
                target.close()
        self._covers = []
        if self._unlock_dialog is not None:
            self._unlock_dialog.hide()
            self._unlock_dialog = None
        for w in self._hidden_windows:
            w.close()
        self._hidden_windows = []
        try:
            if self.vault.conn is not None:
                self.vault.audit(action)
        except Exception:  # noqa: BLE001
            log.exception("could not audit the logout")
        self.vault.close()
        self.vault = None
        log.info("session closed")

    def closeEvent(self, event) -> None:  # noqa: N802
        # closing (also while locked) ends the session like a logout
        if self.vault is not None and self.backup_scheduler.before_logout(self.close):
            event.ignore()   # the "at logout" backup runs first, then the window closes
            return
        self._closing = True
        self.save_layout()
        self.shutdown()
        super().closeEvent(event)

    def save_layout(self) -> None:
        """Window size and position, sidebar width and each open register's splitter and
        columns (layout only; see :mod:`ui.widgets.layout_memory`)."""
        from ui.widgets import layout_memory

        try:
            layout_memory.save_size(self, "main")
            layout_memory.save_splitter(self.content, "main")
            for section in self.sections.values():
                view = getattr(section.widget, "view", None)
                save = getattr(view, "save_layout", None)
                if callable(save):
                    save()
        except Exception:  # noqa: BLE001 - layout memory must never stop a logout
            log.exception("could not save the window layout")
