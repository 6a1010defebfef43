"""The paths module resolves overrides in a fixed order and creates nothing on its own."""

import importlib
from pathlib import Path

import app.paths as paths


def test_explicit_db_beats_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "env.db"))
    assert paths.database_path(tmp_path / "arg.db") == tmp_path / "arg.db"


def test_environment_db_beats_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "env.db"))
    assert paths.database_path() == tmp_path / "env.db"


def test_data_dir_override_and_env(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "data"))
    assert paths.database_path() == tmp_path / "data" / paths.DB_FILENAME
    assert (
        paths.database_path(data_dir_override=tmp_path / "x") == tmp_path / "x" / paths.DB_FILENAME
    )


def test_default_is_the_platform_user_data_dir(monkeypatch):
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    assert paths.database_path().name == paths.DB_FILENAME
    assert "agesbild" in str(paths.database_path().parent)


def test_import_has_no_side_effects(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    importlib.reload(paths)
    assert list(tmp_path.iterdir()) == []


def test_backup_dir_is_beside_the_store(tmp_path):
    assert paths.backup_dir(tmp_path / "s.db") == tmp_path / "backups"


def test_resources_dir_holds_the_reference_data():
    assert (paths.resources_dir() / "reference").is_dir()
    assert isinstance(paths.resources_dir(), Path)


def test_typed_data_dir_beats_environment_db(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "env.db"))
    assert (
        paths.database_path(data_dir_override=tmp_path / "d") == tmp_path / "d" / paths.DB_FILENAME
    )
