"""ソフトウェア台帳 (software) — A14: the software in use, its licence (type, number or proof),
how many licences are held and where it is installed, and whether it is approved for
business use. Flags: more installations than licences (A14-1); file-sharing software, or
software not approved for business use (A14-2).

Bad input, per case: more installations than items of equipment in use, or fewer
installations than the equipment listed, is refused (nothing written); installations beyond
the licences and unapproved or file-sharing software are kept and flagged (they are on the
PCs and must be on record until removed)."""

from __future__ import annotations

import datetime as dt

from desktop.errors import ValidationError
from desktop.i18n import tr
from desktop.registers.definitions._common import Example, F, Kind, note_field, ref, requires
from desktop.registers.model import CTX, DueItem, Flag, FlagScope, HookContext, Index, Register, Rule, choices, unset
from desktop.timeutil import parse_iso

LICENCE_TYPES = choices(
    ("package", "パッケージ（永続）", "Perpetual package"),
    ("volume", "ボリュームライセンス", "Volume licence"),
    ("subscription", "サブスクリプション", "Subscription"),
    ("oem", "機器に付属（OEM）", "OEM (bundled)"),
    ("free", "無償", "Free of charge"),
    ("oss", "オープンソース", "Open source"),
)
#: licence types that do not limit the number of installations
UNCOUNTED = ("free", "oss")
CATEGORIES = choices(
    ("os", "OS", "Operating system"),
    ("office", "事務用ソフト", "Office software"),
    ("security", "セキュリティ対策", "Security"),
    ("development", "開発ツール", "Development tools"),
    ("business", "業務システム", "Business application"),
    ("file_sharing", "ファイル共有（P2P）", "File sharing (P2P)"),
    ("other", "その他", "Other"),
)


def _active_equipment(conn) -> int:
    return conn.execute("SELECT count(*) FROM equipment WHERE status IN ('in_use','stored','repair')").fetchone()[0]


def _prepare(ctx: HookContext, new: dict, old: dict | None) -> None:
    n = new.get("installations")
    if n is None:
        return
    if old is not None and old.get("installations") == n and old.get("installed_on") == new.get("installed_on"):
        return
    have = _active_equipment(ctx.conn)
    if int(n) > have:
        msg = tr(CTX, "インストール数（{n}）が、情報機器台帳にある使用中・保管中の機器の台数（{have}台）を超えています。").format(
            n=n, have=have)
        raise ValidationError(msg, {"installations": msg})


def _flags(ctx: HookContext, rec: dict) -> list[Flag]:
    out = []
    if rec.get("removed_on") is not None:
        return out
    n, licences = rec.get("installations") or 0, rec.get("licences")
    if rec.get("licence_type") not in UNCOUNTED and n > (licences or 0):
        out.append(Flag("software.over_licensed",
                        tr(CTX, "インストール数（{n}）が保有ライセンス数（{m}）を超えています（A14-1）。").format(
                            n=n, m=licences or 0), level="overdue", field="installations"))
    if rec.get("licence_type") not in UNCOUNTED and not rec.get("licence_no") and not rec.get("licence_proof"):
        out.append(Flag("software.no_proof", tr(CTX, "ライセンス番号または証書が記録されていません（A14-1）。"),
                        field="licence_no"))
    if rec.get("category") == "file_sharing":
        out.append(Flag("software.file_sharing",
                        tr(CTX, "ファイル共有ソフトは使用できません。アンインストールしてください（A14-2）。"),
                        level="overdue", field="category"))
    elif not rec.get("approved"):
        out.append(Flag("software.unapproved",
                        tr(CTX, "業務での使用が承認されていないソフトウェアです。不要ならアンインストールしてください（A14-2）。"),
                        field="approved"))
    return out


def _due(ctx: HookContext) -> list[DueItem]:
    items = []
    # a violation, not a deadline: due since the record says so (the day it was last saved)
    for rid, product, n, m, since in ctx.conn.execute(
            "SELECT id, product, installations, licences, updated_at FROM software WHERE removed_on IS NULL"
            " AND licence_type NOT IN ('free','oss') AND installations > ifnull(licences, 0)"):
        items.append(DueItem("software", rid, product, _day(since),
                             tr(CTX, "インストール数（{n}）が保有ライセンス数（{m}）を超えています（A14-1）。").format(n=n, m=m or 0),
                             True, "software.over_licensed"))
    for rid, product, category, since in ctx.conn.execute(
            "SELECT id, product, category, updated_at FROM software WHERE removed_on IS NULL"
            " AND (category = 'file_sharing' OR approved = 0)"):
        sharing = category == "file_sharing"
        msg = (tr(CTX, "ファイル共有ソフトが記録されています（A14-2）。") if sharing
               else tr(CTX, "業務での使用が承認されていません（A14-2）。"))
        items.append(DueItem("software", rid, product, _day(since) if sharing else None, msg, sharing,
                             "software.unapproved"))
    return items


def _day(stamp) -> dt.date | None:
    """The local day of a stored timestamp (None when it cannot be read)."""
    try:
        return parse_iso(stamp if isinstance(stamp, str) else bytes(stamp).decode()).astimezone().date()
    except (TypeError, ValueError, AttributeError):
        return None


def _title(rec: dict) -> str:
    return " ".join(x for x in (rec.get("product"), rec.get("version")) if x)


#: the records that can carry a flag, one query per kind (see desktop.compliance.items)
FLAG_SCOPE = (
    FlagScope("licences", "removed_on IS NULL AND ifnull(licence_type, '') NOT IN ('free', 'oss')"),
    FlagScope("approval", "removed_on IS NULL AND (category = 'file_sharing' OR " + unset("approved") + ")"),
)


REGISTER = Register(
    slug="software",
    table="software",
    label_ja="ソフトウェア台帳",
    label_en="Software and licences",
    clauses=("A14-1", "A14-2"),
    description_ja="業務で使うソフトウェアとライセンスの台帳。保有ライセンス数とインストール数、業務での使用の承認を記録し、"
                   "ライセンスの超過やファイル共有ソフト・未承認のソフトを知らせます。",
    fields=(
        F("product", Kind.TEXT, "製品名", "Product", required=True, max_length=150),
        F("version", Kind.TEXT, "バージョン", "Version", max_length=50),
        F("vendor", Kind.TEXT, "開発元", "Vendor", max_length=100),
        F("category", Kind.CHOICE, "分類", "Category", required=True, choices=CATEGORIES),
        F("licence_type", Kind.CHOICE, "ライセンスの種類", "Licence type", required=True, choices=LICENCE_TYPES),
        F("licence_no", Kind.TEXT, "ライセンス番号", "Licence number", max_length=100),
        F("licence_proof", Kind.ATTACHMENTS, "ライセンス証書", "Licence certificate"),
        F("licences", Kind.NUMBER, "保有ライセンス数", "Licences held", minimum=0, maximum=100000, unit_ja="本"),
        F("installations", Kind.NUMBER, "インストール数", "Installations", required=True, minimum=0, maximum=100000,
          unit_ja="台"),
        F("installed_on", Kind.REFS, "インストール先の機器", "Installed on", ref="equipment"),
        F("licence_until", Kind.DATE, "ライセンスの有効期限", "Licence valid until"),
        F("approved", Kind.YESNO, "業務での使用を承認", "Approved for business use", default=False),
        F("approved_by", Kind.REF, "承認者", "Approved by", ref="staff"),
        F("removed_on", Kind.DATE, "アンインストール日", "Removed on"),
        note_field(),
    ),
    rules=(
        Rule("installations", "インストール数が、インストール先として選んだ機器の数より少なくなっています。",
             lambda v: v.get("installations") is None or int(v["installations"]) >= len(v.get("installed_on") or [])),
        Rule("approved_by", "業務での使用を承認した場合は承認者を入力してください。", requires("approved", "approved_by")),
        Rule("approved", "ファイル共有ソフトは承認できません（A14-2）。",
             lambda v: not (v.get("approved") and v.get("category") == "file_sharing")),
        Rule("licences", "ライセンスの種類が有償のときは保有ライセンス数を入力してください。",
             lambda v: v.get("licence_type") in UNCOUNTED or v.get("licences") is not None),
        Rule("removed_on", "アンインストールした場合はインストール数を0にしてください。",
             lambda v: v.get("removed_on") is None or not v.get("installations")),
    ),
    list_columns=("product", "version", "category", "licence_type", "licences", "installations", "approved"),
    search_fields=("product", "version", "vendor", "licence_no", "note"),
    natural_key="product",
    duplicate_key=("product", "version", "licence_no"),
    default_sort=("product", False),
    date_field="licence_until",
    status_field="category",
    prepare=_prepare,
    flags=_flags,
    flag_scope=FLAG_SCOPE,
    due=_due,
    title=_title,
    indexes=(
        Index("due_over", "installations", "removed_on IS NULL AND licence_type NOT IN ('free','oss')"
                                            " AND installations > ifnull(licences, 0)"),
        Index("due_unapproved", "product", "removed_on IS NULL AND (category = 'file_sharing' OR approved = 0)"),
    ),
    examples=(
        Example({"product": "Microsoft 365 Apps for business", "version": "2406", "vendor": "Microsoft",
                 "category": "office", "licence_type": "subscription", "licence_no": "M365-HKR-0042",
                 "licences": 10, "installations": 1, "installed_on": [ref("equipment")], "approved": True,
                 "approved_by": ref("staff"), "licence_until": dt.date(2026, 3, 31),
                 "note": "報告書・提出書類の作成に使用（年間契約）"}),
        Example({"product": "ESET Server Security", "version": "11.0", "vendor": "ESET",
                 "category": "security", "licence_type": "subscription", "licence_no": "ESET-SV-7781",
                 "licences": 2, "installations": 2, "installed_on": [ref("equipment"), ref("equipment", 1)],
                 "approved": True, "approved_by": ref("staff"), "licence_until": dt.date(2026, 3, 31),
                 "note": "サーバ2台分（年間契約）"}),
        Example({"product": "7-Zip", "version": "24.07", "vendor": "Igor Pavlov", "category": "other",
                 "licence_type": "oss", "installations": 1, "installed_on": [ref("equipment", 1)],
                 "approved": True, "approved_by": ref("staff", 1), "note": "県から受領した圧縮ファイルの展開に使用"}),
    ),
)
