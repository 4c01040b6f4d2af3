# ruff: noqa: N802 - test names carry the clause IDs as written
"""A15-12 on screen: a confidential register (firewall rules) stands behind a gate. A viewer
sees only that the role cannot show it; an officer gives a reason in a dialog, which goes to
the audit trail, and then the list appears; cancelling shows nothing. CSV export is for an
administrator with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.accounts.session import Session
from desktop.audit import trail
from desktop.registers import definitions, examples
from desktop.registers.service import RegisterService


@pytest.fixture
def rules(vault):
    svc = RegisterService(vault)
    svc.open_confidential("firewall-rules", "試験データの登録", purpose="test")
    deps = [s for s in ("staff", "equipment", "media", "permissions") if s in definitions.slugs()]
    return examples.store(svc, [definitions.get(s) for s in [*deps, "firewall-rules"]])["firewall-rules"]


@pytest.fixture
def section(qtbot, ctx):
    from ui.registers.section import RegisterSection

    def factory():
        s = RegisterSection(ctx, "firewall-rules")
        qtbot.addWidget(s)
        s.resize(1300, 800)
        s.show()
        return s

    return factory


def test_A15_12_a_viewer_cannot_list_firewall_rules_in_the_gui(ctx, rules, section, monkeypatch):
    from ui.registers import confidential

    asked = []
    monkeypatch.setattr(confidential, "ask_reason", lambda *a: asked.append(a) or "見たい")
    ctx.vault.session = Session("viewer", "閲覧 花子", "viewer")
    s = section()
    assert s.view is None and s.gate is not None
    assert "閲覧者の権限では表示できません" in s.gate.message.text()
    assert not s.gate.open_button.isVisible()
    assert s.ensure_view() is None and asked == []


def test_A15_12_an_officer_gives_a_reason_then_sees_the_list(ctx, rules, section, qtbot, monkeypatch):
    from ui.registers import confidential

    ctx.vault.session = Session("officer", "担当 一郎", "officer")
    monkeypatch.setattr(confidential, "ask_reason", lambda *a: None)      # cancelled
    s = section()
    qtbot.mouseClick(s.gate.open_button, Qt.MouseButton.LeftButton)
    assert s.view is None
    monkeypatch.setattr(confidential, "ask_reason", lambda *a: "監査の指摘に対応するため")
    qtbot.mouseClick(s.gate.open_button, Qt.MouseButton.LeftButton)
    assert s.view is not None and not s.gate.isVisible()
    assert s.view.model.rowCount() == len(rules)
    entry = next(trail.query(ctx.vault.conn, actions=["register.confidential_access"]))
    assert entry.actor == "officer" and entry.details == {"reason": "監査の指摘に対応するため", "purpose": "gui-list"}


def test_A15_12_csv_export_in_the_gui_is_for_an_administrator_with_a_reason(ctx, rules, section, qtbot,
                                                                             monkeypatch, tmp_path):
    from ui.registers import confidential
    from ui.widgets import files, messages

    infos = []
    monkeypatch.setattr(messages, "show_info", lambda _p, text, *a, **k: infos.append(text))
    monkeypatch.setattr(confidential, "ask_reason", lambda *a: "県へ提出するため")
    out = tmp_path / "fw.csv"
    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(out))
    ctx.vault.session = Session("officer", "担当 一郎", "officer")
    s = section()
    s.gate.ask_and_open()
    assert not confidential.export(s.view, "utf-8-sig") and not out.exists()
    assert "管理者" in infos[-1]
    ctx.vault.session = Session(ctx.vault.session.user_id, "管理 太郎", "admin")
    assert not confidential.export(s.view, "xlsx") and not out.exists()
    assert confidential.export(s.view, "utf-8-sig") and out.exists()
    entry = next(trail.query(ctx.vault.conn, actions=["register.export"]))
    assert entry.details["reason"] == "県へ提出するため"
