"""データ交換 (exchanges) — A12: schedule first, then the exchange; size and SHA-256 of the
exchanged file computed by the app and compared with what the counterpart reported; deletion
from the storage area confirmed with date and person; giving data to a third party links the
prefecture's granted 第三者への提供 permission (coverage rule, A12-7; kept but flagged without
it). The former free-text consent fields (文書番号・了解日) were moved by migration 0006 into a
linked permission per exchange and into the notes."""

from __future__ import annotations

import datetime as dt

from desktop import settings
from desktop.i18n import tr
from desktop.registers import coverage
from desktop.registers.definitions._common import (
    Example,
    F,
    Kind,
    at,
    both_or_neither,
    day,
    not_before,
    note_field,
    ref,
    requires,
)
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices
from desktop.timeutil import now

settings.declare("registers.exchange_delete_days", int, 7,
                 tr("Settings", "データ交換後、保存領域からの削除確認までの日数"), minimum=0, maximum=365)

DIRECTIONS = choices(
    ("send", "送付（提供）", "Send"),
    ("receive", "受領", "Receive"),
)
METHODS = choices(
    ("lgwan", "LGWAN", "LGWAN"),
    ("dedicated", "専用線", "Dedicated line"),
    ("vpn", "VPN", "VPN"),
    ("sftp", "SFTP", "SFTP"),
    ("email", "電子メール（暗号化）", "Encrypted e-mail"),
    ("web", "ファイル交換サービス", "File exchange service"),
    ("media", "媒体の手渡し", "Media by hand"),
    ("other", "その他", "Other"),
)
VERIFICATION = choices(
    ("match", "一致", "Match"),
    ("mismatch", "不一致", "Mismatch"),
    ("unverified", "未照合", "Not verified"),
)
STATUS = choices(
    ("scheduled", "予定", "Scheduled"),
    ("exchanged", "交換済", "Exchanged"),
    ("deleted", "削除確認済", "Deletion confirmed"),
    ("cancelled", "中止", "Cancelled"),
)


def compare(size, sha256, reported_size, reported_sha256) -> str:
    """"match" / "mismatch" / "unverified" for our computed values against the reported ones."""
    if size is None and sha256 is None:
        return "unverified"
    checks = []
    if reported_size is not None and size is not None:
        checks.append(int(reported_size) == int(size))
    if reported_sha256 and sha256:
        checks.append(reported_sha256.lower() == sha256.lower())
    if not checks:
        return "unverified"
    return "match" if all(checks) else "mismatch"


def _to_act(v: dict) -> coverage.Act:
    return coverage.Act(("third_party",) if v.get("third_party") else (),
                        day(v.get("exchanged_at") or v.get("planned_on")), v.get("permission"), (), "A12-7")


ACT = coverage.declare_act(coverage.ActSpec(
    slug="exchanges", table="exchanges", date_column="ifnull(exchanged_at, planned_on)", title_column="counterpart",
    columns=("third_party", "exchanged_at", "planned_on", "permission"), to_act=_to_act))


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    coverage.stamp(ctx.conn, ACT, new)
    if new.get("planned_on") is None:
        new["scheduled_at"] = None
    elif old is None and ctx.importing:
        # an import keeps the exported value; a historical record without it stays unknown
        # (the import time would claim the schedule was made after the exchange)
        pass
    elif old is not None and old.get("planned_on") is not None and old.get("scheduled_at") is not None:
        new["scheduled_at"] = old["scheduled_at"]  # when the schedule was first recorded
    else:
        new["scheduled_at"] = now()
    new["verification"] = compare(new.get("file_size"), new.get("file_sha256"),
                                  new.get("reported_size"), new.get("reported_sha256"))
    if new.get("cancelled"):
        new["status"] = "cancelled"
    elif new.get("deleted_on") is not None:
        new["status"] = "deleted"
    elif new.get("exchanged_at") is not None:
        new["status"] = "exchanged"
    else:
        new["status"] = "scheduled"


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    done = rec.get("exchanged_at")
    if done is not None:
        sched = rec.get("scheduled_at")
        if rec.get("planned_on") is None or (sched is not None and sched > done):
            out.append(Flag("exchange.no_schedule",
                            tr(CTX, "交換日程が事前に定められていません（A12-5）。"), field="planned_on"))
        elif sched is None:
            out.append(Flag("exchange.schedule_unknown",
                            tr(CTX, "日程をいつ登録したかの記録がありません（取り込んだ過去の記録）。事前に定めたことを示す"
                                    "資料があれば備考に記してください（A12-5）。"),
                            level="info", field="planned_on"))
        if rec.get("deleted_on") is None:
            days = ctx.setting("registers.exchange_delete_days")
            if day(done) + dt.timedelta(days=days) < ctx.today:
                out.append(Flag("exchange.not_deleted",
                                tr(CTX, "交換から{days}日を過ぎても保存領域からの削除が確認されていません（A12-3）。").format(days=days),
                                level="overdue", field="deleted_on"))
        if rec.get("verification") == "unverified":
            out.append(Flag("exchange.unverified",
                            tr(CTX, "交換したファイルのサイズ・SHA-256の照合が済んでいません（A12-4）。"),
                            level="info", field="file_sha256"))
    if rec.get("verification") == "mismatch":
        out.append(Flag("exchange.mismatch",
                        tr(CTX, "ファイルのサイズまたはSHA-256が相手方の申告値と一致しません。"), level="overdue",
                        field="file_sha256", clause="A12-4"))
    out += coverage.flags(ctx, ACT, rec)
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    days = ctx.setting("registers.exchange_delete_days")
    limit = (ctx.today - dt.timedelta(days=days)).isoformat()
    items = []
    for rid, counterpart, done in ctx.conn.execute(
            "SELECT id, counterpart, exchanged_at FROM exchanges WHERE status = 'exchanged' AND exchanged_at < ?"
            " ORDER BY exchanged_at LIMIT 500", (limit,)):
        d = dt.datetime.fromisoformat(done).date() + dt.timedelta(days=days)
        items.append(DueItem("exchanges", rid, counterpart, d,
                             tr(CTX, "保存領域からの削除が確認されていません。"), True, "exchange.not_deleted",
                             clause="A12-3"))
    for rid, counterpart, planned in ctx.conn.execute(
            "SELECT id, counterpart, planned_on FROM exchanges WHERE status = 'scheduled' AND planned_on <= ?"
            " ORDER BY planned_on LIMIT 500", ((ctx.today + dt.timedelta(days=7)).isoformat(),)):
        d = dt.date.fromisoformat(planned)
        items.append(DueItem("exchanges", rid, counterpart, d,
                             tr(CTX, "予定日を過ぎたデータ交換が未記録です。") if d < ctx.today else tr(CTX, "データ交換の予定があります。"),
                             d < ctx.today, "exchange.scheduled", clause="A12-5"))
    return items + coverage.due(ctx, ACT)


def _title(rec: dict) -> str:
    when = rec.get("exchanged_at") or rec.get("planned_on")
    when = day(when).isoformat() if when else ""
    return f"{when} {rec.get('counterpart') or ''} {rec.get('content') or ''}".strip()[:80]


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("schedule", "exchanged_at IS NOT NULL AND (planned_on IS NULL OR scheduled_at IS NULL"
              " OR scheduled_at > exchanged_at)"),
    FlagScope("not_deleted", "exchanged_at IS NOT NULL AND deleted_on IS NULL"),
    FlagScope("unverified", "exchanged_at IS NOT NULL AND verification = 'unverified'"),
    FlagScope("mismatch", "verification = 'mismatch'"),
    FlagScope("coverage", coverage.GAP_WHERE, index=False),
)


REGISTER = Register(
    slug="exchanges",
    table="exchanges",
    label_ja="データ交換",
    label_en="Data exchanges",
    clauses=("A12-1", "A12-2", "A12-3", "A12-4", "A12-5", "A12-6", "A12-7"),
    description_ja="外部とのデータ交換の記録。先に交換日程を登録し、交換後にファイルの照合と保存領域からの削除を確認します。",
    fields=(
        F("planned_on", Kind.DATE, "交換予定日", "Planned date"),
        F("scheduled_at", Kind.DATETIME, "日程の登録日時", "Schedule recorded at", computed=True),
        F("counterpart", Kind.TEXT, "相手方", "Counterpart", required=True, max_length=100),
        F("direction", Kind.CHOICE, "送受の別", "Direction", required=True, choices=DIRECTIONS),
        F("method", Kind.CHOICE, "交換方法", "Method", required=True, choices=METHODS),
        F("line", Kind.TEXT, "使用回線・通信手段", "Line / channel", max_length=100),
        F("storage_area", Kind.TEXT, "保存領域", "Designated storage area", required=True, max_length=200),
        F("content", Kind.TEXT, "交換データの内容", "Content", required=True, max_length=200),
        F("exchanged_at", Kind.DATETIME, "交換日時", "Exchanged at"),
        F("handled_by", Kind.REF, "実施者", "Handled by", ref="staff"),
        F("file_name", Kind.TEXT, "ファイル名", "File name", max_length=255),
        F("file_size", Kind.NUMBER, "ファイルサイズ（当方計算）", "File size (computed)", unit_ja="バイト",
          minimum=0, computed=True),
        F("file_sha256", Kind.TEXT, "SHA-256（当方計算）", "SHA-256 (computed)", hex_digest=True, computed=True),
        F("reported_size", Kind.NUMBER, "相手方申告のファイルサイズ", "Reported size", unit_ja="バイト", minimum=0),
        F("reported_sha256", Kind.TEXT, "相手方申告のSHA-256", "Reported SHA-256", hex_digest=True),
        F("verification", Kind.CHOICE, "照合結果", "Verification", choices=VERIFICATION, computed=True),
        F("deleted_on", Kind.DATE, "削除確認日", "Deletion confirmed on"),
        F("deletion_confirmed_by", Kind.REF, "確認者", "Deletion confirmed by", ref="staff"),
        F("third_party", Kind.YESNO, "第三者への提供", "Given to a third party", default=False),
        F("permission", Kind.REF, "県の了解（許可）", "Prefecture's consent (permission)", ref="permissions",
          help_ja="第三者への提供は県の了解（第三者への提供）の記録を選びます（A12-7）"),
        F("coverage", Kind.CHOICE, "許可の確認", "Permission check", choices=coverage.COVERAGE_CHOICES, computed=True),
        F("cancelled", Kind.YESNO, "中止", "Cancelled", default=False),
        F("status", Kind.CHOICE, "状況", "Status", choices=STATUS, computed=True),
        note_field(),
    ),
    rules=(
        Rule("exchanged_at", "交換日時か交換予定日のどちらかを入力してください。",
             lambda v: v.get("exchanged_at") is not None or v.get("planned_on") is not None),
        Rule("handled_by", "交換日時を入力した場合は実施者を選択してください。", requires("exchanged_at", "handled_by")),
        Rule("deleted_on", "削除確認日は交換日以降の日付にしてください。", not_before("deleted_on", "exchanged_at")),
        Rule("deleted_on", "削除確認日は交換日時を入力してから記録してください。", requires("deleted_on", "exchanged_at")),
        Rule("deletion_confirmed_by", "削除確認日と確認者は両方を入力してください。",
             both_or_neither("deleted_on", "deletion_confirmed_by")),
        Rule("permission", "県の了解は「第三者への提供」が「はい」のときに選びます。",
             lambda v: bool(v.get("third_party")) or v.get("permission") is None),
    ),
    list_columns=("exchanged_at", "planned_on", "counterpart", "direction", "method", "content", "status"),
    search_fields=("counterpart", "line", "storage_area", "content", "file_name", "note"),
    natural_key="content",
    # an import's duplicates: when (done or planned) + counterpart + content
    duplicate_key=("exchanged_at", "planned_on", "counterpart", "content"),
    default_sort=("exchanged_at", True),
    date_field="exchanged_at",
    status_field="status",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    # the due queries below read only the rows that are due (partial indexes)
    indexes=(
        Index("due_not_deleted", "exchanged_at", "status = 'exchanged'"),
        Index("due_scheduled", "planned_on", "status = 'scheduled'"),
        coverage.gap_index("ifnull(exchanged_at, planned_on)"),
    ),
    examples=(
        Example({"planned_on": dt.date(2025, 6, 1), "counterpart": "石川県 情報政策課", "direction": "receive",
                 "method": "lgwan", "storage_area": "LGWAN-ASP領域", "content": "住民記録の差分データ"}),
        Example({"planned_on": dt.date(2025, 6, 30), "counterpart": "石川県 税務課", "direction": "send",
                 "method": "lgwan", "line": "LGWAN", "storage_area": "LGWAN-ASP 税務課共有フォルダ",
                 "content": "課税資料の月次集計（6月分）", "exchanged_at": at(2025, 6, 30, 14),
                 "handled_by": ref("staff", 1), "file_name": "kazei_202506.csv",
                 "deleted_on": dt.date(2025, 7, 1), "deletion_confirmed_by": ref("staff")}),
    ),
)
