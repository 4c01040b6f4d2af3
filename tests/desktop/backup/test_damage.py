"""Every kind of bad backup is refused by verify AND by restore, each with its own message,
and nothing is restored."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.backup import (
    BackupDamaged,
    BackupError,
    BackupTooNew,
    BackupTruncated,
    NotABackup,
    WrongPassphrase,
    WrongPassphraseOrDamaged,
    export_backup,
    list_history,
    restore_backup,
    verify_backup,
)
from desktop.backup import format as fmt
from desktop.errors import DaichoError
from desktop.vault import crypto, migrations
from desktop.vault.vault import create_vault
from tests.conftest import ADMIN_ID, ADMIN_PASSWORD, OFFICE
from tests.desktop.backup.conftest import PASSPHRASE, add_attachments


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    """One real backup (made once for the module; tests damage copies of it)."""
    folder = tmp_path_factory.mktemp("good")
    vault, _ = create_vault(folder / "v" / "daicho.vault", office=OFFICE, admin_id=ADMIN_ID, admin_name="管理",
                            admin_password=ADMIN_PASSWORD, binding=False, kdf=crypto.TEST_KDF)
    try:
        add_attachments(vault, sizes=(0, 10, 5000, 70_000))
        return export_backup(vault, folder / "good.daicho-backup", PASSPHRASE).path
    finally:
        vault.close()


def _refused_everywhere(bad: Path, tmp: Path, passphrase: str = PASSPHRASE) -> BackupError:
    with pytest.raises(DaichoError) as verr:
        verify_backup(bad, passphrase)
    target = tmp / "restored" / "daicho.vault"
    with pytest.raises(DaichoError) as rerr:
        restore_backup(bad, passphrase, target, user_id=ADMIN_ID, password=ADMIN_PASSWORD)
    assert type(verr.value) is type(rerr.value)
    assert not target.exists() and not Path(f"{target}.keys").exists()
    assert not target.parent.exists() or [p for p in target.parent.iterdir() if not p.name.endswith(".lock")] == []
    return verr.value


def _copy(good: Path, tmp: Path, name: str = "bad.daicho-backup") -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    dst = tmp / name
    shutil.copyfile(good, dst)
    return dst


def test_good_backup_passes(good):
    assert verify_backup(good, PASSPHRASE).counts["test_attachments"] == 5


def test_wrong_passphrase(good, tmp_path):
    err = _refused_everywhere(good, tmp_path, "Wrong-Passphrase-Here-99")
    assert isinstance(err, WrongPassphraseOrDamaged)
    assert "パスフレーズが違うか" in str(err) and "壊れて" in str(err)


def test_history_tells_wrong_passphrase_from_damage(good, tmp_path, make_vault):
    vault, _ = make_vault()
    result = export_backup(vault, tmp_path / "out" / "b.daicho-backup", PASSPHRASE)
    history = list_history(vault.conn)
    with pytest.raises(WrongPassphrase) as exc:
        verify_backup(result.path, "Wrong-Passphrase-Here-99", history=history)
    assert "変更されていません" in str(exc.value)
    data = bytearray(result.path.read_bytes())
    data[100] ^= 0x40   # page 1
    result.path.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged) as exc:
        verify_backup(result.path, PASSPHRASE, history=history)
    assert exc.value.check == "changed"


def test_changed_byte_names_the_page(good, tmp_path):
    bad = _copy(good, tmp_path)
    data = bytearray(bad.read_bytes())
    page = len(data) // fmt.PAGE_SIZE // 2
    data[page * fmt.PAGE_SIZE + 777] ^= 0x01
    bad.write_bytes(bytes(data))
    err = _refused_everywhere(bad, tmp_path)
    assert isinstance(err, BackupDamaged) and err.check == "page-auth"
    assert f"ページ {page + 1}" in str(err)


@pytest.mark.parametrize("cut", ["page", "mid-page", "tiny", "empty"])
def test_truncation(good, tmp_path, cut):
    bad = _copy(good, tmp_path)
    size = bad.stat().st_size
    length = {"page": size - 3 * fmt.PAGE_SIZE, "mid-page": size - 1000, "tiny": 1000, "empty": 0}[cut]
    with open(bad, "r+b") as fh:
        fh.truncate(length)
    err = _refused_everywhere(bad, tmp_path)
    assert isinstance(err, BackupTruncated), err
    assert "途中で切れて" in str(err) or "空" in str(err)


def test_not_a_backup(good, tmp_path, vault):
    cases = {}
    plain = tmp_path / "plain.db"
    c = sqlite3.connect(plain)
    c.execute("CREATE TABLE t (x)")
    c.commit()
    c.close()
    cases["plain"] = plain
    text = tmp_path / "notes.txt"
    text.write_text("これは普通のテキストファイルです。\n" * 500, encoding="utf-8")
    cases["text"] = text
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 300)
    cases["pdf"] = pdf
    cases["vault"] = vault.path
    other = tmp_path / "other.db"   # a SQLCipher file with this passphrase, but not ours
    c = fmt.connect_backup(other, PASSPHRASE, readonly=False)
    c.execute("CREATE TABLE t (x)")
    c.close()
    cases["sqlcipher"] = other
    for name, path in cases.items():
        err = _refused_everywhere(path, tmp_path / name)
        assert isinstance(err, NotABackup), (name, err)


def _edit_manifest(path: Path, **changes) -> None:
    c = fmt.connect_backup(path, PASSPHRASE, readonly=False)
    for k, v in changes.items():
        c.execute(f"UPDATE {fmt.MANIFEST_TABLE} SET value = ? WHERE key = ?", (json.dumps(v), k))
    c.close()


@pytest.mark.parametrize("field", ["schema_version", "format_version"])
def test_newer_than_this_app(good, tmp_path, field):
    bad = _copy(good, tmp_path)
    newer = (migrations.latest_version() if field == "schema_version" else fmt.FORMAT_VERSION) + 1
    _edit_manifest(bad, **{field: newer})
    err = _refused_everywhere(bad, tmp_path)
    assert isinstance(err, BackupTooNew) and "新しい版" in str(err)


def test_rows_removed_with_the_passphrase(good, tmp_path):
    bad = _copy(good, tmp_path)
    c = fmt.connect_backup(bad, PASSPHRASE, readonly=False)
    c.execute("DELETE FROM test_attachments WHERE id = 2")
    c.close()
    err = _refused_everywhere(bad, tmp_path)
    assert isinstance(err, BackupDamaged) and err.check == "counts"
    assert "test_attachments" in str(err)


def test_audit_tail_removed_with_the_passphrase(good, tmp_path):
    bad = _copy(good, tmp_path)
    c = fmt.connect_backup(bad, PASSPHRASE, readonly=False)
    c.execute("DROP TRIGGER audit_log_no_delete")
    n = c.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    c.execute("DELETE FROM audit_log WHERE seq = ?", (n,))
    counts = json.loads(c.execute(f"SELECT value FROM {fmt.MANIFEST_TABLE} WHERE key = 'counts'").fetchone()[0])
    counts["audit_log"] -= 1
    c.execute(f"UPDATE {fmt.MANIFEST_TABLE} SET value = ? WHERE key = 'counts'", (json.dumps(counts),))
    c.execute("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'x'); END")
    c.close()
    err = _refused_everywhere(bad, tmp_path)
    assert isinstance(err, BackupDamaged) and err.check == "audit-chain"


_hyp = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_hyp
@given(data=st.data())
def test_random_byte_flips_are_refused(good, tmp_path_factory, data):
    size = good.stat().st_size
    flips = data.draw(st.lists(st.tuples(st.integers(0, size - 1), st.integers(1, 255)), min_size=1, max_size=4,
                                  unique_by=lambda f: f[0]))
    tmp = tmp_path_factory.mktemp("flip")
    bad = _copy(good, tmp)
    raw = bytearray(bad.read_bytes())
    for offset, xor in flips:
        raw[offset] ^= xor
    bad.write_bytes(bytes(raw))
    err = _refused_everywhere(bad, tmp)
    assert isinstance(err, (BackupDamaged, WrongPassphraseOrDamaged, NotABackup)), err


@_hyp
@given(data=st.data())
def test_random_truncations_are_refused(good, tmp_path_factory, data):
    size = good.stat().st_size
    length = data.draw(st.integers(0, size - 1))
    tmp = tmp_path_factory.mktemp("cut")
    bad = _copy(good, tmp)
    with open(bad, "r+b") as fh:
        fh.truncate(length)
    err = _refused_everywhere(bad, tmp)
    assert isinstance(err, (BackupTruncated, NotABackup)), err


@pytest.fixture
def fast_kdf(monkeypatch):
    """The passphrase's PBKDF2 run once per (passphrase, salt) — many verifications below."""
    import functools

    monkeypatch.setattr(fmt, "derive_key", functools.lru_cache(maxsize=8)(fmt.derive_key))


def _flip(src: Path, dst: Path, page: int, offset: int = 1234) -> Path:
    raw = bytearray(src.read_bytes())
    raw[(page - 1) * fmt.PAGE_SIZE + offset] ^= 0x20
    dst.write_bytes(bytes(raw))
    return dst


@pytest.mark.heavy
def test_a_changed_byte_in_any_page_is_refused(good, tmp_path, fast_kdf):
    """Exhaustively: one changed byte in each page of the file, one page at a time. (The
    verification authenticates pages through integrity_check's own reads; this proves no
    page escapes it.)"""
    pages = good.stat().st_size // fmt.PAGE_SIZE
    assert pages > 20
    for page in range(1, pages + 1):
        bad = _flip(good, tmp_path / "bad.daicho-backup", page)
        with pytest.raises(DaichoError) as err:
            verify_backup(bad, PASSPHRASE)
        assert isinstance(err.value, (BackupDamaged, WrongPassphraseOrDamaged)), (page, err.value)
        if page > 1:
            assert isinstance(err.value, BackupDamaged) and err.value.check == "page-auth", (page, err.value)
            assert f"ページ {page}" in str(err.value), page


@pytest.mark.heavy
def test_free_pages_are_authenticated_too(good, tmp_path, fast_kdf):
    """integrity_check never reads free-list leaf pages: a backup that has some (not one an
    export writes, but a valid file) gets every page authenticated by cipher_integrity_check."""
    spaced = _copy(good, tmp_path, "free.daicho-backup")
    c = fmt.connect_backup(spaced, PASSPHRASE, readonly=False)
    before = c.execute("PRAGMA page_count").fetchone()[0]
    c.execute("CREATE TABLE scratch (data BLOB)")
    c.execute("INSERT INTO scratch VALUES (zeroblob(200000))")
    c.execute("DROP TABLE scratch")
    after = c.execute("PRAGMA page_count").fetchone()[0]
    assert c.execute("PRAGMA freelist_count").fetchone()[0] > 40
    c.close()
    timings: dict = {}
    verify_backup(spaced, PASSPHRASE, timings=timings)   # a valid file with free pages passes
    assert "cipher_integrity_check" in timings
    for page in (before + 5, (before + after) // 2, after):
        bad = _flip(spaced, tmp_path / "bad.daicho-backup", page)
        with pytest.raises(BackupDamaged) as err:
            verify_backup(bad, PASSPHRASE)
        assert err.value.check == "page-auth" and f"ページ {page}" in str(err.value)


def test_a_backup_as_exported_is_verified_in_one_pass(good):
    """No free pages, every page counted: integrity_check's reads authenticate every page,
    so the file is not read a second time by cipher_integrity_check."""
    timings: dict = {}
    verify_backup(good, PASSPHRASE, timings=timings)
    assert "integrity_check" in timings and "cipher_integrity_check" not in timings
    c = fmt.connect_backup(good, PASSPHRASE)
    assert c.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert c.execute("PRAGMA page_count").fetchone()[0] * fmt.PAGE_SIZE == good.stat().st_size
    c.close()


def test_a_real_pdf_is_not_a_backup_not_truncated(tmp_path):
    """A real submittal-engine PDF (compressed, embedded font: it looks random) and a ZIP of
    random bytes are reported as "not a backup file", whatever their size — also by the CLI."""
    import io
    import random
    import zipfile

    from desktop.cli.main import main
    from desktop.submittals.forms.recovery_sheet import render_recovery_sheet

    data = render_recovery_sheet(office_name="株式会社テスト", vault_path="/tmp/daicho.vault",
                                 recovery_key="ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789",
                                 created_at=__import__("datetime").date(2026, 4, 1))
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(data)
    padded = tmp_path / "padded.pdf"   # a multiple of the page size: not "truncated" either
    padded.write_bytes(data + random.Random(3).randbytes(-len(data) % fmt.PAGE_SIZE + fmt.PAGE_SIZE))
    archive = tmp_path / "files.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr("random.bin", random.Random(4).randbytes(50_000))
    for path, kind in ((pdf, "PDF"), (padded, "PDF"), (archive, "ZIP")):
        with pytest.raises(NotABackup) as info:
            verify_backup(path, PASSPHRASE)
        assert "バックアップファイルではありません" in str(info.value) and kind in str(info.value)
        assert "切れて" not in str(info.value)
    out, err = io.StringIO(), io.StringIO()
    assert main(["backup", "verify", str(pdf)], stdin=io.StringIO(PASSPHRASE + "\n"), stdout=out, stderr=err) == 1
    assert "バックアップファイルではありません（PDF ファイルです）" in err.getvalue()
