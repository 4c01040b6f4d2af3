"""GUI test helpers: synchronous background tasks, recorded message boxes, login helpers."""

from __future__ import annotations

import pytest

from tests.conftest import ADMIN_ID, ADMIN_PASSWORD


@pytest.fixture(autouse=True)
def sync_tasks():
    """Background work (Argon2, re-key) runs inline so tests are deterministic."""
    from ui.widgets import busy
    from ui.widgets.tasks import SyncTaskRunner

    busy.set_runner(SyncTaskRunner())
    yield
    busy.set_runner(None)


class Messages:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirms: list[str] = []
        self.answer = True


@pytest.fixture(autouse=True)
def messages(monkeypatch):
    """Message boxes are recorded instead of blocking; confirmations answer ``answer``."""
    from ui.widgets import messages as m

    rec = Messages()

    def show_error(parent, exc_or_text, title=None):
        rec.errors.append(exc_or_text if isinstance(exc_or_text, str) else m.error_text(exc_or_text))

    def show_info(parent, text, title=None):
        rec.infos.append(text)

    def confirm(parent, title, text, *, ok_text=None, danger=False):
        rec.confirms.append(text)
        return rec.answer

    monkeypatch.setattr(m, "show_error", show_error)
    monkeypatch.setattr(m, "show_info", show_info)
    monkeypatch.setattr(m, "confirm", confirm)
    return rec


@pytest.fixture
def main_window(qtbot, vault):
    """The main window for the administrator of a fresh vault."""
    from ui.main_window import MainWindow

    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.idle.uninstall()


def login(qtbot, window, user_id=ADMIN_ID, password=ADMIN_PASSWORD):
    window.user_id.setText(user_id)
    window.password.setText(password)
    qtbot.mouseClick(window.login_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
