"""A corrupt, foreign or too-new file is refused with a clear message and never changed, through
the Workspace and the CLI; a file the user may not write opens read-only with a notice."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.errors import LagesbildError, ReadOnlyError
from app.services import workspace as workspace_module
from app.services.workspace import Workspace
from app.storage import list_backups
from tests.app.safety.conftest import store_state


def _corrupt(path: Path) -> None:
    with Workspace.open(path, create=True) as workspace, workspace.store.transaction() as db:
        db.conn.executemany(
            "INSERT INTO organisations (name, municipality_group, created_at) VALUES (?, 'C', '')",
            [(f"Organisation {number:03d} " + "x" * 150,) for number in range(150)],
        )
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : 4 * page] = b"\xde\xad\xbe\xef" * (3 * page // 4)
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder (namn TEXT)")
    conn.execute("INSERT INTO kunder VALUES ('Alfa')")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    Workspace.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('lagesbild', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def _text(path: Path) -> None:
    path.write_text("Mötesanteckningar, inte en databas. " * 40, encoding="utf-8")


PROBLEMS = {
    "corrupt": (_corrupt, "skadad"),
    "foreign": (_foreign, "ingen Lägesbild-databas"),
    "newer": (_newer, "nyare version"),
    "text": (_text, "ingen SQLite-databas"),
}


@pytest.fixture(scope="module")
def _problem_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    templates = {}
    for kind, (make, _) in PROBLEMS.items():
        path = tmp_path_factory.mktemp(f"problem-{kind}") / "lagesbild.db"
        make(path)
        templates[kind] = path
    return templates


@pytest.fixture
def problem_file(_problem_templates: dict[str, Path], tmp_path: Path) -> Callable[[str], Path]:
    """``problem_file(kind)``: a private copy of a broken store in a folder of its own."""

    def make(kind: str) -> Path:
        path = tmp_path / "problem" / "lagesbild.db"
        path.parent.mkdir()
        shutil.copyfile(_problem_templates[kind], path)
        return path

    return make


@pytest.mark.parametrize("kind", sorted(PROBLEMS))
@pytest.mark.parametrize("read_only", [False, True])
def test_workspace_refuses_and_leaves_the_file(
    problem_file: Callable[[str], Path], kind: str, read_only: bool
) -> None:
    path = problem_file(kind)
    expected = PROBLEMS[kind][1]
    before = store_state(path)
    with pytest.raises(LagesbildError, match=expected) as info:
        Workspace.open(path, read_only=read_only)
    assert "Filen har inte ändrats" in info.value.message or kind == "text"
    assert store_state(path) == before
    assert list_backups(path) == [] or kind in ("corrupt", "newer")


@pytest.mark.parametrize("kind", sorted(PROBLEMS))
@pytest.mark.parametrize(
    "command", [("orgs",), ("import", "x.json"), ("backup",), ("export", "-o", "ut.json")]
)
def test_cli_refuses_and_leaves_the_file(
    problem_file: Callable[[str], Path], tmp_path: Path, kind: str, command: tuple[str, ...], cli
) -> None:
    path = problem_file(kind)
    (tmp_path / "x.json").write_text('{"format": "lagesbild-export"}', encoding="utf-8")
    before = store_state(path)
    args = [a if a != "x.json" else str(tmp_path / "x.json") for a in command]
    result = cli(args[0], "--db", path, *args[1:])
    assert result.code == 1
    assert result.err.startswith("Fel: ") and "Traceback" not in result.err
    assert store_state(path) == before
    assert not (tmp_path / "ut.json").exists()


def test_read_only_file_opens_read_only_with_a_notice(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(db_path, create=True) as workspace:
        workspace.add_municipality("Falun")
    before = store_state(db_path)
    real_access = os.access

    def no_write(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == db_path and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace_module.os, "access", no_write)
    with Workspace.open(db_path) as workspace:
        assert workspace.read_only and workspace.lock is None
        assert workspace.read_only_reason and "skrivskyddad" in workspace.read_only_reason
        assert [o.name for o in workspace.organisations()] == ["Falun"]
        with pytest.raises(ReadOnlyError):
            workspace.add_municipality("Ale")
    # (A read-only SQLite connection may leave empty -wal/-shm files; the store is unchanged.)
    assert store_state(db_path)[0] == before[0]
    assert list_backups(db_path) == []
