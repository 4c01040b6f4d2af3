"""The 提出書類 section: choose a form, preview it, save / print it (issued and recorded),
the history table, re-opening an old one (match / records changed)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.accounts.session import Session
from desktop.audit import trail
from desktop.registers.service import RegisterService
from tests.desktop.submittals.records import seed


@pytest.fixture
def seeded(vault):
    return vault, seed(vault, exchanges=12)


@pytest.fixture
def view(qtbot, seeded):
    from ui.context import AppContext
    from ui.submittals.section import SubmittalsView

    vault, _ = seeded
    ctx = AppContext(vault)
    w = SubmittalsView(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


def choose_exchanges(view):
    view.select_kind("exchange-record")
    view.date_from.set_value(dt.date(2025, 4, 1))
    view.date_to.set_value(dt.date(2026, 3, 31))


def test_section_is_listed_for_every_role(qtbot, vault):
    from ui import sections
    from ui.context import AppContext
    from ui.submittals.section import make_section

    assert "ui.submittals.section" in sections.SECTION_MODULES
    for role in ("admin", "officer", "viewer"):
        vault.session = Session("u", "利用者", role)
        section = make_section(AppContext(vault))
        qtbot.addWidget(section.widget)
        assert section is not None and section.title == "提出書類"


def test_parameters_follow_the_form(view, seeded):
    _, ids = seeded
    form = view.params_form
    view.select_kind("exchange-record")
    assert form.isRowVisible(view.period) and not form.isRowVisible(view.record_picker)
    view.select_kind("training-record")
    assert form.isRowVisible(view.fy_widget) and not form.isRowVisible(view.period)
    view.select_kind("staff-roster")
    assert form.isRowVisible(view.as_of)
    view.select_kind("incident-first-report")
    assert form.isRowVisible(view.record_picker) and view.record_label.text() == "事故"
    assert ids.incident in [view.record.itemData(i) for i in range(view.record.count())]
    view.select_kind("maintenance-record")
    assert view.record.itemData(0) is None and view.record.itemText(0) == "（すべて）"
    assert view.record.count() == 5  # all + four items of equipment


def test_preview_then_save_issues_and_records(qtbot, view, seeded, tmp_path, monkeypatch):
    vault, _ = seeded
    from ui.widgets import files

    choose_exchanges(view)
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert view.pdf_view.page_count() >= 2
    assert "案・未発行" in view.banner.text() and "第1号" not in view.banner.text()
    assert view.shown.rendered.doc_number == ""  # a draft takes no number
    assert view.history_model.rowCount() == 0
    asked = []
    view.confirm_findings = lambda findings: asked.append(list(findings)) or True

    target = tmp_path / "交換記録"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(target))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "交換記録.pdf"
    assert saved.exists() and saved.read_bytes() == view.shown.pdf
    assert view.history_model.rowCount() == 1
    entry = view.history_model.entry(0)
    assert entry.doc_number == "第1号" and entry.kind == "exchange-record"
    assert "発行済み" in view.banner.text() and entry.sha256 in view.banner.text()
    audit = list(trail.query(vault.conn, actions=["submittal.issue"], limit=5))
    assert audit[0].details["via"] == "save" and audit[0].details["path"] == str(saved)
    # the pre-issue check listed the exchange whose deletion is not confirmed; confirmed, audited
    assert any("削除が確認されていない交換" in f for f in asked[0])
    assert audit[0].details["findings_confirmed"] is True

    # saving the same issued document again does not issue a new number; it is audited
    again = tmp_path / "控え.pdf"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(again))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert again.read_bytes() == saved.read_bytes()
    assert view.history_model.rowCount() == 1
    assert list(trail.query(vault.conn, actions=["submittal.save"], limit=5))


def test_print_issues_then_paints(qtbot, view, seeded, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    vault, _ = seeded
    view.select_kind("staff-roster")
    view.as_of.set_value(dt.date(2025, 10, 1))
    printed = tmp_path / "printed.pdf"

    def ask(printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    view.ask_print = ask
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)  # straight from the parameters
    assert printed.exists() and printed.stat().st_size > 1000
    assert view.history_model.rowCount() == 1
    audit = list(trail.query(vault.conn, actions=["submittal.issue"], limit=5))
    assert audit[0].details["via"] == "print"


def test_cancelled_print_issues_nothing(qtbot, view):
    view.select_kind("staff-roster")
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    view.ask_print = lambda printer: False
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert view.history_model.rowCount() == 0


def test_reopen_shows_match_then_mismatch(qtbot, view, seeded, tmp_path, monkeypatch):
    vault, ids = seeded
    from desktop.submittals import service

    issued = service.issue(vault, "incident-first-report", {"record": ids.incident})
    view.refresh_history()
    view.history_table.selectRow(0)
    assert view.reopen_button.isEnabled()
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert "一致します" in view.banner.text()
    assert view.shown.pdf == issued.pdf and view.print_button.isEnabled()

    RegisterService(vault).update("incidents", ids.incident, {"cause": "調査中（更新）", "title": "件名を訂正"})
    view.history_table.selectRow(0)
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert "記録が発行後に変更されています" in view.banner.text()
    assert issued.sha256 in view.banner.text()
    assert view.pdf_view.page_count() >= 1
    assert not view.print_button.isEnabled() and not view.save_button.isEnabled()


def test_errors_are_shown(qtbot, view, messages):
    view.select_kind("incident-final-report")
    # the first incident in the picker may not be ready for a final report: pick the open one
    for i in range(view.record.count()):
        if "所在不明" in view.record.itemText(i):
            view.record.setCurrentIndex(i)
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert messages.errors and "最終報告を作成するには" in messages.errors[-1]
    assert view.history_model.rowCount() == 0


def test_viewer_can_preview_and_save(qtbot, seeded, tmp_path, monkeypatch):
    from ui.context import AppContext
    from ui.submittals.section import SubmittalsView
    from ui.widgets import files

    vault, _ = seeded
    vault.session = Session("viewer1", "閲覧 花子", "viewer")
    w = SubmittalsView(AppContext(vault))
    qtbot.addWidget(w)
    w.select_kind("contact-list")
    w.as_of.set_value(dt.date(2025, 10, 1))
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(tmp_path / "c.pdf"))
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "c.pdf").exists()
    assert w.history_model.entry(0).issued_by == "viewer1"
    assert dt.date.today().isoformat()[:4] in w.history_model.entry(0).issued_at


def test_settings_dialog_changes_number_addressee_and_seals(qtbot, view, seeded):
    from desktop import settings

    vault, _ = seeded
    assert view.settings_button.isVisibleTo(view)  # administrators only
    dialog = view.open_settings()
    qtbot.addWidget(dialog)
    dialog.prefix.setText("北情")
    dialog.addressee.setText("石川県総務部情報政策課長 様")
    dialog.seal_edits["staff-roster"].setText("責任者、担当者")
    dialog.section.setText("石川県総務部情報政策課")
    dialog.addressee_edits["contact-list"].setText("section_head")
    dialog.save()
    assert settings.get(vault.conn, "submittals.section") == "石川県総務部情報政策課"
    assert settings.get(vault.conn, "submittals.addressees.contact-list") == "section_head"
    assert service_addressee(vault, "contact-list") == "石川県総務部情報政策課長 様"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.get(vault.conn, "submittals.number_prefix") == "北情"
    assert settings.get(vault.conn, "submittals.seals.staff-roster") == ["責任者", "担当者"]
    view.select_kind("staff-roster")
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    from desktop.submittals import service

    # the preview is a draft (no number); issuing would number it with the new prefix
    assert "北情第1号" not in view.banner.text()
    assert service.prepare(vault, "staff-roster", view.params()).rendered.doc_number == "北情第1号"
    assert view.shown.rendered.head.seal_boxes == ("責任者", "担当者")
    assert view.shown.rendered.head.addressee == "石川県総務部情報政策課長 様"


def test_settings_dialog_rejects_a_bad_format(qtbot, view, messages):
    dialog = view.open_settings()
    qtbot.addWidget(dialog)
    dialog.fmt.setText("第{x}号")
    dialog.save()
    assert messages.errors and "文書番号の書式" in messages.errors[-1]
    assert dialog.result() != dialog.DialogCode.Accepted


class _WatchedConnection:
    """The vault's main connection, noting every thread that touches it."""

    def __init__(self, conn) -> None:
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "threads", set())

    def __getattr__(self, name):
        import threading

        self.threads.add(threading.get_ident())
        return getattr(self._conn, name)

    def __setattr__(self, name, value):
        setattr(self._conn, name, value)


def test_generation_runs_on_a_worker_with_its_own_connection(qtbot, seeded, tmp_path, monkeypatch):
    """A real worker thread (TaskRunner): the worker reads through ``vault.connect_reader()``
    and never touches the vault's main connection; numbering, history and audit are written
    on the GUI thread."""
    import threading

    from desktop.submittals import service
    from ui.context import AppContext
    from ui.submittals.section import SubmittalsView
    from ui.widgets import files
    from ui.widgets.tasks import TaskRunner

    vault, ids = seeded
    gui = threading.get_ident()
    readers: list[int] = []
    real_reading = service.reading

    def reading(v):
        readers.append(threading.get_ident())
        return real_reading(v)

    monkeypatch.setattr(service, "reading", reading)
    w = SubmittalsView(AppContext(vault), runner=TaskRunner())
    w.confirm_findings = lambda findings: True
    qtbot.addWidget(w)
    w.show()
    watched = _WatchedConnection(vault.conn)
    vault.conn = watched
    try:
        choose_exchanges(w)
        qtbot.mouseClick(w.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.shown is not None and not w._busy, timeout=20_000)
        assert "未発行" in w.banner.text() and w.pdf_view.page_count() >= 2

        target = tmp_path / "交換記録.pdf"
        monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(target))
        qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.shown is not None and w.shown.issued and not w._busy, timeout=20_000)
        assert target.read_bytes() == w.shown.pdf

        w.history_table.selectRow(0)
        qtbot.mouseClick(w.reopen_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "一致します" in w.banner.text() and not w._busy, timeout=20_000)
    finally:
        vault.conn = watched._conn
    assert len(readers) == 3 and gui not in readers   # preview, prepare, reopen: all off the GUI thread
    assert watched.threads == {gui}                    # the main connection: GUI thread only
    entry = service.history_entries(vault)[0]
    assert entry.doc_number == "第1号" and entry.sha256 == w.shown.entry.sha256
    assert list(trail.query(vault.conn, actions=["submittal.issue"], limit=5))[0].details["via"] == "save"


def test_administrator_sets_font_files_in_the_settings_dialog(qtbot, view, seeded, tmp_path, monkeypatch, messages):
    from desktop import settings
    from desktop.submittals.fonts import default_fonts
    from ui.widgets import files

    vault, _ = seeded
    dialog = view.open_settings()
    qtbot.addWidget(dialog)
    assert "使用するフォント" in dialog.fonts_in_use.text()

    # a file that is not a usable font is refused when saving, with the reason
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"not a font" * 100)
    monkeypatch.setattr(files, "ask_open_path", lambda *a, **k: str(bad))
    qtbot.mouseClick(dialog.findChild(type(view.preview_button), "fontMinchoBrowse"), Qt.MouseButton.LeftButton)
    assert dialog.mincho.text() == str(bad)
    assert "使用できません" in dialog.fonts_in_use.text()
    dialog.save()
    assert messages.errors and "設定されたフォントファイルを使用できません" in messages.errors[-1]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert settings.get(vault.conn, "submittals.font_mincho") == ""

    # a real TrueType file is saved and used for the next document
    good = str(default_fonts().mincho_file.path)
    monkeypatch.setattr(files, "ask_open_path", lambda *a, **k: good)
    qtbot.mouseClick(dialog.findChild(type(view.preview_button), "fontMinchoBrowse"), Qt.MouseButton.LeftButton)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.get(vault.conn, "submittals.font_mincho") == good
    view.select_kind("staff-roster")
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert view.shown.rendered.fonts.split(";")[0] == default_fonts().mincho_file.path.name


def test_a_bad_font_setting_shows_the_message_when_previewing(qtbot, view, seeded, tmp_path, messages):
    from desktop import settings

    vault, _ = seeded
    with vault.transaction() as conn:
        settings.put(conn, "submittals.font_mincho", str(tmp_path / "gone.ttf"))
    view.select_kind("staff-roster")
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert view.shown is None
    assert messages.errors and "gone.ttf" in messages.errors[-1] and "書式の設定" in messages.errors[-1]
    assert view.preview_button.isEnabled()   # not stuck busy


def test_going_back_from_the_pre_issue_check_issues_nothing(qtbot, view, seeded, tmp_path, monkeypatch):
    from ui.widgets import files

    choose_exchanges(view)
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    view.confirm_findings = lambda findings: False  # 戻って修正
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(tmp_path / "x.pdf"))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "x.pdf").exists()
    assert view.history_model.rowCount() == 0 and not view._busy
    assert "取りやめました" in view.note.text()


def test_issue_date_and_addressee_are_chosen_per_issue(qtbot, view, seeded, tmp_path, monkeypatch):
    from ui.widgets import files

    vault, ids = seeded
    view.select_kind("staff-roster")
    view.as_of.set_value(dt.date(2025, 10, 1))
    view.doc_date.set_value(dt.date(2025, 10, 3))
    view.addressee.setEditText("石川県総務部長 様")
    qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert view.shown.rendered.head.date == dt.date(2025, 10, 3)
    assert view.shown.rendered.head.addressee == "石川県総務部長 様"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(tmp_path / "roster.pdf"))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    entry = view.history_model.entry(0)
    assert entry.doc_date == dt.date(2025, 10, 3)
    assert entry.letterhead["addressee"] == "石川県総務部長 様"


def test_a_long_render_shows_pages_and_can_be_cancelled(qtbot, seeded, monkeypatch):
    """A real worker thread: the pages made so far are shown; 中止 stops the render (the
    engine's progress callback raises) and nothing is shown or issued."""
    import threading

    from desktop.submittals import service
    from ui.context import AppContext
    from ui.submittals.section import SubmittalsView
    from ui.widgets.tasks import TaskRunner

    vault, _ = seeded
    w = SubmittalsView(AppContext(vault), runner=TaskRunner())
    qtbot.addWidget(w)
    w.show()
    gate = threading.Event()
    real = service.preview

    def slow_preview(v, slug, params, *, progress=None, **kw):
        def pages(done):
            progress(done)
            gate.wait(5)  # hold the worker after each page until the test has pressed 中止

        return real(v, slug, params, progress=pages, **kw)

    monkeypatch.setattr(service, "preview", slow_preview)
    choose_exchanges(w)
    qtbot.mouseClick(w.preview_button, Qt.MouseButton.LeftButton)
    assert w._busy and w.cancel_button.isVisible()
    qtbot.waitUntil(lambda: "ページ目" in w.progress_label.text(), timeout=20_000)
    qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not w._busy, timeout=20_000)
    assert w.shown is None and "中止しました" in w.note.text()
    assert service.history_entries(vault) == []


def service_addressee(vault, slug):
    from desktop.submittals import options

    return options.resolve_addressee(vault.conn, slug)


def test_dates_are_typed_in_wareki_and_bad_ones_refused(qtbot, view, monkeypatch):
    """The period, 基準日 and 発行日 are the project's date input: 和暦 (R8.4.1, 令和8年4月1日),
    full-width digits and short years in the chosen era are read; 2026/02/30 is refused with a
    message beside the field and when previewing — never turned into another day."""
    from ui.registers.dates import DateEdit
    from ui.submittals import section

    for edit in (view.date_from, view.date_to, view.as_of, view.doc_date):
        assert isinstance(edit, DateEdit) and edit.accessibleName()
        assert edit.popup.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    view.select_kind("exchange-record")
    view.date_from.edit.clear()
    qtbot.keyClicks(view.date_from.edit, "R7.4.1")
    qtbot.keyClick(view.date_from.edit, Qt.Key.Key_Return)
    assert view.date_from.value() == dt.date(2025, 4, 1) and view.date_from.edit.text() == "令和7年4月1日"
    view.date_to.edit.clear()
    view.date_to.edit.insert("令和8年3月31日")
    qtbot.keyClick(view.date_to.edit, Qt.Key.Key_Return)
    view.as_of.edit.clear()
    view.as_of.edit.insert("２０２５／１０／１")
    qtbot.keyClick(view.as_of.edit, Qt.Key.Key_Return)
    view.doc_date.edit.clear()
    qtbot.keyClicks(view.doc_date.edit, "7/10/3")   # 令和 chosen beside the field
    qtbot.keyClick(view.doc_date.edit, Qt.Key.Key_Return)
    assert view.params() == {"period": (dt.date(2025, 4, 1), dt.date(2026, 3, 31))}
    assert view.issue_options()["doc_date"] == dt.date(2025, 10, 3)
    view.select_kind("staff-roster")
    assert view.params()["as_of"] == dt.date(2025, 10, 1)

    shown = []
    monkeypatch.setattr(section.messages, "show_error", lambda _p, exc, *a: shown.append(str(exc)))
    view.select_kind("exchange-record")
    view.date_to.edit.clear()
    qtbot.keyClicks(view.date_to.edit, "2026/02/30")
    qtbot.keyClick(view.date_to.edit, Qt.Key.Key_Return)
    assert view.date_to.edit.text() == "2026/02/30" and view.date_to.message.isVisible()
    view.make_preview()
    assert shown and "期間（まで）" in shown[-1] and "2月30日" in shown[-1]
    assert view.shown is None and not view._busy
    view.date_to.set_value(dt.date(2026, 3, 31))
    view.doc_date.edit.clear()
    qtbot.keyClick(view.doc_date.edit, Qt.Key.Key_Return)
    view.make_preview()
    assert "発行日" in shown[-1] and view.shown is None


def test_fiscal_year_reads_wareki_with_western_year(view):
    view.fiscal_year.setValue(2026)
    assert view.fy_label.text().startswith("令和8年度（2026年度）")
    assert "令和8年4月1日〜令和9年3月31日" in view.fy_label.text()
