"""情報セキュリティ事故報告書（第一報）・（最終報告） — from an incident record (A20-1, A20-4).

The first report says what happened, when it was found and reported, what was affected and
what has been done so far. The final report, once recovery has been confirmed, adds the
result of the cause investigation, the recovery method, the measures against recurrence,
the confirmation of normal operation and the evidence kept.
"""

from __future__ import annotations

from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import (
    contract_phrase,
    datetime_text,
    hash_text,
    join,
    short_datetime,
    text,
)
from desktop.submittals.forms._data import Source
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para, Section

FIRST_TITLE = "情報セキュリティ事故報告書（第一報）"
FINAL_TITLE = "情報セキュリティ事故報告書（最終報告）"

#: 今後の対応, by the incident's status when the report is made
NEXT_STEPS = {
    "open": (
        "引き続き、事故対応手順書に基づき原因の究明、証拠の保全及び復旧を進めます。"
        "復旧し正常に稼働していることを確認した後、原因、回復方法及び再発防止策を改めて報告します。"
    ),
    "recovered": (
        "復旧し、正常に稼働していることを確認しました。引き続き原因の調査及び再発防止策の検討を"
        "進め、その結果を最終報告として改めて報告します。"
    ),
    "closed": (
        "対応を完了しました。原因、回復方法及び再発防止策は、最終報告のとおりです。"
    ),
}


def next_steps(rec: dict) -> str:
    return NEXT_STEPS.get(rec.get("status") or "open", NEXT_STEPS["open"])


def _follow_up(rec: dict) -> list[tuple[str, str]]:
    """Secondary damage, the response to the people affected, publication (when recorded)."""
    return [
        (label, text(rec.get(name)))
        for name, label in (("secondary_damage", "二次被害の有無"),
                            ("affected_response", "影響を受けた方への対応"),
                            ("publication", "公表の有無"))
        if text(rec.get(name))
    ]


def _overview(src: Source, rec: dict, cal) -> list[tuple[str, str]]:
    reported = datetime_text(rec.get("reported_at"), cal) or "未報告"
    if rec.get("reported_at") and rec.get("reported_to"):
        reported += f"（{rec['reported_to']}）"
    runbook = src.title("runbooks", rec.get("runbook")) if rec.get("runbook") else "—"
    return [
        ("件名", text(rec.get("title"))),
        ("事故の種類", src.label("incidents", "incident_type", rec.get("incident_type"))),
        ("発見日時", datetime_text(rec.get("detected_at"), cal)),
        ("県への報告日時", reported),
        ("影響を受けたシステム", text(rec.get("affected_systems"), "調査中")),
        ("影響を受けたデータ", text(rec.get("affected_data"), "調査中")),
        ("対応状況", src.label("incidents", "status", rec.get("status"))),
        ("使用した事故対応手順書", runbook),
    ]


def _timeline(src: Source, rec: dict, cal, until=None) -> DataTable:
    """The timeline in time order; ``until`` (a first report's time) leaves out what was
    recorded as happening later."""
    entries = sorted(enumerate(rec.get("timeline") or []), key=lambda ie: (ie[1]["at"], ie[0]))
    if until is not None:
        entries = [(i, e) for i, e in entries if e.get("at") is None or e["at"] <= until]
    rows = [
        [short_datetime(e.get("at"), cal), text(e.get("entry")), src.staff_name(e.get("recorded_by"))]
        for _, e in entries
    ]
    return DataTable(
        [Column("日時", 1.2), Column("経過及び対応の内容", 4.6), Column("記録者", 1.0)],
        rows,
        font_size=9,
        empty_text="記録なし",
    )


def _evidence(src: Source, rec: dict, cal) -> DataTable:
    rows = []
    for i, ev in enumerate(rec.get("evidence") or [], 1):
        collected = join([short_datetime(ev.get("collected_at"), cal),
                          src.staff_name(ev.get("collected_by"))], "\n")
        item = text(ev.get("item"))
        if ev.get("custody"):
            item += f"\n（保管・受渡し）{ev['custody']}"
        rows.append([str(i), item, collected, text(ev.get("storage")),
                     hash_text(ev.get("sha256")) or "—"])
    return DataTable(
        [
            Column("No.", 0.4, "right"),
            Column("証拠物件", 2.3),
            Column("収集日時・収集者", 1.2),
            Column("保管場所", 1.2),
            Column("SHA-256", 1.7),
        ],
        rows,
        font_size=8,
        empty_text="記録なし",
    )


def report_time(rec: dict):
    """The time of the first report: when the prefecture was told, else the end of the day
    the incident was found."""
    if rec.get("reported_at") is not None:
        return rec["reported_at"]
    found = rec.get("detected_at")
    return None if found is None else found.replace(hour=23, minute=59, second=59)


def build_first(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    rec = src.get("incidents", record)
    overview = _overview(src, rec, cal) + _follow_up(rec)
    n = len(overview)
    until = report_time(rec)
    heading = "経過及びこれまでの対応"
    if rec.get("reported_at") is not None:
        heading += f"（{datetime_text(until, cal)}現在）"
    items: list = [
        KeyValue(overview, numbered=True),
        Heading(f"{n + 1}　{heading}"),
        _timeline(src, rec, cal, until),
        Section(f"{n + 2}　今後の対応", next_steps(rec)),
    ]
    if rec.get("note"):
        items.append(Section(f"{n + 3}　備考", rec["note"]))
    found = datetime_text(rec.get("detected_at"), cal)
    body = [
        Para(f"{contract_phrase(head.contract)}において、{found}に情報セキュリティ事故を発見しました"
             "ので、下記のとおり報告します（第一報）。"),
    ]
    return head.document(title=FIRST_TITLE, body=body, items=items)


def _check_final(rec: dict) -> None:
    missing = []
    if rec.get("recovery_confirmed_at") is None:
        missing.append("復旧確認（確認者・日時）")
    for name, label in (("cause", "原因"), ("recovery_method", "回復方法"),
                        ("prevention", "再発防止策")):
        if not text(rec.get(name)):
            missing.append(label)
    if missing:
        raise ValidationError(tr(
            "Submittals", "最終報告を作成するには、事故記録に次を入力してください: {items}").format(
                items="、".join(missing)), {"record": ""})


def build_final(vault: VaultLike, head, *, record: int):
    src = Source(vault)
    cal = head.calendar
    rec = src.get("incidents", record)
    _check_final(rec)
    overview = _overview(src, rec, cal) + _follow_up(rec)
    n = len(overview)
    confirmed = datetime_text(rec.get("recovery_confirmed_at"), cal)
    who = src.staff_name(rec.get("recovery_confirmed_by"))
    items: list = [
        KeyValue(overview, numbered=True),
        Heading(f"{n + 1}　経過"),
        _timeline(src, rec, cal),
        Section(f"{n + 2}　原因の調査結果", rec["cause"]),
        Section(f"{n + 3}　回復方法", rec["recovery_method"]),
        Section(f"{n + 4}　再発防止策", rec["prevention"]),
        Section(f"{n + 5}　正常稼働の確認",
                f"{confirmed}、{who or '当社の担当者'}が、復旧後のシステムが正常に稼働して"
                "いることを確認しました。"),
        Heading(f"{n + 6}　証拠の収集及び保管"),
        _evidence(src, rec, cal),
    ]
    items.append(Section(f"{n + 7}　今後の対応", next_steps(rec)))
    if rec.get("note"):
        items.append(Section(f"{n + 8}　備考", rec["note"]))
    found = datetime_text(rec.get("detected_at"), cal)
    body = [
        Para(f"{contract_phrase(head.contract)}において{found}に発見した情報セキュリティ事故について、"
             "復旧し正常に稼働していることを確認しましたので、原因の調査結果、回復方法及び"
             "再発防止策を下記のとおり報告します。"),
    ]
    return head.document(title=FINAL_TITLE, body=body, items=items)


def check_final(vault: VaultLike, head, *, record: int) -> list[str]:
    """A final report of an incident still open."""
    rec = Source(vault).get("incidents", record)
    if rec.get("status") == "open":
        return ["この事故の対応状況は「対応中」のままです。復旧・完了を記録してから最終報告を"
                "提出するか、対応中のまま提出することを確認してください。"]
    return []


def _detected(vault: VaultLike, *, record: int):
    return Source(vault).get("incidents", record).get("detected_at")


def _confirmed(vault: VaultLike, *, record: int):
    return Source(vault).get("incidents", record).get("recovery_confirmed_at")


FIRST = register(FormKind(
    slug="incident-first-report",
    title=FIRST_TITLE,
    params=frozenset({"record"}),
    record_register="incidents",
    record_label="事故",
    clauses=("A20-1",),
    build=build_first,
    reports_until=_detected,
    description="事故の発生を県へ報告する第一報です（発見・報告の日時、影響、これまでの対応）。",
    order=80,
))

FINAL = register(FormKind(
    slug="incident-final-report",
    title=FINAL_TITLE,
    params=frozenset({"record"}),
    record_register="incidents",
    record_label="事故",
    clauses=("A20-4",),
    build=build_final,
    checks=check_final,
    reports_until=_confirmed,
    description="復旧後に提出する最終報告です（原因の調査結果、回復方法、再発防止策、正常稼働の確認）。",
    order=81,
))
