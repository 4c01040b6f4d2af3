"""Walk every screen with a sample office and save screenshots (for looking at them).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tests.ui.walkthrough OUT_DIR [--lang en] [--dark]

The first-run wizard, login, the dashboard, every register (its list and the edit dialog of its
first record), 要対応, the compliance view and calendar, submittals, backup, audit log, users and
settings, in that order. Fills the vault with ``daicho sample-office``'s records. Cheap KDF
parameters and an in-memory keyring in a temporary home: nothing real is touched. Not a test
(pytest does not collect it); :mod:`tests.ui.screenshots` covers the session screens.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

PASSWORD = "Noto-Peninsula-Ferry-77"
AFTER_REGISTERS = ("registers.due", "compliance", "compliance.calendar", "submittals", "backup",
                   "admin.audit", "admin.users", "admin.settings")


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    window, text = QColor("#202124"), QColor("#e8eaed")
    for role, color in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, window.darker(110)),
                        (QPalette.ColorRole.AlternateBase, window.lighter(120)),
                        (QPalette.ColorRole.Button, window.lighter(130)), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.ButtonText, text),
                        (QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))):
        pal.setColor(role, color)
    return pal


def first_run(c) -> None:
    w = c.wizard
    w.next()
    o = w.office_page
    o.edits["name"].setText("株式会社金沢データサービス")
    o.edits["address"].setText("石川県金沢市広坂2丁目1番1号")
    o.edits["representative"].setText("代表取締役 山田 太郎")
    o.edits["contract"].setText("基幹システム保守業務委託")
    w.next()
    a = w.admin_page
    a.user_id.setText("yamada")
    a.name.setText("山田 太郎")
    a.password.setText(PASSWORD)
    a.password2.setText(PASSWORD)
    w.next()
    w.next()
    groups = w.recovery_key.split("-")
    g1, g2 = w.confirm_groups
    w.recovery_page.confirm_edits[0].setText(groups[g1 - 1])
    w.recovery_page.confirm_edits[1].setText(groups[g2 - 1])
    w.accept()
    c.login.user_id.setText("yamada")
    c.login.password.setText(PASSWORD)
    c.login.try_login()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="ja")
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["DAICHO_HOME"] = tempfile.mkdtemp(prefix="daicho-walk-")

    from PySide6.QtWidgets import QApplication

    from desktop.config import save_app_settings
    from desktop.registers import definitions, examples
    from desktop.registers.service import RegisterService
    from desktop.vault import crypto
    from desktop.vault.terminal import TerminalStore
    from tests.ui.screenshots import MemoryKeyring
    from ui import app as ui_app
    from ui.widgets import busy, messages
    from ui.widgets.tasks import SyncTaskRunner

    save_app_settings({"language": args.lang})
    app = QApplication(sys.argv[:1])
    ui_app.install_translators(app, args.lang)
    ui_app.setup_font(app)
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    busy.set_runner(SyncTaskRunner())
    messages.confirm = lambda *a, **k: True
    messages.show_info = lambda *a, **k: None
    n = [0]

    def settle() -> None:
        """Let the derived state (要対応, statuses) catch up, as a user would wait a moment."""
        import time

        from ui.compliance.state import for_vault

        state = for_vault(c.main.vault) if c.main is not None else None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            app.processEvents()
            if state is None or (state.ready and not state.pending):
                break
            time.sleep(0.02)

    def shot(widget, name: str) -> None:
        settle()
        for _ in range(8):
            app.processEvents()
        n[0] += 1
        path = args.out / f"{n[0]:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    c = ui_app.Controller(Path(os.environ["DAICHO_HOME"]) / "data" / "daicho.vault",
                          terminals=TerminalStore(backend=MemoryKeyring()), kdf=crypto.TEST_KDF)
    c.start()
    first_run(c)
    m = c.main
    if m is None:
        print("login failed:", c.login.error.text())
        return 1
    examples.fill_office(RegisterService(m.vault))
    m.ctx.data_changed.emit("registers")
    m.resize(1400, 860)
    m.show()
    m.show_section("home")
    shot(m, "home")
    for reg in definitions.all_registers():
        key = f"registers.{reg.slug}"
        m.show_section(key)
        shot(m, f"register-{reg.slug}")
        view = getattr(m.sections[key].widget, "view", None)
        if view is None or not view.model.rowCount():
            continue        # a confidential register waits for a reason; an empty one has no record
        view.select_row(0)
        dialog = view.open_edit()
        if dialog is not None:
            dialog.resize(900, 700)
            shot(dialog, f"dialog-{reg.slug}")
            dialog.reject()
    for key in AFTER_REGISTERS:
        m.show_section(key)
        widget = m.sections[key].widget
        if hasattr(widget, "on_shown"):
            widget.on_shown()
        shot(m, key.replace(".", "-"))
    m.shutdown()
    os._exit(0)  # skip interpreter teardown of Qt objects: this is a throwaway driver


if __name__ == "__main__":
    sys.exit(main())
