from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.errors import DaichoError
from desktop.submittals import fonts as fontmod
from desktop.submittals.fonts import resolve_fonts


def test_default_fonts_found(fonts):
    assert fonts.mincho_file.path.is_file()
    assert fonts.mincho.startswith("DaichoJP-")


def test_configured_path_is_used(fonts):
    fs = resolve_fonts(fonts.mincho_file.path)
    assert fs.mincho_file.path == fonts.mincho_file.path
    assert fs.mincho == fonts.mincho  # registered once, cached


def test_configured_missing_path_is_an_error(tmp_path):
    with pytest.raises(DaichoError) as err:
        resolve_fonts(tmp_path / "nothing.ttf")
    assert "nothing.ttf" in str(err.value)
    assert err.value.code == "font-unusable"


def test_configured_font_without_japanese_is_refused():
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.is_file():
        pytest.skip("DejaVu not installed")
    with pytest.raises(DaichoError) as err:
        resolve_fonts(latin)
    assert "日本語" in str(err.value)


def test_configured_garbage_file_is_refused(tmp_path):
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"not a font at all" * 10)
    with pytest.raises(DaichoError):
        resolve_fonts(bad)


def test_nothing_found_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    with pytest.raises(DaichoError) as err:
        resolve_fonts(platform="win32")
    msg = str(err.value)
    assert "fonts-ipaexfont-mincho" in msg and "BIZ UD明朝" in msg
    assert err.value.code == "font-missing"


def test_windows_lookup_and_gothic_fallback(fonts, tmp_path, monkeypatch):
    folder = tmp_path / "Fonts"
    folder.mkdir()
    os.symlink(fonts.mincho_file.path, folder / "BIZ-UDMinchoM.ttc")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    fs = resolve_fonts(platform="win32")
    assert fs.mincho_file.path == folder / "BIZ-UDMinchoM.ttc"
    assert fs.gothic_file is None
    assert fs.gothic == fs.mincho


def test_linux_candidates_start_with_fc_match():
    files = list(fontmod._candidates("mincho", "linux"))
    assert any(f.path.name == "ipaexm.ttf" for f in files)


def test_a_bad_font_file_in_the_settings_stops_rendering_with_a_clear_message(vault, tmp_path):
    from desktop import settings
    from desktop.submittals import options, service
    from tests.desktop.submittals.records import seed

    seed(vault, exchanges=2)
    missing = tmp_path / "fonts" / "消えたフォント.ttf"
    with vault.transaction() as conn:
        settings.put(conn, options.FONT_MINCHO, str(missing))
    with pytest.raises(DaichoError) as err:
        service.preview(vault, "staff-roster", {"as_of": "2025-10-01"})
    msg = str(err.value)
    assert err.value.code == "font-unusable"
    assert str(missing) in msg and "ファイルが見つかりません" in msg
    assert "書式の設定" in msg and "空欄" in msg    # says where to fix it
    assert service.history_entries(vault) == []

    notfont = tmp_path / "not-a-font.ttf"
    notfont.write_bytes(b"\x00\x01" * 500)
    with vault.transaction() as conn:
        settings.put(conn, options.FONT_MINCHO, "")
        settings.put(conn, options.FONT_GOTHIC, str(notfont))
    with pytest.raises(DaichoError) as err:
        service.issue(vault, "staff-roster", {"as_of": "2025-10-01"})
    assert "フォントファイルを読み込めません" in str(err.value) and str(notfont) in str(err.value)
    assert service.history_entries(vault) == []
