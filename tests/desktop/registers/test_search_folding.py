"""Search folds what Japanese users type differently (issue 16 item 8): hiragana and
katakana, half-width kana and full-width alphanumerics (NFKC), and 異体字 in names."""

from __future__ import annotations

import pytest

from desktop.registers import examples, search
from desktop.registers.listing import ListQuery
from desktop.registers.service import RegisterService


@pytest.fixture
def svc(vault):
    s = RegisterService(vault)
    base = examples.values("staff", {})
    for name in ("髙橋 ヤマダ", "山﨑 花子", "渡辺 ｻﾄｳ", "ＡＢＣ商事 太郎"):
        s.create("staff", {**base, "name": name})
    return s


def _names(svc, text: str) -> set[str]:
    page = svc.page("staff", ListQuery(search=text))
    return {r.values["name"] for r in page.rows}


@pytest.mark.parametrize("typed,found", [
    ("高橋", "髙橋 ヤマダ"),          # 異体字 髙/高
    ("やまだ", "髙橋 ヤマダ"),        # hiragana finds katakana
    ("ﾔﾏﾀﾞ", "髙橋 ヤマダ"),         # half-width kana
    ("山崎", "山﨑 花子"),            # 﨑/崎
    ("さとう", "渡辺 ｻﾄｳ"),          # half-width stored, hiragana typed
    ("abc", "ＡＢＣ商事 太郎"),       # full-width alphanumerics
    ("高", "髙橋 ヤマダ"),            # one character (no index)
    ("やま", "髙橋 ヤマダ"),          # two characters (vocabulary path)
])
def test_search_folds_kana_width_and_variant_kanji(svc, typed, found):
    assert found in _names(svc, typed)


def test_folding_does_not_find_what_is_not_there(svc):
    assert _names(svc, "たなか") == set()
    assert _names(svc, "高田") == set()


def test_variants_are_bounded():
    assert len(search.variants("髙﨑齋邊澤濱嶋櫻")) <= search.MAX_VARIANTS
    assert search.fold("ヤマダ髙橋") == search.fold("やまだ高橋")


def test_unknown_reference_suggests_the_name_written_with_another_variant(svc):
    """「山崎」 did not match 「山﨑」 and nothing suggested it."""
    import datetime as dt

    preview = svc.preview_import("equipment-checks", (
        "\ufeff対象機器,確認日,確認者,結果\r\n"
        "X,2025-04-01,山崎 花子,所在を確認\r\n").encode("utf-8"), name="c.csv")
    messages = [i.message for i in preview.issues if i.column == "確認者"]
    assert messages and "もしかして" in messages[0] and "山﨑 花子" in messages[0]
    assert dt  # the date column is fine
