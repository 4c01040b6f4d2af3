"""Fixtures for the submittal engine: fonts, realistic Japanese documents, PDF tools."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.submittals.fonts import FontSet, default_fonts
from desktop.submittals.layout import (
    Applicant,
    Column,
    Contact,
    DataTable,
    Heading,
    KeyValue,
    Para,
    Section,
    SubmittalDocument,
)

OFFICE = {
    "office.name": "株式会社北陸情報サービス",
    "office.address": "石川県金沢市広坂一丁目1番1号 金沢広坂ビル5階",
    "office.representative": "代表取締役　山田 太郎",
    "office.contact_person": "情報セキュリティ推進室 佐藤 花子",
    "office.phone": "076-123-4567",
    "office.email": "security@hokuriku-info.example.jp",
}

EXCHANGE_COLUMNS = [
    Column("相手方", 1.3),
    Column("日時", 1.0),
    Column("方法", 1.1),
    Column("内容", 2.0),
    Column("サイズ", 0.7, "right"),
    Column("SHA-256", 1.6),
    Column("削除確認", 0.8, "center"),
]


def exchange_rows(n: int) -> list[list[str]]:
    methods = [
        "暗号化USBメモリ",
        "LGWAN-ASP経由のファイル転送（パスワード付き）",
        "手渡し（施錠ケース）",
    ]
    rows = []
    for i in range(n):
        rows.append(
            [
                f"石川県総務部デジタル推進監室{i % 5 + 1}",
                f"2025-{(i // 28) % 12 + 1:02d}-{i % 28 + 1:02d} {9 + i % 8}:{i % 60:02d}",
                methods[i % 3],
                "委託業務に係る個人情報を含むデータ（住民基本台帳の写し）の受領。" * (1 + i % 2),
                f"{(i * 7919) % 100000:,} KB",
                f"{(i * 0x9E3779B97F4A7C15) % (1 << 256):064x}",
                "済" if i % 2 else "未",
            ]
        )
    return rows


def make_document(rows: int = 200, **overrides) -> SubmittalDocument:
    fields = dict(
        title="個人情報の取扱状況に関する報告書",
        date=dt.date(2025, 4, 1),
        applicant=Applicant.from_settings(OFFICE),
        doc_number="北情第12号",
        body=[
            Para(
                "令和6年度石川県住民情報システム運用保守業務委託契約書第15条の規定に基づき、"
                "個人情報の取扱状況について、下記のとおり報告します。"
            )
        ],
        items=[
            KeyValue(
                [
                    ("委託業務名", "令和6年度石川県住民情報システム運用保守業務"),
                    ("契約期間", "令和6年4月1日から令和7年3月31日まで"),
                ],
                numbered=True,
            ),
            Heading("3　データの授受の記録"),
            DataTable(EXCHANGE_COLUMNS, exchange_rows(rows)),
            Section(
                "4　特記事項",
                "特になし。\n\n軽微な誤送信事案（外部への漏えいなし）は別途報告済み。",
            ),
        ],
        contact=Contact.from_settings(OFFICE),
        seal_boxes=("責任者", "担当者"),
        created_at=dt.datetime(2025, 4, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))),
    )
    fields.update(overrides)
    return SubmittalDocument(**fields)


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    return default_fonts()


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def pdftotext(path: Path, *args: str) -> str:
    exe = _need("pdftotext")
    out = subprocess.run(
        [exe, "-enc", "UTF-8", *args, str(path), "-"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def pdffonts(path: Path) -> list[list[str]]:
    exe = _need("pdffonts")
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()[2:]  # header and ruler
    return [line.split() for line in lines if line.strip()]


@pytest.fixture(scope="session")
def big_pdf(fonts, tmp_path_factory) -> tuple[Path, bytes]:
    """The 200-row sample document, rendered once for the tests that only read it."""
    from desktop.submittals.layout import render_pdf, write_pdf

    data = render_pdf(make_document(), fonts)
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    write_pdf(path, data)
    return path, data
