"""Entry point of the GUI (``itaku-daicho``): application object, language, fonts, logging,
excepthook, and the session flow first-run wizard → login → (forced password change) →
main window → logout → login.

Startup imports only what the login window needs; the main window, the vault stack and
reportlab are imported later.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import argparse  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator  # noqa: E402
from PySide6.QtGui import QFont, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop import APP_NAME, __version__  # noqa: E402
from desktop.i18n import tr  # noqa: E402
from desktop.logsetup import LOG_BACKUPS, LOG_MAX_BYTES, RotatingLog, SafeFormatter  # noqa: E402, F401
from desktop.paths import resource_root  # noqa: E402

log = logging.getLogger("ui.app")

RESOURCES = resource_root() / "resources"  # repo root, or the frozen bundle
I18N_DIR = RESOURCES / "i18n"
CJK_FONTS = ["IPAexGothic", "IPAGothic", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Meiryo UI",
             "Meiryo", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "TakaoPGothic", "VL Gothic"]


def _process_elapsed_ms() -> float:
    """Milliseconds since the process started (Linux: from /proc), else since this module loaded."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])
        hz = os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, (uptime - start_ticks / hz) * 1000)
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _T0) * 1000


def setup_logging() -> Path | None:
    """A rotating log file in the user log folder (bounded), beside the CLI's
    (:mod:`desktop.logsetup`). Never secrets or record contents."""
    from desktop.logsetup import file_handler

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    made = file_handler(APP_NAME)
    if made is None:
        handler, path = logging.StreamHandler(sys.stderr), None
        handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    else:
        handler, path = made
    root.addHandler(handler)
    return path


#: work that the first window does not need waits this long, so the window is on screen first
AFTER_FIRST_WINDOW_MS = 100


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Japanese is the source language; English loads resources/i18n/daicho_en.qm.

    Qt's own strings (standard buttons, context menus) come from Qt's translations.
    """
    from ui.widgets.dates import set_language

    set_language(language)
    set_default_locale(language)
    translators = []
    if language != "en":
        # Qt's own Japanese strings (standard buttons, context menus) are not on the login
        # window: load them right after the first window is shown (~5 ms off startup).
        def load_qt_base() -> None:
            translators.extend(install_qt_japanese(app))

        QTimer.singleShot(AFTER_FIRST_WINDOW_MS, load_qt_base)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(I18N_DIR / "daicho_en.qm")):
            app.installTranslator(ours)
            translators.append(ours)
        else:
            log.warning("English translation not found; run `make translations`")
    return translators


def set_default_locale(language: str) -> QLocale:
    """Dates and numbers in Qt's own widgets and dialogs (the file dialog's 更新日時 column,
    calendar popups, spin boxes) follow the UI language, not the system locale: Japanese
    (2026/12/01) or, in English, en_US. Set before any window is made."""
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    else:
        locale = QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    QLocale.setDefault(locale)
    return locale


def install_qt_japanese(app: QApplication) -> list[QTranslator]:
    """Qt's own dialogs (file dialog, print dialog, message box buttons) in Japanese: Qt's
    qtbase_ja from the Qt installation, then our supplement (resources/i18n/
    qtbase_supplement_ja.qm) for the strings Qt 6 changed and qtbase_ja lacks ("&Look in:").
    The one installed last is asked first."""
    installed = []
    for name, folder in (("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("qtbase_supplement_ja", str(I18N_DIR))):
        qt_tr = QTranslator(app)
        if qt_tr.load(name, folder):
            app.installTranslator(qt_tr)
            installed.append(qt_tr)
        else:
            log.warning("Qt translation %s not found; Qt's own dialogs may show English", name)
    return installed


def setup_font(app: QApplication) -> None:
    """Keep the platform font but make sure Japanese falls back to a CJK family."""
    font = QFont(app.font())
    families = [font.family(), *CJK_FONTS]
    font.setFamilies(families)
    app.setFont(font)


def install_excepthook() -> None:
    """Uncaught exceptions: logged (type and traceback only) and shown as a Japanese dialog."""
    showing = {"now": False}

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception: %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None or showing["now"]:
            return
        showing["now"] = True
        try:
            from PySide6.QtWidgets import QMessageBox

            from desktop.errors import DaichoError

            if isinstance(exc, DaichoError):
                text = str(exc)
            else:
                text = tr("App", "予期しないエラーが発生しました（{kind}）。"
                                 "\n作業中の内容は保存されていない可能性があります。解決しない場合は、"
                                 "ログファイルを添えて管理者に連絡してください。").format(
                    kind=exc_type.__name__)
            box = QMessageBox(QMessageBox.Icon.Critical, tr("App", "エラー"), text)
            box.setObjectName("crashBox")
            box.exec()
        finally:
            showing["now"] = False

    sys.excepthook = hook


def _set_window_icon() -> None:
    """After the first window is up: loading the SVG plugin is not worth delaying it for."""
    from ui.widgets.icons import icon

    QApplication.instance().setWindowIcon(icon(APP_NAME))


def _help_key(window, section_key) -> None:
    """F1 on ``window`` opens the manual at the page for ``section_key()``."""
    from PySide6.QtGui import QKeySequence, QShortcut

    def open_help() -> None:
        from ui.widgets.help import show_help

        show_help(window, section_key())

    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    shortcut.setObjectName("helpShortcut")
    shortcut.activated.connect(open_help)


class Controller(QObject):
    """Moves between wizard, login, password change and main window."""

    def __init__(self, vault_path: Path, *, terminals=None, kdf=None, bench: bool = False) -> None:
        super().__init__()
        self.vault_path = Path(vault_path)
        self.terminals = terminals
        self.kdf = kdf
        self.bench = bench
        self.wizard = None
        self.restore = None
        self.login = None
        self.main = None
        self.password_dialog = None
        self.findings_box = None

    def start(self) -> None:
        if self.vault_path.exists():
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from ui.session.wizard import FirstRunWizard

        self.wizard = FirstRunWizard(self.vault_path, kdf=self.kdf, terminals=self.terminals)
        self.wizard.vault_created.connect(lambda path, uid: self.show_login(path, uid))
        self.wizard.rejected.connect(self._wizard_cancelled)
        self.wizard.restore_requested.connect(self.show_restore)
        self.wizard.show()
        if not self._bench_report("first-run wizard"):
            QTimer.singleShot(0, _set_window_icon)

    def show_restore(self) -> None:
        """First run on a new PC: restore a backup instead of creating a vault."""
        from ui.backup.restore_wizard import RestoreWizard

        parent = self.wizard
        self.restore = RestoreWizard(None, terminals=self.terminals, default_target=self.vault_path, parent=parent)
        self.restore.restored.connect(self._restored)
        self.restore.open()

    def _restored(self, result) -> None:
        from desktop.config import save_app_settings

        save_app_settings({"last_vault": str(result.path)})
        if self.wizard is not None:
            self.wizard.close_after_restore()  # a vault now exists: closing must neither quit nor warn
        self.show_login(result.path)

    def _wizard_cancelled(self) -> None:
        if self.wizard is not None and not (self.wizard.created or self.wizard.restored):
            QApplication.instance().quit()

    def show_login(self, path: Path | None = None, user_id: str = "") -> None:
        from ui.session.login import LoginWindow, warm_up_imports

        if path is not None:
            self.vault_path = Path(path)
        if self.login is None:
            self.login = LoginWindow(self.vault_path, terminals=self.terminals, user_id=user_id)
            self.login.unlocked.connect(self.on_unlocked)
            _help_key(self.login, lambda: "login")
        else:
            self.login._set_path(self.vault_path)
            if user_id:
                self.login.user_id.setText(user_id)
            self.login.show_error("")
        self.login.show()
        self.login.raise_()
        self.login.activateWindow()
        if self._bench_report("login window"):
            return
        warm_up_imports()
        QTimer.singleShot(0, _set_window_icon)

    def _bench_report(self, what: str) -> bool:
        """--bench-startup: print when the first window is on screen, then quit."""
        if not self.bench:
            return False
        self.bench = False

        def report():
            print(f"startup: {what} shown after {_process_elapsed_ms():.0f} ms since process start "
                  f"({(time.perf_counter() - _T0) * 1000:.0f} ms since ui.app import)", flush=True)
            QApplication.instance().quit()

        QTimer.singleShot(0, report)
        return True

    def on_unlocked(self, vault) -> None:
        if vault.session.must_change_password:
            from ui.session.password_dialog import ChangePasswordDialog

            dialog = ChangePasswordDialog(vault, forced=True, parent=self.login)
            self.password_dialog = dialog

            def finished(result):
                from PySide6.QtWidgets import QDialog

                self.password_dialog = None
                if result == QDialog.DialogCode.Accepted:
                    self.show_main(vault)
                else:
                    vault.audit("auth.logout", details={"reason": "password-change-declined"})
                    vault.close()
                    self.login.show_error(tr("App", "パスワードを変更しなかったため、ログアウトしました。"))

            dialog.finished.connect(finished)
            dialog.open()
            return
        self.show_main(vault)

    def show_main(self, vault) -> None:
        from ui.main_window import MainWindow

        self.main = MainWindow(vault)
        self.main.logout_requested.connect(self.logout)
        main = self.main
        _help_key(main, lambda: main.current_section_key())
        self.main.show()
        if self.login is not None:
            self.login.hide()
        self.show_findings(vault)

    def show_findings(self, vault) -> None:
        """What opening the vault found (a rollback, a reset key-file state, …): said at once."""
        findings = list(getattr(vault, "findings", []) or [])
        if not findings or self.main is None:
            return
        from PySide6.QtWidgets import QMessageBox

        text = tr("App", "台帳を開いたときに、次のことが見つかりました。内容を確認し、"
                         "心当たりがなければ管理者（情報セキュリティ責任者）に報告してください。")
        box = QMessageBox(QMessageBox.Icon.Warning, tr("App", "台帳を開いたときの確認事項"),
                          text + "\n\n" + "\n".join(f"・{f}" for f in findings),
                          QMessageBox.StandardButton.Ok, self.main)
        box.button(QMessageBox.StandardButton.Ok).setText(tr("App", "確認しました"))
        box.setObjectName("findingsBox")
        box.open()
        self.findings_box = box

    def logout(self) -> None:
        main, self.main = self.main, None
        if main is None:
            return
        main.shutdown()
        main.hide()
        main.deleteLater()
        self.show_login()
        self.login.user_id.clear()
        self.login.user_id.setFocus()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="itaku-daicho", description="委託セキュリティ台帳")
    parser.add_argument("--vault", type=Path, help="台帳ファイル (default: last used, or the user data folder)")
    parser.add_argument("--bench-startup", action="store_true",
                        help="print the time until the login window is shown, then quit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    __import__("desktop.hygiene").hygiene.harden_process()  # no core dumps, umask 077: first of all
    if getattr(sys, "frozen", False):  # audit verification's worker processes; before argparse
        __import__("multiprocessing").freeze_support()  # (a no-op from source: skip its 18 ms import)
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from desktop.config import default_vault_path, load_app_settings

    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    language = load_app_settings().get("language", "ja")
    install_translators(app, language)
    setup_font(app)
    install_excepthook()
    vault_path = args.vault or default_vault_path()
    controller = Controller(vault_path, bench=args.bench_startup)
    app._controller = controller  # keep alive
    controller.start()

    def start_log_file() -> None:
        # Opened once the first window is on screen (the log file is not needed before it);
        # nothing before that point logs anything but a crash, which the excepthook shows in a
        # dialog.
        setup_logging()
        log.info("starting %s %s (language=%s)", APP_NAME, __version__, language)

    QTimer.singleShot(AFTER_FIRST_WINDOW_MS, start_log_file)
    rc = app.exec()
    if controller.main is not None:
        controller.main.shutdown()
    return rc


if __name__ == "__main__":
    sys.exit(main())
