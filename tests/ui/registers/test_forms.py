"""Create, edit and delete a record of every register through the real form dialog; the
vault then holds exactly what was typed. Validation messages appear next to their field."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.registers.conftest import click_save, fill_editor, fill_form

TODAY = dt.date.today()
NOW = dt.datetime.now().astimezone().replace(second=0, microsecond=0)

#: per register: values to type into the new-record form, the field edited afterwards
#: (name, new value), and how to check the stored record
CASES = {
    "staff": ({"name": "加賀 一郎", "affiliation": "保守課", "badge_no": "B-100", "badge_issued_on": TODAY},
              ("affiliation", "運用課")),
    "structure": ({"effective_from": TODAY, "organization": "保守業務 管理体制",
                   "members": [{"role": "security_officer", "staff": "山田 太郎", "phone": "076-000-0000"},
                               {"role": "failure_contact", "person_name": "県 情報政策課", "contact_order": 1}]},
                  ("contract", "システム保守業務委託")),
    "equipment": ({"asset_no": "PC-777", "kind": "pc", "location": "執務室", "protection": "locked_cabinet",
                   "holds_pref_data": True, "custodian": "鈴木 花子", "check_interval_months": 3},
                  ("location", "サーバ室")),
    "equipment-checks": ({"equipment": "SV-001", "checked_on": TODAY, "checked_by": "山田 太郎", "result": "found",
                          "location_seen": "サーバ室ラック2"}, ("location_seen", "サーバ室ラック3")),
    "maintenance": ({"equipment": "SV-001", "started_at": NOW - dt.timedelta(hours=2), "ended_at": NOW,
                     "worker": "山田 太郎", "kind": "inspection", "work": "定期点検を実施", "result": "normal"},
                    ("work", "定期点検とログ確認")),
    "exchanges": ({"planned_on": TODAY - dt.timedelta(days=1), "counterpart": "石川県 情報政策課",
                   "direction": "send", "method": "lgwan", "storage_area": "交換用フォルダ",
                   "content": "月次集計データ", "exchanged_at": NOW, "handled_by": "山田 太郎"},
                  ("line", "LGWAN-ASP")),
    "training-plans": ({"fiscal_year": 2025, "theme": "情報セキュリティ基礎", "trigger": "annual", "planned_month": 6},
                       ("target", "全従事者")),
    "training-sessions": ({"held_on": TODAY, "title": "情報セキュリティ研修", "trainer": "外部講師",
                           "content": "県の規程と事故事例", "attendees": ["山田 太郎", "鈴木 花子"],
                           "check_method": "test"}, ("check_result", "全員合格")),
    "runbooks": ({"title": "情報漏えい時の対応", "incident_type": "leak", "last_reviewed_on": TODAY,
                  "steps": [{"part": "cause", "action": "原因を調べる"}, {"part": "evidence", "action": "ログを保全"},
                            {"part": "recovery", "action": "復旧する"}]},
                 ("note", "年1回見直し")),
    "incidents": ({"title": "不審メールの開封", "incident_type": "malware", "detected_at": NOW, "status": "open",
                   "runbook": "ウイルス感染時の対応",
                   "timeline": [{"at": NOW, "entry": "端末をネットワークから切り離した", "recorded_by": "山田 太郎"}]},
                  ("affected_systems", "職員用端末1台")),
}


def _fix_runbook_parts(svc):
    """The runbook's part choices, whatever their values are called."""
    parts = [c.value for c in svc.register("runbooks").field("steps").sub.field("part").choices]
    values = CASES["runbooks"][0]
    for step, part in zip(values["steps"], parts, strict=False):
        step["part"] = part


@pytest.mark.parametrize("slug", list(CASES))
def test_create_edit_delete_through_the_form(qtbot, ctx, svc, seeded, open_view, monkeypatch, slug):
    _fix_runbook_parts(svc)
    values, (edit_field, edit_value) = CASES[slug]
    view = open_view(slug)
    before = svc.count(slug).value

    dialog = view.open_new()
    fill_form(qtbot, dialog.form, values)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.general_error.text() + str(
        {n: r.error.text() for n, r in dialog.form.rows.items() if r.error.text()})
    rid = dialog.record_id
    assert svc.count(slug).value == before + 1
    rec = svc.get(slug, rid)
    reg = svc.register(slug)
    for name, typed in values.items():
        f = reg.field(name)
        stored = rec[name]
        if f.kind.value == "ref":
            assert reg.field(name) and svc.title(f.ref, stored) == typed
        elif f.kind.value == "refs":
            assert sorted(svc.title(f.ref, i) for i in stored) == sorted(typed)
        elif f.kind.value == "sublist":
            assert len(stored) == len(typed)
        elif f.kind.value == "datetime":
            assert stored == typed
        else:
            assert stored == typed, name
    # the new record is selected and shown in the detail pane
    assert view.current_id() == rid
    assert view.detail.record["id"] == rid

    # edit: the form opens with the stored values; change one field
    dialog = view.open_edit()
    assert dialog.form.values()[edit_field] in (None, rec.get(edit_field))
    fill_editor(qtbot, dialog.form.editors[edit_field], edit_value)
    if slug == "structure":  # a change is a new revision from a new date; the old one stays
        assert dialog.form.editors["effective_from"].value() is None
        assert len(dialog.form.editors["members"].value()) == 2   # copied from the base
        fill_editor(qtbot, dialog.form.editors["effective_from"], TODAY + dt.timedelta(days=1))
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.general_error.text() + str(
        {n: r.error.text() for n, r in dialog.form.rows.items() if r.error.text()})
    if slug == "structure":
        assert svc.count(slug).value == before + 2
        assert svc.get(slug, rid).get(edit_field) is None
        new = svc.get(slug, dialog.record_id)
        assert new[edit_field] == edit_value and len(new["members"]) == 2
        return
    assert svc.get(slug, rid)[edit_field] == edit_value
    rows = view.detail.history_rows()
    assert any(r[1] == reg.field(edit_field).label and r[3] == edit_value for r in rows), rows

    # delete: administrators, with a reason
    from ui.registers import dialogs

    monkeypatch.setattr(dialogs, "ask_reason", lambda *a: "誤って登録したため")
    assert view.select_record(rid)
    qtbot.mouseClick(view.delete_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    assert svc.count(slug).value == before
    from desktop.audit import trail

    last = next(trail.query(svc.conn, entity=slug, entity_id=rid, limit=1))
    assert last.action == "register.delete" and last.details["reason"] == "誤って登録したため"


def test_messages_appear_next_to_the_field(qtbot, svc, seeded, open_view):
    view = open_view("exchanges")
    dialog = view.open_new()
    fill_form(qtbot, dialog.form, {"counterpart": "県", "direction": "send", "method": "lgwan",
                                   "storage_area": "領域", "content": "内容", "exchanged_at": NOW,
                                   "reported_sha256": "xyz"})
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    form = dialog.form
    assert "実施者を選択してください" in form.error_text("handled_by")     # cross-field rule
    assert "SHA-256" in form.error_text("reported_sha256")                  # per-field format
    assert form.rows["handled_by"].error.isVisibleTo(dialog)
    assert form.error_text("counterpart") == ""
    assert svc.count("exchanges").value == 0
    # fixing them clears the messages and saves
    fill_form(qtbot, form, {"handled_by": "山田 太郎", "reported_sha256": "a" * 64})
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert svc.count("exchanges").value == 1


def test_required_fields_are_marked_and_reported(qtbot, open_view):
    view = open_view("staff")
    dialog = view.open_new()
    label = dialog.findChild(type(dialog.form.general_error), "label_name")
    assert "＊" in label.text()
    click_save(qtbot, dialog)
    assert dialog.form.error_text("name") == "氏名を入力してください。"


def test_reference_chosen_by_typing_part_of_a_name(qtbot, svc, seeded, open_view):
    view = open_view("equipment")
    dialog = view.open_new()
    editor = dialog.form.editors["custodian"]
    completer = editor.combo.completer()
    completer.setCompletionPrefix("花子")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "鈴木 花子"
    completer.activated[str].emit(completer.currentCompletion())
    assert editor.value() == seeded["suzuki"]
    # an unknown name goes to the service, whose message lands next to the field
    fill_form(qtbot, dialog.form, {"asset_no": "X-1", "kind": "pc", "location": "倉庫", "custodian": "存在しない人"})
    click_save(qtbot, dialog)
    assert "見つかりません" in dialog.form.error_text("custodian")


def test_input_survives_a_lock(qtbot, vault, seeded):
    """The main window locks (idle) while a form is open: the dialog is covered, not closed."""
    from ui.main_window import MainWindow

    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_section("registers.staff")
        view = window.sections["registers.staff"].widget.ensure_view()
        dialog = view.open_new()
        fill_form(qtbot, dialog.form, {"name": "能登 三郎"})
        window.lock(reason="idle")
        assert window.locked
        assert dialog.form.editors["name"].value() == "能登 三郎"
        window.unlock()
        assert dialog.isVisible()
        assert dialog.form.editors["name"].value() == "能登 三郎"
        click_save(qtbot, dialog)
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        window.idle.uninstall()


def test_date_cells_of_a_sub_list_show_the_whole_date(qtbot, open_view):
    """A sub-list's date-time cell (incident timeline) is wide enough for 令和NN年NN月NN日 NN:NN:
    the text is not scrolled out of its box."""
    import datetime as dt

    view = open_view("incidents")
    dialog = view.open_new()
    sub = dialog.form.editors["timeline"]
    row = sub.add_row({"at": dt.datetime(2026, 12, 28, 23, 45).astimezone(), "note": "端末を切断"})
    dialog.show()
    qtbot.wait(10)
    edit = sub.cell(row, "at").edit.edit
    assert edit.text().startswith("令和8年12月28日")
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.text()) + 8
