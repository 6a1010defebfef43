"""Render the composed report (app.report.layout) as an archivable PDF/A-2b with reportlab.

Every text, chart label and page number uses the embedded DejaVu fonts. Sections get outline
entries, pages a running header and a 'Sida X av Y' footer; tables split across pages with
their header row repeated. The result is post-processed to PDF/A-2b (app.report.pdfa) and
written atomically (app.report.output).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

from app.report import fonts
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
from app.report.pdfa import PdfMetadata, write_pdfa

NAVY = colors.HexColor("#14365d")
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a6270")
RULE = colors.HexColor("#c7cdd4")
ZEBRA = colors.HexColor("#f3f5f8")
TILE = colors.HexColor("#eef2f7")
GOOD = colors.HexColor("#1d6b3a")
BAD = colors.HexColor("#a3161a")
TONES = {"good": GOOD, "bad": BAD, "muted": MUTED}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
PAGE_COUNT_FORM = "lagesbildPageCount"
CREATOR = "Lägesbild"


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=9.5, leading=13.6, textColor=INK, spaceAfter=5
    )
    cell = ParagraphStyle(
        "cell", fontName=fonts.CONDENSED, fontSize=8.6, leading=10.8, textColor=INK
    )
    return {
        "body": base,
        "lead": ParagraphStyle("lead", parent=base, fontSize=10.5, leading=15.5, spaceAfter=10),
        "note": ParagraphStyle(
            "note", parent=base, fontName=fonts.ITALIC, fontSize=8.5, leading=12, textColor=MUTED
        ),
        "caption": ParagraphStyle(
            "caption",
            parent=base,
            fontSize=8,
            leading=11,
            textColor=MUTED,
            spaceBefore=2,
            spaceAfter=8,
        ),
        "label": ParagraphStyle(
            "label", parent=base, fontName=fonts.BOLD, spaceBefore=7, spaceAfter=2, keepWithNext=1
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=15.5,
            leading=20,
            textColor=NAVY,
            spaceBefore=4,
            spaceAfter=9,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "cell": cell,
        "cell_r": ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT),
        "cell_c": ParagraphStyle("cell_c", parent=cell, alignment=TA_CENTER),
        "head": ParagraphStyle(
            "head", parent=cell, fontName=fonts.CONDENSED_BOLD, fontSize=8.2, textColor=colors.white
        ),
        "head_r": ParagraphStyle(
            "head_r",
            parent=cell,
            fontName=fonts.CONDENSED_BOLD,
            fontSize=8.2,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "head_c": ParagraphStyle(
            "head_c",
            parent=cell,
            fontName=fonts.CONDENSED_BOLD,
            fontSize=8.2,
            textColor=colors.white,
            alignment=TA_CENTER,
        ),
        "tile_label": ParagraphStyle(
            "tile_label", parent=base, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0
        ),
        "tile_value": ParagraphStyle(
            "tile_value",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=17,
            leading=22,
            textColor=NAVY,
            spaceAfter=0,
        ),
        "tile_detail": ParagraphStyle(
            "tile_detail", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=0
        ),
        "cover_kicker": ParagraphStyle(
            "cover_kicker",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10,
            textColor=MUTED,
            spaceAfter=6,
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=25,
            leading=31,
            textColor=NAVY,
            spaceAfter=10,
        ),
        "cover_org": ParagraphStyle(
            "cover_org", parent=base, fontSize=16, leading=21, spaceAfter=22
        ),
        "sign": ParagraphStyle(
            "sign", parent=base, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0
        ),
    }


_STYLES: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles, created once per process."""
    global _STYLES
    if _STYLES is None:
        _STYLES = _styles()
    return _STYLES


def _markup(text: str) -> str:
    """Escape for reportlab's mini-HTML and turn **bold** into <b>."""
    return "".join(f"<b>{escape(t)}</b>" if bold else escape(t) for t, bold in runs(text))


def _para(text: str, style: str) -> Paragraph:
    return Paragraph(_markup(text), styles()[style])


def _grid(data: list, widths: list[float], commands: list, **kwargs: object) -> RLTable:
    """A reportlab Table whose plain-string cells also use the embedded font."""
    table = RLTable(data, colWidths=widths, **kwargs)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands]))
    return table


class _Outlined(Paragraph):
    """A heading paragraph that becomes a PDF outline (bookmark) entry when placed."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(escape(text), style)
        self.outline = (text, level)


# --- blocks -> flowables ------------------------------------------------------------------------


CELL_SIZE = 8.6
HEAD_SIZE = 8.2
_ALIGN = {"l": "LEFT", "r": "RIGHT", "c": "CENTER"}


def _fits(text: str, font: str, size: float, width: float) -> bool:
    """Whether ``text`` fits on one line in a cell of ``width`` (then no Paragraph is needed)."""
    return "\n" not in text and stringWidth(text, font, size) <= width - 9


def _cell(cell: Cell, align: str, width: float, at: tuple[int, int], commands: list) -> object:
    """A cell as a plain string (fast) when it fits on one line, else as a wrapping Paragraph."""
    font = fonts.CONDENSED_BOLD if cell.bold else fonts.CONDENSED
    if _fits(cell.text, font, CELL_SIZE, width):
        if cell.bold:
            commands.append(("FONTNAME", at, at, font))
        if cell.tone:
            commands.append(("TEXTCOLOR", at, at, TONES[cell.tone]))
        return cell.text
    style = styles()[{"r": "cell_r", "c": "cell_c"}.get(align, "cell")]
    text = escape(cell.text)
    if cell.bold:
        text = f"<b>{text}</b>"
    if cell.tone:
        text = f'<font color="#{TONES[cell.tone].hexval()[2:]}">{text}</font>'
    return Paragraph(text, style)


def _head(text: str, align: str, width: float) -> object:
    if _fits(text, fonts.CONDENSED_BOLD, HEAD_SIZE, width):
        return text
    style = styles()[{"r": "head_r", "c": "head_c"}.get(align, "head")]
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(block: Table) -> Flowable:
    if not block.rows:
        return _para(block.empty, "note")
    total = sum(block.widths)
    widths = [FRAME_WIDTH * w / total for w in block.widths]
    commands: list = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.CONDENSED),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), 10.8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("FONTNAME", (0, 0), (-1, 0), fonts.CONDENSED_BOLD),
        ("FONTSIZE", (0, 0), (-1, 0), HEAD_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("ALIGN", (c, 0), (c, -1), _ALIGN[a]) for c, a in enumerate(block.align)]
    data = [[_head(h, a, w) for h, a, w in zip(block.header, block.align, widths, strict=True)]]
    for r, row in enumerate(block.rows, start=1):
        data.append(
            [
                _cell(cell, a, w, (c, r), commands)
                for c, (cell, a, w) in enumerate(zip(row, block.align, widths, strict=True))
            ]
        )
    table = RLTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


_NO_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _tiles(block: Tiles) -> Flowable:
    gap = 6
    width = (FRAME_WIDTH - gap * (len(block.tiles) - 1)) / len(block.tiles)
    s = styles()
    row: list[object] = []
    widths: list[float] = []
    for tile in block.tiles:
        value = escape(tile.value)
        if tile.tone in ("good", "bad"):
            value = f'<font color="#{TONES[tile.tone].hexval()[2:]}">{value}</font>'
        inner = _grid(
            [
                [Paragraph(escape(tile.label), s["tile_label"])],
                [Paragraph(value, s["tile_value"])],
                [Paragraph(escape(tile.detail), s["tile_detail"])],
            ],
            [width],
            [
                ("BACKGROUND", (0, 0), (-1, -1), TILE),
                ("LINEABOVE", (0, 0), (-1, 0), 2.2, NAVY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ],
            rowHeights=[22, 26, 24],
        )
        if row:
            row.append("")
            widths.append(gap)
        row.append(inner)
        widths.append(width)
    return KeepTogether([_grid([row], widths, _NO_PADDING, hAlign="LEFT"), Spacer(1, 4)])


def _bullets(block: Bullets) -> Flowable:
    items = [ListItem(_para(text, "body"), leftIndent=14) for text in block.items]
    return ListFlowable(
        items,
        bulletType="1" if block.numbered else "bullet",
        start=None if block.numbered else "•",
        bulletFontName=fonts.REGULAR if not block.numbered else fonts.BOLD,
        bulletFontSize=9.5,
        bulletColor=NAVY,
        leftIndent=14,
        bulletFormat="%s." if block.numbered else None,
    )


def _chart(block: Chart) -> Flowable:
    drawing = block.drawing
    if drawing.width > FRAME_WIDTH:
        factor = FRAME_WIDTH / drawing.width
        drawing.scale(factor, factor)
        drawing.width, drawing.height = drawing.width * factor, drawing.height * factor
    drawing.hAlign = "CENTER"
    return KeepTogether([drawing, _para(block.caption, "caption")])


def _signature(name: str, role: str, width: float) -> RLTable:
    """Lines to sign on: signature, printed name (with role), place and date."""
    s = styles()
    return _grid(
        [
            [""],
            [Paragraph("Underskrift", s["sign"])],
            [Paragraph(escape(name), s["body"]) if name else ""],
            [Paragraph("Namnförtydligande" + (f" – {escape(role)}" if role else ""), s["sign"])],
            [""],
            [Paragraph("Ort och datum", s["sign"])],
        ],
        [width],
        [
            ("LINEABOVE", (0, 1), (0, 1), 0.6, INK),
            ("LINEABOVE", (0, 3), (0, 3), 0.6, INK),
            ("LINEABOVE", (0, 5), (0, 5), 0.6, INK),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ("VALIGN", (0, 3), (-1, 3), "TOP"),
            ("VALIGN", (0, 5), (-1, 5), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
        rowHeights=[30, 14, 24, 14, 24, 14],
    )


def _signatures(block: Signatures) -> Flowable:
    gap = 28
    width = (FRAME_WIDTH - gap) / 2
    tables: list[object] = [_signature(name, role, width) for name, role in block.signatories]
    data = [
        [tables[i], "", tables[i + 1] if i + 1 < len(tables) else ""]
        for i in range(0, len(tables), 2)
    ]
    commands = [
        *_NO_PADDING,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
    ]
    return KeepTogether([Spacer(1, 10), _grid(data, [width, gap, width], commands, hAlign="LEFT")])


def _cover(block: Cover) -> list[Flowable]:
    s = styles()
    facts = _grid(
        [
            [Paragraph(escape(k), s["tile_label"]), Paragraph(escape(v), s["body"])]
            for k, v in block.facts
        ],
        [48 * mm, FRAME_WIDTH - 48 * mm],
        [
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
        hAlign="LEFT",
    )
    contents = [Paragraph(escape(t), s["body"]) for t in block.contents]
    parts = [
        Spacer(1, 20 * mm),
        Paragraph("LEDNINGENS GENOMGÅNG · ISO/IEC 27001:2022 9.3", s["cover_kicker"]),
        Paragraph(escape(block.title), s["cover_title"]),
        Paragraph(escape(block.organisation), s["cover_org"]),
        facts,
        Spacer(1, 10 * mm),
        Paragraph("Innehåll", s["h2"]),
        *contents,
        Spacer(1, 8 * mm),
        _para(block.note, "note"),
    ]
    # A long list of participants must never push the cover onto a second page.
    return [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT - 4, parts, mode="shrink")]


def _flowables(document: ReportDocument) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    for block in document.blocks:
        story += _block(block, s)
    return story


def _block(block: Block, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if isinstance(block, Cover):
        return [*_cover(block), NextPageTemplate("body")]
    if isinstance(block, Heading):
        if block.level == 1:
            return [CondPageBreak(150), _Outlined(block.text, s["h1"], 0)]
        return [CondPageBreak(70), _Outlined(block.text, s["h2"], 1)]
    if isinstance(block, Keep):
        inner = [f for child in block.blocks for f in _block(child, s)]
        return [KeepTogether([f for f in inner if not isinstance(f, CondPageBreak)])]
    if isinstance(block, Text):
        return [_para(block.text, block.style)]
    if isinstance(block, Bullets):
        return [_bullets(block), Spacer(1, 4)]
    if isinstance(block, Table):
        return [_table(block), Spacer(1, 6)]
    if isinstance(block, Tiles):
        return [_tiles(block)]
    if isinstance(block, Chart):
        return [_chart(block)]
    if isinstance(block, Signatures):
        return [_signatures(block)]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    raise TypeError(f"unknown block {block!r}")


# --- page furniture -----------------------------------------------------------------------------


class _PagedCanvas(Canvas):
    """Defines the 'total pages' form at the end, so every footer can say 'Sida X av Y'."""

    def save(self) -> None:
        self.beginForm(PAGE_COUNT_FORM)
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def _footer(canvas: Canvas, document: ReportDocument) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 10 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 9, PAGE_WIDTH - MARGIN_X, y + 9)
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, document.footer)
    total_x = PAGE_WIDTH - MARGIN_X - stringWidth("99", fonts.REGULAR, 7.5)
    canvas.drawRightString(total_x, y, f"Sida {canvas.getPageNumber()} av ")
    canvas.translate(total_x, y)
    canvas.doForm(PAGE_COUNT_FORM)
    canvas.restoreState()


def _header(canvas: Canvas, document: ReportDocument) -> None:
    canvas.saveState()
    y = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, y, document.header)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y - 4, PAGE_WIDTH - MARGIN_X, y - 4)
    canvas.restoreState()


def _cover_band(canvas: Canvas, document: ReportDocument) -> None:
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, PAGE_HEIGHT - 16 * mm, PAGE_WIDTH, 16 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(fonts.BOLD, 9)
    canvas.drawString(MARGIN_X, PAGE_HEIGHT - 9.5 * mm, "Informationssäkerhet")
    canvas.setFont(fonts.REGULAR, 9)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 9.5 * mm, document.footer)
    canvas.restoreState()


class _ReportTemplate(BaseDocTemplate):
    """Adds an outline entry for each heading and reports layout progress."""

    def __init__(
        self, target: io.BytesIO, document: ReportDocument, total: int, step: Callable[[int], None]
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=document.title,
            author=document.author,
            subject=document.subject,
            keywords=", ".join(document.keywords),
            creator=CREATOR,
            lang=LANGUAGE,
            initialFontName=fonts.REGULAR,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

        def cover(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            _cover_band(canvas, document)
            _footer(canvas, document)

        def body(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            _header(canvas, document)
            _footer(canvas, document)

        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=cover),
                PageTemplate("body", [frame], onPage=body),
            ]
        )
        self._total = max(1, total)
        self._done = 0
        self._step = step
        self._outline_keys = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            text, level = outline
            self._outline_keys += 1
            key = f"section-{self._outline_keys}"
            self.canv.bookmarkPage(key, fit="XYZ", top=self.frame._y + flowable.height + 8)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            if self._outline_keys == 1:
                self.canv.showOutline()  # open the bookmarks pane (/PageMode /UseOutlines)
        self._done += 1
        self._step(self._done * 100 // self._total)


def render_pdf(
    document: ReportDocument,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """The composed report as (plain, not yet PDF/A) PDF bytes; progress runs 20–85 %."""
    story = _flowables(document)
    step = phase_progress(progress, cancelled, 20, 65, "Sätter rapportens sidor")
    buffer = io.BytesIO()
    template = _ReportTemplate(buffer, document, len(story), step)
    template.build(story, canvasmaker=_PagedCanvas)
    return buffer.getvalue()


def build_pdf(
    content: ReportContent,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    now: datetime | None = None,
) -> Path:
    """Write the report as PDF/A-2b to ``path`` atomically; returns the path.

    ``progress(percent, step)`` receives Swedish step texts; when ``cancelled()`` turns true the
    build stops with ReportCancelled and no file is left behind. An unwritable target raises
    ReportWriteError (a LagesbildError) before any work is done.
    """
    with report_output(path, progress, cancelled) as out:
        document = compose(content)
        report_step(progress, cancelled, 20, "Sätter rapportens sidor")
        raw = render_pdf(document, progress, cancelled)
        report_step(progress, cancelled, 88, "Gör filen arkivbeständig (PDF/A-2b)")
        moment = (now or datetime.now()).astimezone()
        write_pdfa(
            raw,
            out,
            PdfMetadata(
                title=document.title,
                author=document.author,
                subject=document.subject,
                keywords=", ".join(document.keywords),
                creator=CREATOR,
                language=LANGUAGE,
                created=moment.replace(microsecond=0),
            ),
        )
        report_step(progress, cancelled, 97, "Sparar filen")
    return Path(path)
