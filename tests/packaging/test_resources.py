"""desktop.paths: where the data is found, and a message naming what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import paths
from desktop.vault import migrations

REPO = Path(__file__).resolve().parents[2]


def test_the_checkout_serves_its_own_folders(monkeypatch):
    monkeypatch.delenv("DAICHO_RESOURCES", raising=False)
    assert paths.resource_root() == REPO
    assert paths.resource("db_migrations") == REPO / "db_migrations"
    assert paths.resource("resources", "icons", "lock.svg").is_file()


def test_packaged_data_is_looked_up_through_importlib_resources():
    import desktop

    assert paths._package_data() == Path(desktop.__file__).resolve().parent / "_data"


def test_a_missing_resource_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("DAICHO_RESOURCES", str(tmp_path))
    with pytest.raises(paths.MissingResource) as err:
        paths.resource("resources", "icons", "lock.svg")
    assert "resources/icons/lock.svg" in str(err.value) and str(tmp_path) in str(err.value)
    assert "見つかりません" in str(err.value)


def test_missing_migrations_are_named_not_a_database_error(tmp_path):
    with pytest.raises(paths.MissingResource) as err:
        migrations.available(tmp_path / "db_migrations")
    assert "db_migrations" in str(err.value)
