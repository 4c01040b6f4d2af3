"""Backup passphrases (issue 8, item 9): password strength rules, never a login password,
a generator (≥ 80 bits, typed the same on a JIS and a US keyboard) and a printable sheet."""

from __future__ import annotations

import datetime as dt
import io
import math
import re

import pytest
from pypdf import PdfReader

from desktop.accounts import policy as pw
from desktop.backup import export_backup, verify_backup
from desktop.backup import passphrase as bp
from desktop.backup.service import BackupService
from desktop.cli.main import main
from desktop.errors import ValidationError
from desktop.submittals import forms
from desktop.submittals.forms.passphrase_sheet import render_passphrase_sheet
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD
from tests.desktop.backup.conftest import OFFICER_PASSWORD, PASSPHRASE, add_officer


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _key_text(text: str) -> str:
    """The drawn key without layout: no whitespace, no group numbers."""
    return re.sub(r"\(\d\)", "", re.sub(r"\s+", "", text))


@pytest.mark.parametrize(("weak", "reason"), [
    ("short-1", "12 文字以上"),
    ("passwordpassword", "推測されやすい"),
    ("  Noto-Peninsula-Wind-7294", "空白"),
])
def test_weak_passphrase_refused_with_its_reason(vault, tmp_path, weak, reason):
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(ValidationError) as info:
        export_backup(vault, out / "b.daicho-backup", weak)
    assert reason in str(info.value) and "このパスワードは使えません" in str(info.value)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("whose", ["officer", "admin"])
def test_a_users_login_password_is_refused(vault, tmp_path, whose):
    add_officer(vault)
    password = OFFICER_PASSWORD if whose == "officer" else ADMIN_PASSWORD
    pw.check_password(password, ADMIN_ID, pw.Policy.from_vault(vault.conn))   # strong enough by itself
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(ValidationError) as info:
        export_backup(vault, out / "b.daicho-backup", password)
    assert "ログインパスワードと同じ" in str(info.value)
    assert "tanaka" not in str(info.value)   # the message names no user
    assert list(out.iterdir()) == []
    export_backup(vault, out / "ok.daicho-backup", PASSPHRASE)   # another passphrase is fine


def test_generated_passphrases_have_the_expected_entropy_and_are_accepted(vault):
    assert len(bp.ALPHABET) == len(set(bp.ALPHABET)) == 31
    assert not set(bp.ALPHABET) & set("ilo01ABCDEFGHIJKLMNOPQRSTUVWXYZ")   # unambiguous, no Shift
    assert bp.ENTROPY_BITS == pytest.approx(20 * math.log2(31)) and bp.ENTROPY_BITS >= 80
    policy = pw.Policy.from_vault(vault.conn)
    made = [bp.generate_passphrase() for _ in range(300)]
    assert len(set(made)) == len(made)
    for p in made:
        assert bp.is_generated_form(p) and re.fullmatch(r"([a-z2-9]{4}-){4}[a-z2-9]{4}", p)
    for p in made[:30]:
        bp.check_strength(p, policy, user_id=ADMIN_ID)
    seen = "".join(made).replace("-", "")
    assert set(seen) == set(bp.ALPHABET)   # every symbol is used …
    counts = [seen.count(c) for c in bp.ALPHABET]
    assert max(counts) < 2.5 * min(counts)   # … about equally often (6000 draws, ~194 each)


def test_generated_passphrase_makes_a_backup_that_verifies(vault, tmp_path):
    generated = BackupService(vault).generate_passphrase()
    result = export_backup(vault, tmp_path / "b.daicho-backup", generated)
    assert verify_backup(result.path, generated).vault_id == vault.vault_id


def test_sheet_pdf_contains_the_passphrase_and_nothing_in_its_metadata(vault):
    generated = bp.generate_passphrase()
    data = BackupService(vault).passphrase_sheet(generated, backup_name="daicho-backup-20260401.daicho-backup")
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = _pdf_text(data)
    assert "バックアップ パスフレーズ保管票" in text and "daicho-backup-20260401.daicho-backup" in text
    assert generated in _key_text(text)   # every hyphen drawn: the groups are on one line
    assert generated not in repr(reader.metadata) and generated.encode() not in data.split(b"stream")[0]
    assert "passphrase_sheet" not in forms.load_all()


def test_sheet_only_for_generated_passphrases():
    with pytest.raises(ValidationError):
        render_passphrase_sheet(office_name="x", passphrase=PASSPHRASE, created_at=dt.date(2026, 4, 1))


def test_cli_generate_passphrase_and_sheet(vault, tmp_path):
    path = vault.path
    vault.close()
    target, sheet = tmp_path / "b.daicho-backup", tmp_path / "sheet.pdf"
    out, err = io.StringIO(), io.StringIO()
    code = main(["--vault", str(path), "--user", ADMIN_ID, "--password-stdin", "backup", "export", str(target),
                 "--generate-passphrase", "--passphrase-sheet", str(sheet)],
                stdin=io.StringIO(f"{ADMIN_PASSWORD}\n"), stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    (generated,) = re.findall(r"([a-z2-9]{4}(?:-[a-z2-9]{4}){4})", out.getvalue())
    assert out.getvalue().count(generated) == 1   # printed once
    assert generated not in err.getvalue()
    verify_backup(target, generated)
    assert generated in _key_text(_pdf_text(sheet.read_bytes()))
    code = main(["--vault", str(path), "--user", ADMIN_ID, "--password-stdin", "backup", "export", str(target),
                 "--passphrase-sheet", str(sheet)],
                stdin=io.StringIO(f"{ADMIN_PASSWORD}\n{PASSPHRASE}\n"), stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 2
