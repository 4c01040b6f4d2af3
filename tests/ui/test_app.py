"""Application plumbing: bounded log file, excepthook dialog, startup benchmark switch."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from ui import app as ui_app

ROOT = Path(__file__).resolve().parents[2]


def test_rotating_log_is_bounded(tmp_path):
    handler = ui_app.RotatingLog(tmp_path / "a.log", max_bytes=200, backups=2)
    logger = logging.getLogger("test.rotating")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(100):
            logger.warning("line %03d of the log, padded to a fair length", i)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["a.log", "a.log.1", "a.log.2"]
    assert all(p.stat().st_size < 400 for p in tmp_path.iterdir())


def test_excepthook_shows_japanese_dialog(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    old = sys.excepthook
    try:
        ui_app.install_excepthook()
        try:
            raise ValueError("boom")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert shown and "予期しないエラー" in shown[0] and "ValueError" in shown[0]


def test_bench_startup_prints_and_quits(tmp_path, vault):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DAICHO_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-m", "ui.app", "--bench-startup", "--vault", str(vault.path)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "login window shown after" in out.stdout
    # the vault stack is not imported before the login window is up
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, ui.app, ui.session.login; "
         "print(any(m in sys.modules for m in ('sqlcipher3', 'reportlab', 'ui.main_window', 'desktop.vault')))"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip() == "False", probe.stderr
