"""情報セキュリティ対策 自己点検結果報告書 — every clause of the guideline with its status
as derived from the records on a date (A21): a summary table by article first, then each
clause with its evidence (record counts, latest dates, submittal numbers), the reasons of
the clauses marked not applicable and the officer's confirmations."""

from __future__ import annotations

import datetime as dt

from desktop.protocols import VaultLike
from desktop.submittals.forms import FormKind, register
from desktop.submittals.forms._common import contract_phrase, date_text
from desktop.submittals.layout import Column, DataTable, Heading, KeyValue, Para

TITLE = "情報セキュリティ対策 自己点検結果報告書"
# the form prints in Japanese whatever the UI language (a prefecture submittal)
LABELS = {"ok": "充足", "attention": "要対応", "overdue": "期限超過", "no-record": "記録なし",
          "manual": "手動確認", "not-applicable": "対象外"}
ORDER = ("ok", "attention", "overdue", "no-record", "manual", "not-applicable")


def _evidence(f, cal) -> str:
    parts = []
    for r in f.registers:
        text = f"{r.label_ja} {r.records}件"
        if r.latest:
            text += f"（最新 {date_text(r.latest, cal)}）"
        parts.append(text)
    for s in f.submittals:
        parts.append(f"{s.doc_number or '番号なし'} 発行（{date_text(s.doc_date, cal)}）")
    if f.items:
        overdue = sum(1 for i in f.items if i.overdue)
        parts.append(f"要対応 {len(f.items)}件" + (f"（期限超過 {overdue}件）" if overdue else ""))
    if f.mark is not None and f.mark.kind == "confirm":
        parts.append(f"責任者確認 {date_text(f.mark.on_date, cal)}：{f.mark.note}")
    if f.status == "not-applicable" and f.mark is not None:
        parts.append(f"対象外の理由：{f.mark.note}")
    if f.status == "manual" and f.mark is None:
        parts.append("記録では判定できず、責任者の確認が未了")
    if f.note:
        parts.append(f.note)
    return "\n".join(parts) if parts else "記録なし"


def build(vault: VaultLike, head, *, as_of: dt.date):
    from desktop.compliance import catalog, status
    from desktop.registers.service import RegisterService

    cal = head.calendar
    svc = RegisterService(vault, today=lambda: as_of)
    assessment = status.assess(svc, as_of, issued_before=head.created_at)
    counts = assessment.counts()
    summary_rows = []
    for article, c in assessment.by_article():
        summary_rows.append([f"第{article.number}", article.title_ja, *(str(c[s]) if c[s] else "—" for s in ORDER)])
    summary_rows.append(["計", "", *(str(counts[s]) for s in ORDER)])
    clause_rows = []
    for f in assessment.findings:
        clause = catalog.get(f.clause)
        label = LABELS[f.status]
        if f.due is not None and f.status in ("overdue", "attention", "manual", "ok"):
            label += f"\n（期限 {date_text(f.due, cal)}）"
        clause_rows.append([clause.id, clause.text_ja, label, _evidence(f, cal)])
    na = [f for f in assessment.findings if f.status == "not-applicable"]
    confirmations = [f for f in assessment.findings if f.mark is not None and f.mark.kind == "confirm"]
    items = [
        KeyValue([
            ("点検基準日", date_text(as_of, cal)),
            ("点検した条項", f"{len(assessment.findings)}項目（第3〜第22）"),
            ("結果の概要", "、".join(f"{LABELS[s]} {counts[s]}" for s in ORDER)),
        ], numbered=True),
        Heading("4　条ごとの集計"),
        DataTable([Column("条", 0.5, "center"), Column("表題", 1.7),
                   *(Column(LABELS[s], 0.62, "right") for s in ORDER)], summary_rows, font_size=8.5),
        Heading("5　条項ごとの結果"),
        DataTable([Column("条項", 0.75), Column("内容", 2.1), Column("結果", 0.8, "center"), Column("根拠", 2.6)],
                  clause_rows, font_size=7.5),
        Heading("6　対象外とした条項"),
        DataTable([Column("条項", 0.75), Column("理由", 3.5), Column("記録日・記録者", 1.3)],
                  [[f.clause, f.mark.note, f"{date_text(f.mark.on_date, cal)}\n{f.mark.by_user}"]
                   for f in na if f.mark is not None],
                  font_size=8, empty_text="該当なし"),
        Heading("7　責任者による確認"),
        DataTable([Column("条項", 0.75), Column("確認の内容", 3.5), Column("確認日・確認者", 1.3)],
                  [[f.clause, f.mark.note, f"{date_text(f.mark.on_date, cal)}\n{f.mark.by_user}"]
                   for f in confirmations if f.mark is not None],
                  font_size=8, empty_text="該当なし"),
    ]
    body = [Para(f"{contract_phrase(head.contract)}における情報セキュリティ対策の実施状況を、"
                 f"{date_text(as_of, cal)}時点の台帳の記録に基づき自己点検しましたので、下記のとおり報告します。"
                 "「記録なし」は当該事項の記録が台帳にないもの、「手動確認」は記録では判定できず責任者が確認する事項です。")]
    return head.document(title=TITLE, body=body, items=items)


KIND = register(FormKind(
    slug="self-assessment",
    title=TITLE,
    params=frozenset({"as_of"}),
    clauses=("A21",),
    build=build,
    description="基準日時点の台帳の記録から、要領の各条項の実施状況をまとめた自己点検の報告書です。",
    order=190,
))
