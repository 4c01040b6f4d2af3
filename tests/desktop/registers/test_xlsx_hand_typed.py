"""A workbook typed by hand in an office (issue 16, "Done means"): not made by our exporter.

The cells are written the way a spreadsheet stores what a person types: a title row above
the header (merged across the columns), header labels with spaces, full-width brackets and a
required mark, blank rows, text with trailing spaces, 和暦 dates typed as text in three ways
(令和7年4月1日, R7.4.1, Ｒ７．４．１), dates that the spreadsheet recognised (date cells with
Japanese number formats, one of them the 和暦 format), a date-time typed as 和暦 text, full-width
digits in a number and in a choice. Each must import with no edit."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from desktop.registers.service import RegisterService


def _book(title: str, sheet: str, header: list, rows: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = title
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    # row 2 left empty, the header on row 3, as offices lay out their registers
    for c, label in enumerate(header, 1):
        ws.cell(3, c, label)
    r = 4
    for row in rows:
        if row is None:          # a blank row between records
            r += 1
            continue
        for c, value in enumerate(row, 1):
            if isinstance(value, tuple):   # (value, number format): a cell the spreadsheet recognised
                cell = ws.cell(r, c, value[0])
                cell.number_format = value[1]
            elif value is not None:
                ws.cell(r, c, value)
        r += 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


WAREKI_FORMAT = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'
NENGAPPI = 'yyyy"年"m"月"d"日"'


@pytest.fixture
def service(vault):
    return RegisterService(vault)


def test_staff_typed_by_hand_imports_with_no_edits(service):
    header = ["氏　名", " ふりがな", "所 属", "担当業務", "契約期間(開始)", "契約期間(終了)", "※名札・身分証番号",
              "名札・身分証の交付日", "従事開始日", "備考"]
    rows = [
        ["山田 太郎 ", "やまだ たろう", "システム開発部", "運用保守", (dt.datetime(2025, 4, 1), NENGAPPI),
         "令和8年3月31日", "Ｂ－００１", "R7.4.1", "Ｒ７．４．１", "  "],
        None,
        ["鈴木　花子", "すずき はなこ", "運用部 ", "データ交換担当", (dt.datetime(2025, 4, 1), WAREKI_FORMAT),
         "R8.3.31", "B-002", (dt.datetime(2025, 4, 1), "yyyy/m/d"), "令和7年4月1日", "４月から従事"],
        None,
        None,
    ]
    data = _book("従事者名簿（令和7年4月1日現在）", "Sheet1", header, rows)
    preview = service.preview_import("staff", data, name="従事者名簿.xlsx")
    assert preview.ok, preview.issue_lines()
    assert len(preview.records) == 2 and preview.lines == [4, 6]
    service.commit_import(preview)
    yamada = service.get("staff", 1)
    assert yamada["name"] == "山田 太郎"
    assert yamada["contract_from"] == dt.date(2025, 4, 1) and yamada["contract_to"] == dt.date(2026, 3, 31)
    assert yamada["badge_issued_on"] == dt.date(2025, 4, 1) and yamada["started_on"] == dt.date(2025, 4, 1)
    assert yamada["note"] is None
    suzuki = service.get("staff", 2)
    assert suzuki["name"] == "鈴木　花子" and suzuki["affiliation"] == "運用部"
    assert suzuki["contract_from"] == dt.date(2025, 4, 1) and suzuki["contract_to"] == dt.date(2026, 3, 31)
    assert suzuki["badge_issued_on"] == dt.date(2025, 4, 1) and suzuki["started_on"] == dt.date(2025, 4, 1)


def test_exchanges_typed_by_hand_import_with_no_edits(service):
    service.create("staff", {"name": "鈴木 花子"})
    header = ["交換予定日", "交換日時", "相 手 方", "送受の別", "交換方法", "保存領域", "交換データの内容", "ファイル名",
              "相手方申告のファイルサイズ", "実施者", "削除確認日", "確認者", "第三者への提供"]
    rows = [
        [(dt.datetime(2025, 4, 1), WAREKI_FORMAT), (dt.datetime(2025, 4, 1, 10, 30), "yyyy/m/d h:mm"),
         "県 情報政策課 ", "送付（提供）", "LGWAN", "交換用共有フォルダ", "住民データ（4月分） ", "jumin_202504.zip",
         1234567, "鈴木 花子", "R7.4.8", "鈴木 花子", "いいえ"],
        [None, None, None, None, None, None, None, None, None, None, None, None, None],
        ["令和7年5月1日", "令和7年5月1日 14:00", "県　情報政策課", "受領 ", "ＬＧＷＡＮ", "交換用共有フォルダ",
         "課税データ（5月分）", "kazei_202505.zip", "１２３４５６", "鈴木　花子", "Ｒ７．５．９", "鈴木 花子 ", "×"],
        ["Ｒ７．６．２", "Ｒ７．６．２　９：１５", "県 情報政策課", "送付(提供)", "SFTP", "交換用共有フォルダ",
         "住民データ（6月分）", None, None, "鈴木 花子", None, None, None],
    ]
    data = _book("令和7年度 データ交換記録簿", "交換記録", header, rows)
    preview = service.preview_import("exchanges", data, name="交換記録.xlsx")
    assert preview.ok, preview.issue_lines()
    assert preview.lines == [4, 6, 7]
    ids = service.commit_import(preview)
    first, second, third = (service.get("exchanges", i) for i in ids)
    local = dt.datetime(2025, 4, 1, 10, 30).astimezone()
    assert first["exchanged_at"] == local and first["planned_on"] == dt.date(2025, 4, 1)
    assert first["counterpart"] == "県 情報政策課" and first["content"] == "住民データ（4月分）"
    assert first["reported_size"] == 1234567 and first["direction"] == "send" and first["deleted_on"] == dt.date(2025, 4, 8)
    assert second["exchanged_at"] == dt.datetime(2025, 5, 1, 14, 0).astimezone()
    assert second["method"] == first["method"] and second["reported_size"] == 123456
    assert second["handled_by"] == first["handled_by"] == 1  # 鈴木　花子 with a full-width space is the same person
    assert second["third_party"] is False and second["deleted_on"] == dt.date(2025, 5, 9)
    assert third["planned_on"] == dt.date(2025, 6, 2) and third["exchanged_at"] == dt.datetime(2025, 6, 2, 9, 15).astimezone()
    assert third["direction"] == "send"


def test_wareki_out_of_range_in_a_typed_date_time_says_why(service):
    header = ["相手方", "送受の別", "交換方法", "保存領域", "交換データの内容", "交換日時"]
    data = _book("記録簿", "交換記録", header, [["県", "受領", "LGWAN", "共有", "データ", "令和1年1月1日 10:00"]])
    preview = service.preview_import("exchanges", data, name="x.xlsx")
    (issue,) = preview.issues
    assert issue.line == 4 and issue.column.endswith("交換日時") and "令和" in issue.message


def test_a_sheet_whose_title_rows_name_no_column_reports_the_first_row(service):
    data = _book("従事者名簿", "Sheet1", ["名前", "部署"], [["山田 太郎", "開発部"]])
    preview = service.preview_import("staff", data, name="x.xlsx")
    assert not preview.ok
    messages = preview.issue_lines()
    assert any("必須の列「氏名」がありません" in m for m in messages), messages
