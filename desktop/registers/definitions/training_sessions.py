"""教育実施記録 (training-sessions) — A17-5: sessions held, who attended, how understanding was
checked; each person's training history and who has had none this fiscal year."""

from __future__ import annotations

import datetime as dt

from desktop.calendar import fiscal_year
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, note_field, ref
from desktop.registers.model import CTX, DueItem, HookContext, Register, choices

CHECKS = choices(
    ("test", "確認テスト", "Quiz"),
    ("report", "レポート", "Written report"),
    ("interview", "口頭での確認", "Oral check"),
    ("none", "実施せず", "Not checked"),
)


def _due(ctx: HookContext) -> list[DueItem]:
    fy = fiscal_year(ctx.today)
    end = dt.date(fy + 1, 3, 31)
    if (end - ctx.today).days > 60:  # only remind in the last two months of the fiscal year
        return []
    return [DueItem("staff", sid, name, end, tr(CTX, "今年度の教育をまだ受けていません（A17-5）。"),
                    False, "training.untrained") for sid, name in untrained_staff(ctx.conn, fy)]


def _title(rec: dict) -> str:
    d = rec.get("held_on")
    return f"{d.isoformat() if d else ''} {rec.get('title') or ''}".strip()


REGISTER = Register(
    slug="training-sessions",
    table="training_sessions",
    label_ja="教育実施記録",
    label_en="Training sessions",
    clauses=("A17-5",),
    description_ja="実施した教育の記録。受講者は従事者から選びます。",
    fields=(
        F("held_on", Kind.DATE, "実施日", "Held on", required=True),
        F("plan", Kind.REF, "教育計画", "Training plan", ref="training-plans"),
        F("title", Kind.TEXT, "テーマ", "Theme", required=True),
        F("trainer", Kind.TEXT, "講師", "Trainer", required=True, max_length=100),
        F("content", Kind.LONGTEXT, "内容", "Content", required=True, max_length=2000),
        F("attendees", Kind.REFS, "受講者", "Attendees", required=True, ref="staff"),
        F("check_method", Kind.CHOICE, "理解度の確認方法", "How understanding was checked", choices=CHECKS),
        F("check_result", Kind.LONGTEXT, "確認結果", "Result of the check", max_length=2000),
        F("materials", Kind.ATTACHMENTS, "教材", "Materials"),
        note_field(),
    ),
    list_columns=("held_on", "title", "trainer", "check_method"),
    search_fields=("title", "trainer", "content", "check_result", "note"),
    natural_key="title",
    duplicate_key=("held_on", "title"),
    default_sort=("held_on", True),
    date_field="held_on",
    status_field="check_method",
    due=_due,
    title=_title,
    examples=(
        Example({"held_on": dt.date(2025, 6, 10), "plan": ref("training-plans"), "title": "情報セキュリティ基礎",
                 "trainer": "佐藤 花子", "content": "要領の概要と媒体の取扱い", "attendees": [ref("staff")],
                 "check_method": "test", "check_result": "全員合格"}),
    ),
)


def untrained_staff(conn, fy: int) -> list[tuple[int, str]]:
    """Staff active in fiscal year ``fy`` (April–March) who attended no session in it."""
    start, end = dt.date(fy, 4, 1).isoformat(), dt.date(fy + 1, 3, 31).isoformat()
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT st.id, st.name FROM staff st"
        " WHERE (st.ended_on IS NULL OR st.ended_on >= ?) AND (st.started_on IS NULL OR st.started_on <= ?)"
        " AND NOT EXISTS (SELECT 1 FROM training_sessions_attendees a JOIN training_sessions s ON s.id = a.owner_id"
        "                 WHERE a.ref_id = st.id AND s.held_on BETWEEN ? AND ?)"
        " ORDER BY st.name, st.id", (start, end, start, end))]
