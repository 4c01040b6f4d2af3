# ruff: noqa: N802 - test names carry the clause IDs as written
"""A15-2 on screen: 「新しい版を登録…」 on a document stores the revision and its file
(encrypted attachment) together; a revision dated before the previous one is refused with the
message in the dialog and nothing is written."""

from __future__ import annotations

import datetime as dt


def test_A15_2_add_a_revision_with_its_file_and_refuse_an_older_one(open_view, svc, qtbot, tmp_path):
    from ui.registers.ext.documents import RevisionDialog

    rid = svc.create("documents", {"kind": "network_diagram", "title": "業務ネットワーク構成図",
                                   "revisions": [{"number": "第1版", "revised_on": dt.date(2025, 4, 1)}]})
    view = open_view("documents")
    assert view.select_record(rid)
    button = view.extras.revision_button
    assert button.isVisible() and button.isEnabled()
    pdf = tmp_path / "構成図_第2版.pdf"
    pdf.write_bytes(b"%PDF-1.4 diagram v2")
    dialog = RevisionDialog(view, view.service, rid)
    qtbot.addWidget(dialog)
    dialog.number.setText("第2版")
    dialog.date.edit.setText("2026/02/30")          # no such day: refused, never another date
    assert not dialog.save()
    assert "2月30日" in dialog.error.text() or "存在しない" in dialog.error.text(), dialog.error.text()
    dialog.date.set_value(dt.date(2025, 3, 1))      # before 第1版
    dialog.path = str(pdf)
    assert not dialog.save()
    assert "改訂日" in dialog.error.text()
    assert len(svc.get("documents", rid)["revisions"]) == 1 and svc.attachments("documents", rid) == []
    dialog.date.edit.setText("R7.8.20")              # 和暦 as typed
    dialog.summary.setText("基幹スイッチの二重化を反映")
    assert dialog.save()
    rec = svc.get("documents", rid)
    assert rec["current_revision"] == "第2版" and rec["last_revised_on"] == dt.date(2025, 8, 20)
    (att,) = svc.attachments("documents", rid)
    assert att.name == "構成図_第2版.pdf" and rec["revisions"][-1]["file_sha256"] == att.sha256
