"""Shared test setup: headless Qt for the GUI tests, and no test ever touches the user's files."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

# pytest puts tests/ on sys.path, where tests/app (no __init__.py) would otherwise pass for the
# 'app' package as a namespace package; with the project root on sys.path the real one wins.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every default location (store, data, config) at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("lagesbild-user")
    monkeypatch.setenv("LAGESBILD_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("LAGESBILD_DB", str(home / "data" / "lagesbild.db"))
    monkeypatch.delenv("LAGESBILD_BACKUP_DIR", raising=False)  # backups beside the store
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's own store lives (not created)."""
    return tmp_path / "store" / "lagesbild.db"


@pytest.fixture(scope="session")
def fresh_python() -> Callable[..., str]:
    """Run Python code in a new interpreter, so imports start from nothing (what a process
    imports, PySide6 state fixed at start-up); returns its standard output.

    ``fresh_python(code, *args, env=None, cwd=None, timeout=120)``: from the repository root
    unless ``cwd`` is given; a non-zero exit fails the test with the child's error output.
    """

    def run(
        code: str,
        *args: str,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        timeout: float = 120,
    ) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd or _ROOT,
            timeout=timeout,
        )
        assert result.returncode == 0, (result.stderr or result.stdout)[-3000:]
        return result.stdout

    return run
