"""Attachments (added through the form, previewed from memory, saved as — audited), the
structure as of a date, the exchange's file verification, training and the 要対応 list."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import tempfile

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from tests.ui.registers.conftest import click_save, fill_form

NOW = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
TODAY = dt.date.today()


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data)


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "maintenance report")
    c.showPage()
    c.save()
    return out.getvalue()


def test_attachments_added_previewed_in_memory_and_saved_as(qtbot, svc, seeded, open_view, tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    (src / "写真.png").write_bytes(_png())
    (src / "報告書.pdf").write_bytes(_pdf())
    view = open_view("maintenance")
    dialog = view.open_new()
    fill_form(qtbot, dialog.form, {"equipment": "SV-001", "started_at": NOW, "worker": "山田 太郎",
                                   "kind": "inspection", "work": "定期点検"})
    editor = dialog.form.editors["attachments"]
    editor.add_path(src / "写真.png")
    editor.add_path(src / "報告書.pdf")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    rid = dialog.record_id
    infos = svc.attachments("maintenance", rid)
    assert [i.name for i in infos] == ["写真.png", "報告書.pdf"]
    assert infos[0].sha256 == hashlib.sha256((src / "写真.png").read_bytes()).hexdigest()

    # a private temp folder for Python and Qt (TMPDIR): it must stay empty during previews
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    from PySide6.QtCore import QDir

    assert QDir.tempPath() == str(private_tmp)
    pane = view.detail.attachments
    assert pane.table.rowCount() == 2
    assert pane.table.item(0, 3).text().startswith("admin")          # who added it
    pane.table.selectRow(0)
    qtbot.mouseClick(pane.preview_button, Qt.MouseButton.LeftButton)
    assert pane.preview.kind == "image"
    assert pane.preview.image.pixmap().width() == 40
    pane.table.selectRow(1)
    qtbot.mouseClick(pane.preview_button, Qt.MouseButton.LeftButton)
    assert pane.preview.kind == "pdf" and pane.preview.pdf.page_count() == 1
    assert os.listdir(private_tmp) == [], "a preview must not write files to the temp folder"
    assert sorted(os.listdir(tmp_path)) == ["office", "src", "tmp"]

    dest = tmp_path / "out" / "報告書のコピー.pdf"
    dest.parent.mkdir()
    from ui.widgets import files

    monkeypatch.setattr(files, "ask_save_path", lambda *a: str(dest))
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert dest.read_bytes() == (src / "報告書.pdf").read_bytes()
    from desktop.audit import trail

    entry = next(trail.query(svc.conn, actions=["register.attachment_save_as"], limit=1))
    assert entry.details["name"] == "報告書.pdf" and entry.details["path"] == str(dest)


def test_structure_as_of_a_past_date(qtbot, svc, seeded, open_view):
    old = svc.create("structure", {"effective_from": dt.date(2024, 4, 1), "organization": "旧体制",
                                   "members": [{"role": "security_officer", "staff": seeded["yamada"]}]})
    new = svc.create("structure", {"effective_from": dt.date(2025, 4, 1), "organization": "新体制",
                                   "members": [{"role": "security_officer", "staff": seeded["suzuki"]}]})
    view = open_view("structure")
    extras = view.extras
    extras.as_of.set_value(dt.date(2024, 12, 1))
    assert extras.as_of_id == old
    assert "旧体制" in extras.as_of_result.text() and "2025年3月31日" in extras.as_of_result.text().replace("令和7年", "2025年")
    assert view.current_id() == old
    assert view.detail.title.text().endswith("旧体制")
    extras.as_of.set_value(dt.date(2025, 6, 1))
    assert extras.as_of_id == new and "現在まで" in extras.as_of_result.text()
    extras.as_of.set_value(dt.date(2023, 1, 1))
    assert "登録されていません" in extras.as_of_result.text()


def test_exchange_file_verification_detects_a_one_byte_change(qtbot, svc, seeded, open_view, tmp_path):
    payload = b"\x00" * 5000 + "県データ".encode()
    f = tmp_path / "exchange.dat"
    f.write_bytes(payload)
    rid = svc.create("exchanges", {"counterpart": "石川県", "direction": "receive", "method": "lgwan",
                                   "storage_area": "領域", "content": "月次データ", "exchanged_at": NOW,
                                   "handled_by": seeded["yamada"], "reported_size": len(payload),
                                   "reported_sha256": hashlib.sha256(payload).hexdigest()})
    view = open_view("exchanges")
    assert view.select_record(rid)
    extras = view.extras
    assert "未照合" in extras.result.text()
    extras.hash_path(rid, str(f))
    rec = svc.get("exchanges", rid)
    assert rec["file_sha256"] == hashlib.sha256(payload).hexdigest() and rec["verification"] == "match"
    assert extras.result.text().startswith("✔ 一致")

    f.write_bytes(payload[:-1] + b"\x01")          # one byte changed
    extras.hash_path(rid, str(f))
    assert svc.get("exchanges", rid)["verification"] == "mismatch"
    assert extras.result.text().startswith("✘ 不一致")
    assert "≠" in extras.result.text()
    assert any("一致しません" in t for t in view.detail.flag_texts())


def test_exchange_file_verification_can_be_cancelled(qtbot, ctx, svc, seeded, open_view, tmp_path):
    """中止 in the progress dialog: the service's hashing stops, nothing is stored, the user is
    told, and the button works again."""
    from ui.registers import source
    from ui.widgets.tasks import SyncTaskRunner

    class CancelAtOnce(SyncTaskRunner):
        def run(self, fn, *, on_done=None, on_error=None, on_progress=None):
            return super().run(lambda _p: fn(lambda done, total: False), on_done=on_done, on_error=on_error,
                               on_progress=on_progress)

    f = tmp_path / "large.dat"
    f.write_bytes(b"\x01" * (3 * 1024 * 1024))
    rid = svc.create("exchanges", {"counterpart": "石川県", "direction": "receive", "method": "lgwan",
                                   "storage_area": "領域", "content": "月次データ", "exchanged_at": NOW,
                                   "handled_by": seeded["yamada"]})
    view = open_view("exchanges")
    assert view.select_record(rid)
    messages = []
    ctx.status.connect(messages.append)
    source.set_runner(CancelAtOnce())
    view.extras.hash_path(rid, str(f))
    assert svc.get("exchanges", rid)["file_sha256"] is None
    assert messages == ["計算を中止しました。"]
    assert view.extras.hash_button.isEnabled()


def test_admin_removes_an_attachment_with_a_reason(qtbot, ctx, svc, seeded, open_view, monkeypatch):
    """添付を削除…: administrators only; asks why; the file goes, the list, the tab title and
    the 変更履歴 (with the reason) follow, and the audit trail holds name, SHA-256 and reason."""
    from desktop.accounts.session import Session
    from desktop.audit import trail
    from ui.registers import dialogs

    rid = svc.create("maintenance", {"equipment": seeded["server"], "started_at": NOW, "worker": seeded["yamada"],
                                     "kind": "inspection", "work": "定期点検"})
    keep = svc.add_attachment("maintenance", rid, "attachments", io.BytesIO(b"log"), name="点検ログ.txt")
    wrong = svc.add_attachment("maintenance", rid, "attachments", io.BytesIO(b"oops"), name="別件の写真.png")
    view = open_view("maintenance")
    assert view.select_record(rid)
    pane = view.detail.attachments
    assert not pane.remove_button.isHidden() and not pane.remove_button.isEnabled()
    pane.table.selectRow(1)
    assert pane.table.current_info().id == wrong.id and pane.remove_button.isEnabled()
    asked = []
    monkeypatch.setattr(dialogs, "ask_reason", lambda parent, title, text: asked.append(text))   # cancelled
    qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
    assert "別件の写真.png" in asked[0] and len(svc.attachments("maintenance", rid)) == 2
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: "別の記録の写真を誤って添付したため")
    changed = []
    ctx.data_changed.connect(changed.append)
    qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
    assert [i.id for i in svc.attachments("maintenance", rid)] == [keep.id]
    assert pane.table.rowCount() == 1
    assert view.detail.tabs.tabText(view.detail.tabs.indexOf(pane)) == "添付ファイル（1）"
    top = view.detail.history.topLevelItem(0)
    assert "添付ファイル削除" in top.text(2) and "誤って添付" in top.text(2)
    entry = next(iter(trail.query(svc.conn, actions=["register.attachment_remove"], limit=1)))
    assert entry.details["name"] == "別件の写真.png" and entry.details["reason"].startswith("別の記録")
    assert entry.details["sha256"] == hashlib.sha256(b"oops").hexdigest()
    assert changed == ["maintenance"]

    # an officer sees no such button
    saved = ctx.vault.session
    ctx.vault.session = Session("officer", "担当 一郎", "officer")
    try:
        other = open_view("maintenance")
        assert other.select_record(rid)
        assert other.detail.attachments.remove_button.isHidden()
    finally:
        ctx.vault.session = saved


def test_untrained_staff_this_fiscal_year(qtbot, svc, seeded, open_view):
    svc.create("training-sessions", {"held_on": TODAY, "title": "研修", "trainer": "講師", "content": "内容",
                                     "attendees": [seeded["yamada"]]})
    view = open_view("training-sessions")
    extras = view.extras
    names = [extras.list.item(i).text() for i in range(extras.list.count())]
    assert names == ["鈴木 花子"]
    assert "1人" in extras.toggle.text()


def test_staff_detail_shows_training_history(qtbot, svc, seeded, open_view):
    svc.create("training-sessions", {"held_on": TODAY, "title": "情報セキュリティ研修", "trainer": "講師",
                                     "content": "内容", "attendees": [seeded["yamada"]]})
    view = open_view("staff")
    assert view.select_record(seeded["yamada"])
    items = [view.extras.history.item(i).text() for i in range(view.extras.history.count())]
    assert any("情報セキュリティ研修" in t for t in items)


def test_due_list_and_banner_open_the_record(qtbot, ctx, svc, seeded, open_view):
    long_ago = NOW - dt.timedelta(days=30)
    rid = svc.create("exchanges", {"counterpart": "七尾市", "direction": "send", "method": "lgwan",
                                   "storage_area": "領域", "content": "住民データ", "exchanged_at": long_ago,
                                   "handled_by": seeded["yamada"]})
    from ui.registers.due_list import DueListWidget

    due = DueListWidget(ctx)
    qtbot.addWidget(due)
    rows = [(due.table.item(r, 0).text(), due.table.item(r, 3).text()) for r in range(due.table.rowCount())]
    assert ("データ交換", "⚠ 保存領域からの削除が確認されていません。") in rows
    view = open_view("exchanges")
    banner = view.extras.due_banner
    # the banner shows the register's share of the shared open items: the overdue deletion
    # and the record's flags (no schedule A12-5, not verified A12-4), overdue first
    assert not banner.isHidden() and "要対応 3件（期限超過 1件）" in banner.toggle.text()
    assert [i.code for i in banner.items][0] == "exchange.not_deleted"
    # the row is highlighted as overdue, and its detail pane explains why
    row = view.model.row_of(rid)
    from ui.registers.table_model import FLAG_LEVEL_ROLE

    assert view.model.data(view.model.index(row, 0), FLAG_LEVEL_ROLE) == "overdue"
    banner.toggle.setChecked(True)
    banner._open(banner.list.item(0))
    assert view.current_id() == rid
    assert any("削除が確認されていません" in t for t in view.detail.flag_texts())
