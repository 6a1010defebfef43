"""``lagesbild report``: both formats, format from the file name, Swedish errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from app.cli import main
from app.demo import create_demo_store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_store(tmp_path_factory.mktemp("cli") / "demo.db")


def _run(demo_db: Path, *extra: str) -> int:
    return main(
        ["report", "--db", str(demo_db), "--org", "Demoköpings kommun", "--year", "2026", *extra]
    )


def test_pdf_by_default(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "genomgang.pdf"
    assert _run(demo_db, "-o", str(target)) == 0
    assert "Rapporten sparades" in capsys.readouterr().out
    assert PdfReader(target).metadata.title.startswith("Ledningens genomgång")


def test_docx_from_suffix_and_json_output(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "genomgang.docx"
    assert _run(demo_db, "--benchmark-year", "2019", "-o", str(target), "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["format"] == "docx" and result["benchmark_year"] == 2019
    assert Document(str(target)).core_properties.language == "sv-SE"


def test_errors_are_one_swedish_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(demo_db, "-o", str(tmp_path / "saknas" / "r.pdf")) == 1
    assert "finns inte" in capsys.readouterr().err
    assert _run(demo_db, "--format", "docx", "-o", str(tmp_path / "r.pdf")) == 1
    assert "Filändelsen .pdf" in capsys.readouterr().err
    assert (
        main(
            [
                "report",
                "--db",
                str(demo_db),
                "--org",
                "Ingenstans",
                "--year",
                "2026",
                "-o",
                str(tmp_path / "r.pdf"),
            ]
        )
        == 1
    )
    assert capsys.readouterr().err.startswith("Fel: ")
    assert list(tmp_path.iterdir()) == []
