"""Drive the wizard, login and main window and save screenshots (for looking at layouts).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.screenshots OUT_DIR [--lang en]

Uses cheap KDF parameters and an in-memory keyring in a temporary home; nothing real is
touched. Not a test (pytest does not collect it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


class MemoryKeyring:
    priority = 1

    def __init__(self) -> None:
        self.values = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="ja")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="daicho-shots-"))
    os.environ["DAICHO_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from desktop.config import save_app_settings
    from desktop.vault import crypto
    from desktop.vault.terminal import TerminalStore
    from ui import app as ui_app
    from ui.widgets import busy, messages
    from ui.widgets.tasks import SyncTaskRunner

    save_app_settings({"language": args.lang})
    app = QApplication(sys.argv[:1])
    ui_app.install_translators(app, args.lang)
    ui_app.setup_font(app)
    busy.set_runner(SyncTaskRunner())
    messages.confirm = lambda *a, **k: True
    messages.show_info = lambda *a, **k: None
    n = [0]

    def shot(widget, name):
        for _ in range(5):
            app.processEvents()
        n[0] += 1
        path = args.out / f"{n[0]:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    store = TerminalStore(backend=MemoryKeyring())
    path = home / "data" / "daicho.vault"
    c = ui_app.Controller(path, terminals=store, kdf=crypto.TEST_KDF)
    c.start()
    w = c.wizard
    shot(w, "wizard-location")
    w.next()
    o = w.office_page
    o.edits["name"].setText("株式会社金沢データサービス")
    o.edits["address"].setText("石川県金沢市広坂2丁目1番1号")
    o.edits["representative"].setText("代表取締役 山田 太郎")
    o.edits["contract"].setText("石川県 総務部 情報政策課 基幹システム保守業務委託")
    shot(w, "wizard-office")
    w.next()
    a = w.admin_page
    a.user_id.setText("yamada")
    a.name.setText("山田 太郎")
    a.password.setText("password123")
    a.feedback.update_now()
    shot(w, "wizard-admin-weak")
    a.password.setText("Noto-Peninsula-Ferry-77")
    a.password2.setText("Noto-Peninsula-Ferry-77")
    a.feedback.update_now()
    shot(w, "wizard-admin-ok")
    w.next()
    shot(w, "wizard-terminal")
    w.next()
    shot(w, "wizard-recovery")
    groups = w.recovery_key.split("-")
    g1, g2 = w.confirm_groups
    w.recovery_page.confirm_edits[0].setText(groups[g1 - 1])
    w.recovery_page.confirm_edits[1].setText(groups[g2 - 1])
    shot(w, "wizard-recovery-confirmed")
    from ui.widgets.pdf_view import PdfView

    view = PdfView()
    view.set_pdf(w.recovery_page.sheet_pdf())
    view.resize(700, 860)
    view.show()
    shot(view, "recovery-sheet-pdfview")
    view.close()
    w.accept()

    login = c.login
    login.resize(720, 520)
    shot(login, "login")
    login.password.setText("wrong-password")
    login.try_login()
    shot(login, "login-error")
    for _ in range(4):
        login.password.setText("wrong-password")
        login.try_login()
    shot(login, "login-lockout")
    login._locked_user = login._locked_until = None
    login._timer.stop()
    # the screenshots go on as another user would: release the lockout the way an
    # administrator's reset does (the vault is unbound here, so the state key is at hand)
    from desktop.vault import crypto, keystore
    from desktop.vault.keyfile import KeyFile, keyfile_path

    kf = KeyFile.load(keyfile_path(path))
    skey = keystore.state_key(crypto.b64d(kf.plain_terminal_share)) if kf.plain_terminal_share else None
    keystore.KeyStore(path).update(lambda f: f.state.get("lockout", {}).clear(), state_key=skey)

    from ui.session.recovery import RecoveryDialog

    rd = RecoveryDialog(path, parent=login)
    rd.show()
    shot(rd, "login-recovery-dialog")
    rd.close()

    # log in (the lockout state was reset by rewriting the state unauthenticated: a
    # keys.state_unverified entry appears in the audit log, which is what should happen)
    login.user_id.setText("yamada")
    login.password.setText("Noto-Peninsula-Ferry-77")
    login.try_login()
    m = c.main
    if m is None:
        print("login failed:", login.error.text())
        return 1
    from desktop.accounts.service import AccountService

    svc = AccountService(m.vault)
    svc.create_user("tanaka", "田中 花子", "officer", "Hakusan-Snow-Field-41")
    svc.create_user("suzuki", "鈴木 一郎", "viewer", "Kenrokuen-Garden-Winter-93")
    m.resize(1280, 800)
    m.show()
    shot(m, "main-home")
    m.show_section("admin.users")
    shot(m, "main-users")
    from ui.admin.users import UserDialog

    ud = UserDialog(svc, parent=m)
    ud.show()
    ud.password.setText("abc")
    ud.feedback.update_now()
    shot(ud, "user-dialog")
    ud.close()
    m.show_section("admin.audit")
    audit = m.sections["admin.audit"].widget
    audit.on_shown()
    audit.verify()
    shot(m, "main-audit-verified")
    m.show_section("admin.auth_history")
    m.sections["admin.auth_history"].widget.on_shown()
    shot(m, "main-auth-history")
    m.show_section("admin.settings")
    sv = m.sections["admin.settings"].widget
    for i in range(sv.tabs.count()):
        sv.tabs.setCurrentIndex(i)
        shot(m, f"main-settings-{i}")
    sv.tabs.setCurrentIndex(0)
    m.lock()
    shot(m, "main-locked")
    m.lock_form.password.setText("bad")
    m.lock_form.try_unlock()
    shot(m, "main-locked-error")
    m.lock_form.password.setText("Noto-Peninsula-Ferry-77")
    m.lock_form.try_unlock()
    from ui.session.password_dialog import ChangePasswordDialog

    d = ChangePasswordDialog(m.vault, forced=True, parent=m)
    d.show()
    d.new.setText("yamada2025")
    d.feedback.update_now()
    shot(d, "password-forced")
    d.close()
    m.about_action  # noqa: B018
    m.shutdown()
    os._exit(0)  # skip interpreter teardown of Qt objects: this is a throwaway driver


if __name__ == "__main__":
    sys.exit(main())
