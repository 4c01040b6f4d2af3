# ruff: noqa: N802 - test names carry the clause IDs (A3-2-5 …) as written
"""Issue 10's forms rendered from register data and read back (pypdf): the permission
application, the media transport report, the erasure record with the witness, the media
register and the brought-in device check."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest

from desktop.registers import definitions, examples
from desktop.registers.service import RegisterService
from desktop.submittals import forms, service

AT = dt.datetime(2025, 7, 10, 10, 0).astimezone()
TODAY = dt.date(2025, 7, 10)
MINE = ["media", "permissions", "media-events", "equipment-moves", "disposals", "brought-in"]
DEPS = ["staff", "equipment"]
#: set DAICHO_FORM_PNG_DIR to keep the rendered PDFs for a look at their page images
KEEP = os.environ.get("DAICHO_FORM_PNG_DIR")


def at(y, m, d, hh=9, mm=0):
    return dt.datetime(y, m, d, hh, mm).astimezone()


def flat_pages(pdf: bytes) -> str:
    from pypdf import PdfReader

    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def keep(name: str, pdf: bytes) -> None:
    if KEEP:
        Path(KEEP).mkdir(parents=True, exist_ok=True)
        (Path(KEEP) / f"{name}.pdf").write_bytes(pdf)


@pytest.fixture
def filled(vault):
    svc = RegisterService(vault, today=lambda: TODAY)
    ids = examples.store(svc, [definitions.get(s) for s in DEPS + MINE])
    return svc, ids


def test_forms_are_registered_with_their_clauses():
    assert forms.get("permission-application").record_register == "permissions"
    assert "A18" in forms.get("permission-application").clauses
    assert forms.get("media-transport-report").clauses == ("A3-2-5",)
    assert {"A3-2-6", "A3-2-7", "A7-1", "A7-2"} <= set(forms.get("erasure-certificate").clauses)
    assert forms.get("media-register").params == frozenset({"as_of"})
    assert "A8-2" in forms.get("brought-in-check").clauses


def test_A3_2_2_permission_application_lists_items_with_the_kind_wording(vault, filled):
    svc, ids = filled
    pid = ids["permissions"][0]
    svc.update("permissions", pid, {"equipment": [ids["equipment"][0]], "media": ids["media"]})
    issued = service.issue(vault, "permission-application", {"record": pid}, at=AT, confirmed=True)
    keep("permission-application", issued.pdf)
    text = flat_pages(issued.pdf)
    assert "許可申請書" in text and "外部記憶媒体の複製、送付、持出し又は廃棄を行うこと" in text
    for word in (
        "住民記録データのUSBメモリによる県庁への運搬",
        "MD-001",
        "MD-002",
        "SV-001",
        "山田太郎",
        "委申2025-012",
    ):
        assert word in text, word
    draft = svc.create(
        "permissions",
        {
            "kind": "test_data",
            "subject": "本番データを用いた移行テスト",
            "purpose": "移行プログラムの検証",
            "period_from": dt.date(2025, 8, 1),
        },
    )
    text = flat_pages(service.issue(vault, "permission-application", {"record": draft}, at=AT, confirmed=True).pdf)
    assert "本番の業務データを試験用のデータとして使用すること" in text and "終了日の定めなし" in text
    assert "個別の対象は定めていません" in text


def test_A3_2_5_transport_report_states_responsibility_and_procedure(vault, filled):
    svc, ids = filled
    ev = svc.create(
        "media-events",
        {
            "medium": ids["media"][0],
            "kind": "transport",
            "at": at(2025, 6, 18, 13),
            "person": ids["staff"][0],
            "purpose": "移行データの県庁への運搬",
            "destination": "石川県庁 情報政策課",
            "permission": ids["permissions"][0],
            "transport_reported": True,
            "transport_procedure": "運搬は従事者2名で行い、媒体は施錠したケースに入れて常に携行する。\n"
            "県庁到着後、情報政策課の担当者に手渡し、受領印をもらう。",
        },
    )
    issued = service.issue(vault, "media-transport-report", {"record": ev}, at=AT, confirmed=True)
    keep("media-transport-report", issued.pdf)
    text = flat_pages(issued.pdf)
    for word in ("外部記憶媒体の運搬に係る責任範囲及び手順報告", "MD-001", "施錠したケース", "情政第845号", "暗号化"):
        assert word in text, word
    assert forms.get("media-transport-report").checks(vault, None, record=ev) == []


def test_A3_2_6_A7_1_erasure_record_lists_media_and_equipment_with_the_witness(vault, filled):
    svc, ids = filled
    svc.create(
        "media-events",
        {
            "medium": ids["media"][1],
            "kind": "disposal",
            "at": at(2025, 6, 25, 15),
            "person": ids["staff"][0],
            "purpose": "照合用DVD-Rの廃棄",
            "permission": ids["permissions"][0],
            "erasure_method": "physical",
            "witness_name": "石川 一郎",
            "witness_section": "情報政策課",
        },
    )
    svc.update(
        "disposals",
        ids["disposals"][0],
        {"done_on": dt.date(2025, 6, 30), "completed": True, "software_uninstalled": False},
    )
    issued = service.issue(
        vault, "erasure-certificate", {"period": (dt.date(2025, 6, 1), dt.date(2025, 6, 30))}, at=AT, confirmed=True
    )
    keep("erasure-certificate", issued.pdf)
    text = flat_pages(issued.pdf)
    for word in (
        "データ消去・破壊実施記録（立会記録）",
        "MD-002",
        "物理的破壊",
        "石川一郎",
        "SV-001",
        "BlanccoDriveEraser7",
        "リース返却",
    ):
        assert word in text, word
    kind = forms.get("erasure-certificate")
    msgs = kind.checks(vault, None, period=(dt.date(2025, 6, 1), dt.date(2025, 6, 30)))
    assert any("アンインストール" in m for m in msgs) and any("立会者" in m for m in msgs)


def test_A3_2_1_media_register_lists_users_storage_and_use_permission(vault, filled):
    svc, ids = filled
    issued = service.issue(vault, "media-register", {"as_of": TODAY}, at=AT, confirmed=True)
    keep("media-register", issued.pdf)
    text = flat_pages(issued.pdf)
    for word in (
        "外部記憶媒体管理台帳",
        "MD-001",
        "施錠キャビネットA-2",
        "山田太郎",
        "鈴木花子",
        "令和7年度外部記憶媒体の使用",
    ):
        assert word in text, word


def test_A8_2_brought_in_check_shows_the_checklist_and_who_confirmed(vault, filled):
    svc, ids = filled
    issued = service.issue(vault, "brought-in-check", {"record": ids["brought-in"][0]}, at=AT, confirmed=True)
    keep("brought-in-check", issued.pdf)
    text = flat_pages(issued.pdf)
    for word in (
        "持込機器セキュリティ確認票",
        "保守用ノートPC",
        "ESETEndpointSecurity",
        "確認済",
        "山田太郎",
        "個人所有の機器でないこと",
    ):
        assert word in text, word
    msgs = forms.get("brought-in-check").checks(vault, None, record=ids["brought-in"][0])
    assert any("許可" in m for m in msgs)
