"""Atomic writing, progress and cancel for both formats."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from app.domain.errors import LagesbildError
from app.report.content import ReportContent
from app.report.docx_builder import build_docx
from app.report.output import ReportCancelled, ReportWriteError
from app.report.pdf import build_pdf

BUILDERS = pytest.mark.parametrize(
    ("build", "suffix"), [(build_pdf, ".pdf"), (build_docx, ".docx")], ids=["pdf", "docx"]
)


@BUILDERS
def test_missing_folder_is_a_clear_error_and_leaves_nothing(
    build, suffix: str, tmp_path: Path, content: ReportContent
) -> None:
    target = tmp_path / "saknas" / f"rapport{suffix}"
    with pytest.raises(ReportWriteError) as caught:
        build(content, target)
    assert isinstance(caught.value, LagesbildError)
    assert "finns inte" in caught.value.message
    assert not target.parent.exists()


@BUILDERS
def test_unwritable_folder_is_a_clear_error(
    build, suffix: str, tmp_path: Path, content: ReportContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    target = tmp_path / f"rapport{suffix}"
    with pytest.raises(ReportWriteError) as caught:
        build(content, target)
    assert "Det går inte att skriva i mappen" in caught.value.message
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder(tmp_path: Path, content: ReportContent) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportWriteError):
            build_pdf(content, folder / "rapport.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_directory_as_target_is_refused(tmp_path: Path, content: ReportContent) -> None:
    with pytest.raises(ReportWriteError, match="är en mapp"):
        build_pdf(content, tmp_path)


@BUILDERS
def test_progress_runs_to_100_with_swedish_steps(
    build, suffix: str, tmp_path: Path, content: ReportContent
) -> None:
    seen: list[tuple[int, str]] = []
    result = build(content, tmp_path / f"r{suffix}", progress=lambda p, s: seen.append((p, s)))
    assert result.exists()
    percents = [p for p, _ in seen]
    assert percents == sorted(percents)
    assert percents[0] == 0 and percents[-1] == 100
    assert all(step for _, step in seen)
    assert seen[-1][1] == "Klar"


@BUILDERS
@pytest.mark.parametrize("after", [1, 3, 8])
def test_cancel_leaves_no_file(
    build, suffix: str, after: int, tmp_path: Path, content: ReportContent
) -> None:
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] >= after

    target = tmp_path / f"rapport{suffix}"
    with pytest.raises(ReportCancelled):
        build(content, target, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_is_replaced_only_when_the_new_one_is_complete(
    tmp_path: Path, content: ReportContent
) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ReportCancelled):
        build_pdf(content, target, cancelled=lambda: True)
    assert target.read_bytes() == b"old"
    build_pdf(content, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_an_exception_from_progress_stops_the_build_without_a_file(
    tmp_path: Path, content: ReportContent
) -> None:
    class Stop(Exception):
        pass

    def progress(percent: int, _step: str) -> None:
        if percent >= 30:
            raise Stop

    with pytest.raises(Stop):
        build_pdf(content, tmp_path / "r.pdf", progress=progress)
    assert list(tmp_path.iterdir()) == []
