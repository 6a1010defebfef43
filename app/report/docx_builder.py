"""Render the composed report (app.report.layout) as an editable Word document with python-docx.

Same blocks, same words as the PDF: Heading 1/2 styles (Word's navigation pane works), tables
with a repeating header row, the charts as PNG images (rasterised with Pillow, see
app.report.raster), a signature block, 'Sida X av Y' as PAGE/NUMPAGES fields, Swedish
proofing language and core properties. Written atomically like the PDF.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from app.report.content import ReportContent
from app.report.layout import (
    LANGUAGE,
    Block,
    Bullets,
    Cell,
    Chart,
    Cover,
    Heading,
    Keep,
    PageBreak,
    ReportDocument,
    Signatures,
    Table,
    Text,
    Tiles,
    compose,
    runs,
)
from app.report.output import Cancelled, Progress, phase_progress, report_output, report_step
from app.report.raster import drawing_to_png

NAVY = RGBColor(0x14, 0x36, 0x5D)
MUTED = RGBColor(0x5A, 0x62, 0x70)
TONES = {"good": RGBColor(0x1D, 0x6B, 0x3A), "bad": RGBColor(0xA3, 0x16, 0x1A), "muted": MUTED}
HEADER_FILL = "14365D"
ZEBRA_FILL = "F3F5F8"
TILE_FILL = "EEF2F7"
TEXT_WIDTH_CM = 17.0
CHART_DPI = 200


# --- low-level helpers --------------------------------------------------------------------------


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_header(row: object) -> None:
    """Mark a table row as a header row that Word repeats on every page."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _fix_widths(table: object, widths: list[object]) -> None:
    """Fixed column widths, honoured by Word and LibreOffice alike (grid and every cell)."""
    table.autofit = False  # type: ignore[attr-defined]
    for column, width in zip(table.columns, widths, strict=True):  # type: ignore[attr-defined]
        column.width = width
        for cell in column.cells:
            cell.width = width


def _no_split(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:cantSplit"))


def _field(paragraph: Paragraph, code: str, size: float = 8) -> None:
    """Insert a Word field (PAGE, NUMPAGES) that Word updates when it lays out the pages."""
    run = paragraph.add_run()
    run.font.size = Pt(size)
    run.font.color.rgb = MUTED
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    placeholder = OxmlElement("w:t")
    placeholder.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, placeholder, end):
        run._r.append(element)


def _set_language(document: DocxDocument) -> None:
    """Swedish proofing language on the default run properties and the styles we use."""
    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    targets = []
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            rpr = rpr_default.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                rpr_default.append(rpr)
            targets.append(rpr)
    for style in document.styles:
        if hasattr(style, "font"):
            targets.append(style.element.get_or_add_rPr())
    for rpr in targets:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)
        lang.set(qn("w:bidi"), LANGUAGE)
        rpr.append(lang)


def _write_runs(
    paragraph: Paragraph,
    text: str,
    *,
    size: float | None = None,
    color: RGBColor | None = None,
    italic: bool = False,
    bold: bool = False,
) -> None:
    for piece, strong in runs(text):
        run = paragraph.add_run(piece)
        run.bold = bold or strong or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color


def _spacing(paragraph: Paragraph, before: float = 0, after: float = 4) -> None:
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)


# --- blocks -------------------------------------------------------------------------------------


class _Writer:
    """Appends blocks to a python-docx Document."""

    def __init__(self, document: DocxDocument) -> None:
        self.doc = document
        self.keep = False

    def block(self, block: Block) -> None:
        handler = {
            Cover: self.cover,
            Heading: self.heading,
            Text: self.text,
            Bullets: self.bullets,
            Table: self.table,
            Tiles: self.tiles,
            Chart: self.chart,
            Signatures: self.signatures,
            PageBreak: self.page_break,
            Keep: self.keep_together,
        }[type(block)]
        handler(block)  # type: ignore[operator]

    def paragraph(self, style: str | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph(style=style)
        if self.keep:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def cover(self, block: Cover) -> None:
        kicker = self.paragraph()
        _write_runs(
            kicker, "LEDNINGENS GENOMGÅNG · ISO/IEC 27001:2022 9.3", size=9, color=MUTED, bold=True
        )
        _spacing(kicker, before=30, after=6)
        self.doc.add_paragraph(block.title, style="Title")
        organisation = self.paragraph("Subtitle")
        organisation.add_run(block.organisation)
        table = self.doc.add_table(rows=0, cols=2)
        for label, value in block.facts:
            cells = table.add_row().cells
            _write_runs(cells[0].paragraphs[0], label, size=9, color=MUTED)
            _write_runs(cells[1].paragraphs[0], value)
        _fix_widths(table, [Cm(4.8), Cm(TEXT_WIDTH_CM - 4.8)])
        heading = self.paragraph()
        _spacing(heading, before=24, after=4)
        _write_runs(heading, "Innehåll", bold=True, color=NAVY, size=12)
        for line in block.contents:
            entry = self.paragraph()
            _spacing(entry, after=1)
            entry.add_run(line)
        note = self.paragraph()
        _spacing(note, before=24)
        _write_runs(note, block.note, italic=True, color=MUTED, size=9)

    def heading(self, block: Heading) -> None:
        self.doc.add_heading(block.text, level=block.level)

    def text(self, block: Text) -> None:
        if block.style == "caption":
            paragraph = self.paragraph("Caption")
            _write_runs(paragraph, block.text)
            return
        paragraph = self.paragraph()
        if block.style == "lead":
            _write_runs(paragraph, block.text, size=12)
        elif block.style == "note":
            _write_runs(paragraph, block.text, italic=True, color=MUTED, size=9)
        elif block.style == "label":
            _write_runs(paragraph, block.text, bold=True)
            paragraph.paragraph_format.keep_with_next = True
            _spacing(paragraph, before=8, after=2)
        else:
            _write_runs(paragraph, block.text)

    def bullets(self, block: Bullets) -> None:
        style = "List Number" if block.numbered else "List Bullet"
        for item in block.items:
            _write_runs(self.paragraph(style), item)

    def table(self, block: Table) -> None:
        if not block.rows:
            self.text(Text(block.empty, "note"))
            return
        table = self.doc.add_table(rows=1, cols=len(block.header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        total = sum(block.widths)
        widths = [Cm(TEXT_WIDTH_CM * w / total) for w in block.widths]
        aligns = [
            {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER}.get(
                a, WD_ALIGN_PARAGRAPH.LEFT
            )
            for a in block.align
        ]
        header = table.rows[0]
        _repeat_header(header)
        for cell, text, width, align in zip(
            header.cells, block.header, widths, aligns, strict=True
        ):
            cell.width = width
            _shade(cell, HEADER_FILL)
            paragraph = cell.paragraphs[0]
            paragraph.alignment = align
            for number, line in enumerate(text.split("\n")):
                if number:
                    paragraph.add_run().add_break()
                _write_runs(paragraph, line, bold=True, size=8, color=RGBColor(0xFF, 0xFF, 0xFF))
        for index, row in enumerate(block.rows):
            cells = table.add_row().cells
            _no_split(table.rows[-1])
            for cell, value, width, align in zip(cells, row, widths, aligns, strict=True):
                self._cell(cell, value, width, align)
                if index % 2:
                    _shade(cell, ZEBRA_FILL)
        _fix_widths(table, widths)
        self.doc.add_paragraph()

    @staticmethod
    def _cell(cell: _Cell, value: Cell, width: object, align: object) -> None:
        cell.width = width
        paragraph = cell.paragraphs[0]
        paragraph.alignment = align
        _write_runs(
            paragraph, value.text, size=8.5, bold=value.bold, color=TONES.get(value.tone or "")
        )

    def tiles(self, block: Tiles) -> None:
        table = self.doc.add_table(rows=1, cols=len(block.tiles))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        width = Cm(TEXT_WIDTH_CM / len(block.tiles))
        for cell, tile in zip(table.rows[0].cells, block.tiles, strict=True):
            cell.width = width
            _shade(cell, TILE_FILL)
            label = cell.paragraphs[0]
            _write_runs(label, tile.label, size=8, color=MUTED)
            value = cell.add_paragraph()
            _write_runs(
                value, tile.value, size=18, bold=True, color=TONES.get(tile.tone or "", NAVY)
            )
            _spacing(value, after=0)
            detail = cell.add_paragraph()
            _write_runs(detail, tile.detail, size=7.5, color=MUTED)
        _fix_widths(table, [width] * len(block.tiles))
        self.doc.add_paragraph()

    def chart(self, block: Chart) -> None:
        png = drawing_to_png(block.drawing, dpi=CHART_DPI)
        width_cm = min(TEXT_WIDTH_CM, block.drawing.width / 72 * 2.54)
        self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.doc.paragraphs[-1].paragraph_format.keep_with_next = True
        caption = self.paragraph("Caption")
        _write_runs(caption, block.caption)

    def signatures(self, block: Signatures) -> None:
        table = self.doc.add_table(rows=0, cols=2)
        pairs = [block.signatories[i : i + 2] for i in range(0, len(block.signatories), 2)]
        for pair in pairs:
            row = table.add_row()
            _no_split(row)
            for cell, (name, role) in zip(row.cells, pair, strict=False):
                cell.width = Cm(TEXT_WIDTH_CM / 2)
                lines = (
                    ("", None),
                    ("_" * 38, None),
                    ("Underskrift", MUTED),
                    (name or "", None),
                    ("_" * 38, None),
                    ("Namnförtydligande" + (f" – {role}" if role else ""), MUTED),
                    ("", None),
                    ("_" * 38, None),
                    ("Ort och datum", MUTED),
                )
                first = True
                for text, color in lines:
                    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    _spacing(paragraph, after=0)
                    _write_runs(paragraph, text, size=9 if color else 10, color=color)
        _fix_widths(table, [Cm(TEXT_WIDTH_CM / 2)] * 2)

    def page_break(self, _block: PageBreak) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def keep_together(self, block: Keep) -> None:
        self.keep = True
        try:
            for child in block.blocks:
                self.block(child)
        finally:
            self.keep = False


# --- document -----------------------------------------------------------------------------------


def _page_setup(document: DocxDocument, report: ReportDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    header = section.header.paragraphs[0]
    _write_runs(header, report.header, size=8, color=MUTED)
    status = section.footer.paragraphs[0]
    _write_runs(status, report.footer, size=8, color=MUTED)
    footer = section.footer.add_paragraph()
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for text, code in (("Sida ", "PAGE"), (" av ", "NUMPAGES")):
        _write_runs(footer, text, size=8, color=MUTED)
        _field(footer, code)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    for name in ("Heading 1", "Heading 2", "Title"):
        document.styles[name].font.color.rgb = NAVY


def render_docx(
    document: ReportDocument,
    step: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> bytes:
    """The composed report as .docx bytes; ``step(done, total)`` is called before each block."""
    word = Document()
    _page_setup(word, document)
    _set_language(word)
    properties = word.core_properties
    properties.title = document.title
    properties.author = document.author
    properties.subject = document.subject
    properties.keywords = ", ".join(document.keywords)
    properties.language = LANGUAGE
    properties.comments = "Skapad med Lägesbild"
    moment = (now or datetime.now()).replace(microsecond=0)
    properties.created = properties.modified = moment
    properties.last_modified_by = document.author
    writer = _Writer(word)
    total = len(document.blocks)
    for done, block in enumerate(document.blocks):
        if step is not None:
            step(done, total)
        writer.block(block)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def build_docx(
    content: ReportContent,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    now: datetime | None = None,
) -> Path:
    """Write the report as an editable Word document to ``path`` atomically; returns the path.

    Progress, cancel and errors work as for ``build_pdf``.
    """
    with report_output(path, progress, cancelled) as out:
        document = compose(content)
        report_step(progress, cancelled, 20, "Skapar Word-dokumentet")
        step = phase_progress(progress, cancelled, 20, 65, "Skapar Word-dokumentet")
        data = render_docx(document, step, now)
        report_step(progress, cancelled, 90, "Sparar filen")
        out.write(data)
    return Path(path)
