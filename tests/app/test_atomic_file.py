"""Atomic file output: whole files or nothing, the requested mode, Swedish errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.atomic_file import SHARED, FileWriteError, atomic_path
from app.domain.errors import LagesbildError


def test_the_file_appears_whole_with_the_requested_mode(tmp_path: Path) -> None:
    target = tmp_path / "ut.txt"
    with atomic_path(target, mode=SHARED) as temp:
        temp.write_text("klart", encoding="utf-8")
        assert not target.exists()
    assert target.read_text(encoding="utf-8") == "klart"
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(target).st_mode) == SHARED
    assert [p.name for p in tmp_path.iterdir()] == ["ut.txt"]


def test_missing_folder_and_folder_as_target_are_swedish_errors(tmp_path: Path) -> None:
    with (
        pytest.raises(FileWriteError, match="finns inte") as caught,
        atomic_path(tmp_path / "saknas" / "ut.txt"),
    ):
        pass
    assert isinstance(caught.value, LagesbildError)
    assert "kunde inte skrivas" in caught.value.message
    with pytest.raises(FileWriteError, match="det är en mapp"), atomic_path(tmp_path):
        pass
    assert list(tmp_path.iterdir()) == []
