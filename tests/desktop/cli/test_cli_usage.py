"""A sub-command's usage line names it once ("使い方: daicho backup schedule …")."""

from __future__ import annotations

import pytest

from desktop.cli.main import main


@pytest.mark.parametrize("argv", [["backup", "schedule", "--help"], ["user", "unlock", "--help"]])
def test_usage_prefix_appears_once(argv, capsys):
    try:
        main(argv)
    except SystemExit:
        pass
    first = capsys.readouterr().out.splitlines()[0]
    assert first.count("daicho") == 1
    assert first.count(":") == 1, first
