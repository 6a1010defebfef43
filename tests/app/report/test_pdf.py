"""The PDF report read back with pypdf/pikepdf: text, metadata, outline, fonts and PDF/A parts."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from app.report.content import ReportContent
from app.report.layout import SECTION_TITLES
from app.report.pdf import build_pdf

NOW = datetime(2026, 11, 29, 14, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory, content: ReportContent) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "rapport.pdf"
    build_pdf(content, path, now=NOW)
    return path


@pytest.fixture(scope="module")
def text(pdf_path: Path) -> str:
    reader = PdfReader(pdf_path)
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_section_heading_and_the_organisation_are_in_the_text(text: str) -> None:
    flat = _flat(text)
    for title in SECTION_TITLES.values():
        assert title in flat
    assert "Ledningens genomgång – informationssäkerhet 2026" in flat
    assert "Demoköpings kommun" in flat


def test_numbers_are_in_swedish_format(text: str) -> None:
    flat = _flat(text)
    assert "1,62" in flat  # group B mean for policy, SKR 2023
    assert "+0,38" in flat
    assert "\u22120,43" in flat  # a real minus sign
    assert "2026-12-08" in flat
    assert not re.search(r"\b1\.62\b", flat)


def test_footer_names_the_program_version(text: str) -> None:
    from app import app_version

    assert f"Lägesbild {app_version()}" in text


def test_footer_counts_pages(pdf_path: Path, text: str) -> None:
    pages = len(PdfReader(pdf_path).pages)
    assert pages >= 7
    # the total is a form XObject drawn after "Sida X av ", so extractors may put a break there
    assert re.search(rf"Sida 1 av\s*{pages}\b", text)
    assert re.search(rf"Sida {pages} av\s*{pages}\b", text)


def test_metadata_and_language(pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    meta = reader.metadata
    assert meta.title == "Ledningens genomgång – informationssäkerhet 2026"
    assert meta.author == "Åsa Öberg"
    assert "Demoköpings kommun" in meta.subject
    assert "informationssäkerhet" in meta.get("/Keywords", "")
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    assert len(reader.trailer["/ID"]) == 2


def test_outline_has_an_entry_per_section_pointing_to_its_page(pdf_path: Path) -> None:
    reader = PdfReader(pdf_path)
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == list(SECTION_TITLES.values())
    pages = [reader.get_destination_page_number(item) for item in top]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] > pages[0]


def _fonts(pdf: pikepdf.Pdf) -> dict[str, pikepdf.Dictionary]:
    found: dict[str, pikepdf.Dictionary] = {}

    def walk(resources: pikepdf.Dictionary) -> None:
        for font in resources.get("/Font", {}).values():
            found[str(font.BaseFont)] = font
        for xobject in resources.get("/XObject", {}).values():
            if "/Resources" in xobject:
                walk(xobject.Resources)

    for page in pdf.pages:
        walk(page.Resources)
    return found


def test_every_font_is_an_embedded_dejavu_subset(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        fonts = _fonts(pdf)
        assert fonts
        for name, font in fonts.items():
            assert "DejaVu" in name, name
            assert font.Subtype == pikepdf.Name.TrueType, name
            assert "/FontFile2" in font.FontDescriptor, name
            assert "/ToUnicode" in font, name


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_every_font_embedded(pdf_path: Path) -> None:
    output = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True)
    rows = output.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert " yes yes yes " in row, row


def test_pdfa_parts_are_present(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        assert not pdf.is_encrypted
        assert pdf.check_pdf_syntax() == []
        root = pdf.Root
        assert root.PageMode == pikepdf.Name.UseOutlines
        intents = root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert intent.DestOutputProfile.N == 3
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"
        assert "/JavaScript" not in root.get("/Names", {})
        assert "/OpenAction" not in root and "/AA" not in root
        assert "/Metadata" in root and "/Filter" not in root.Metadata
        for page in pdf.pages:
            assert "/Group" not in page.obj  # no transparency groups
            assert "/Annots" not in page.obj
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2"
        assert meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == "Ledningens genomgång – informationssäkerhet 2026"
        assert "Åsa Öberg" in meta["dc:creator"]
        assert meta.pdfa_status == "2B"
        info = pdf.docinfo
        created = str(info.CreationDate)
        assert created == str(info.ModDate)
        assert meta["xmp:CreateDate"].startswith("2026-11-29T14:30:00")
        assert created.startswith("D:20261129")


def test_no_transparency_or_javascript_operators(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for state in page.Resources.get("/ExtGState", {}).values():
                assert float(state.get("/CA", 1)) == 1 and float(state.get("/ca", 1)) == 1
                assert state.get("/SMask", pikepdf.Name.None_) == pikepdf.Name.None_
    raw = pdf_path.read_bytes()
    assert b"/JavaScript" not in raw and b"/JS " not in raw
    assert raw.startswith(b"%PDF-1.")
    assert all(b > 127 for b in raw.split(b"\n")[1][1:5])  # binary marker comment


def test_xmp_is_parseable_xml(pdf_path: Path) -> None:
    from xml.etree import ElementTree

    with pikepdf.open(pdf_path) as pdf:
        packet = pdf.Root.Metadata.read_bytes()
    ElementTree.fromstring(packet)
    assert b"pdfaid" in packet
