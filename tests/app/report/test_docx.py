"""The Word report read back with python-docx: headings, tables, images, properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from app.report.content import ReportContent
from app.report.docx_builder import build_docx
from app.report.layout import SECTION_TITLES


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory: pytest.TempPathFactory, content: ReportContent) -> Path:
    path = tmp_path_factory.mktemp("docx") / "rapport.docx"
    build_docx(content, path)
    return path


def test_sections_are_heading_1_and_subsections_heading_2(docx_path: Path) -> None:
    document = Document(str(docx_path))
    level1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    level2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert level1 == list(SECTION_TITLES.values())
    assert "De tre största gapen" in level2
    assert "Underlag (9.3.2)" in level2
    assert any(p.style.name == "Title" for p in document.paragraphs)


def test_tables_have_repeating_header_rows(docx_path: Path) -> None:
    document = Document(str(docx_path))
    headers = {}
    for table in document.tables:
        first = table.rows[0]
        if first._tr.trPr is not None and first._tr.trPr.find(qn("w:tblHeader")) is not None:
            headers[first.cells[0].text] = [c.text for c in first.cells]
    assert headers["Uppföljningsområde"][1] == "Egen\nnivå"  # a line break, as in the PDF
    assert "Aktivitet" in headers
    assert "Fråga" in headers
    area_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Uppföljningsområde")
    assert len(area_table.rows) == 10
    assert area_table.rows[2].cells[5].text == "1,62"
    assert area_table.rows[4].cells[7].text == "\u22120,43"


def test_charts_are_embedded_as_png(docx_path: Path) -> None:
    document = Document(str(docx_path))
    images = [r for r in document.part.rels.values() if "image" in r.reltype]
    assert len(images) == 2
    for rel in images:
        assert rel.target_part.blob.startswith(b"\x89PNG")


def test_signature_block_and_text(docx_path: Path) -> None:
    document = Document(str(docx_path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any("Underskrift" in text and "Karin Ås" in text for text in cells)
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Demoköpings kommun" in body
    assert "Kommunstyrelsen godkänner riskhanteringsåtgärderna" in body


def test_core_properties_and_language(docx_path: Path) -> None:
    document = Document(str(docx_path))
    properties = document.core_properties
    assert properties.title == "Ledningens genomgång – informationssäkerhet 2026"
    assert properties.author == "Åsa Öberg"
    assert properties.language == "sv-SE"
    normal = document.styles["Normal"].element.rPr
    assert normal.find(qn("w:lang")).get(qn("w:val")) == "sv-SE"


def test_footer_has_page_fields(docx_path: Path) -> None:
    document = Document(str(docx_path))
    xml = document.sections[0].footer._element.xml
    assert " PAGE " in xml and " NUMPAGES " in xml
