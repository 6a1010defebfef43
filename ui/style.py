"""The app's look: Fusion with a calm light palette and a small stylesheet keyed on object names.

Pages do not set colours themselves; they give widgets an object name or a ``role`` property
(``title``, ``subtitle``, ``muted``, ``card``, ``problems``, ``info``) and the stylesheet here
decides how that looks, so the whole app changes in one place.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

from ui.steady_text import SteadyLabel

TEXT = "#1f2933"
MUTED = "#5b6670"
WINDOW = "#f4f5f7"
BASE = "#ffffff"
ALTERNATE = "#f7f8fa"
BORDER = "#d5dae0"
ACCENT = "#2b5d8a"
ACCENT_SOFT = "#dce7f2"
SIDEBAR = "#e9edf1"
PROBLEM_BG = "#fbeeee"
PROBLEM_BORDER = "#d9a3a3"
PROBLEM_TEXT = "#7a1f1f"
INFO_BG = "#eef3f8"
FINAL_BG = "#eaf4ec"
FINAL_TEXT = "#24582f"

STYLESHEET = f"""
QListView#Navigation {{
    background: {SIDEBAR};
    border: none;
    border-right: 1px solid {BORDER};
    padding: 12px 8px;
    font-size: 10.5pt;
    outline: 0;
}}
QListView#Navigation::item {{
    padding: 9px 12px;
    border-radius: 6px;
    margin: 1px 0;
    color: {TEXT};
}}
QListView#Navigation::item:hover {{ background: #dde3ea; }}
QListView#Navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListView#Navigation::item:disabled {{ color: #98a2ad; }}
QToolBar#ContextBar {{
    background: {BASE};
    border: none;
    border-bottom: 1px solid {BORDER};
    padding: 6px 10px;
    spacing: 8px;
}}
QLabel[role="title"] {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="subtitle"] {{ font-size: 12pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="status-draft"] {{
    background: {ACCENT_SOFT}; color: {ACCENT}; border-radius: 4px; padding: 3px 8px;
}}
QLabel[role="status-final"] {{
    background: {FINAL_BG}; color: {FINAL_TEXT}; border-radius: 4px; padding: 3px 8px;
}}
QLabel[role="level"] {{ font-weight: 600; color: {ACCENT}; }}
QFrame[role="card"] {{
    background: {BASE};
    border: 1px solid {BORDER};
    border-radius: 8px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="problems"] {{
    background: {PROBLEM_BG};
    border: 1px solid {PROBLEM_BORDER};
    border-radius: 6px;
}}
QFrame[role="problems"] QLabel, QLabel[role="problem"],
QFrame[role="card"] QLabel[role="problem"] {{ color: {PROBLEM_TEXT}; background: transparent; }}
QLabel[role="info"], QFrame[role="card"] QLabel[role="info"] {{
    background: {INFO_BG};
    border-radius: 6px;
    color: {TEXT};
    padding: 6px 10px;
}}
QScrollArea#EditorScroll, QScrollArea#EditorScroll > QWidget > QWidget {{ background: {WINDOW}; }}
QTableView, QListView {{ gridline-color: {BORDER}; }}
QHeaderView::section {{
    background: {ALTERNATE};
    border: none;
    border-bottom: 1px solid {BORDER};
    border-right: 1px solid {BORDER};
    padding: 5px 8px;
    font-weight: 600;
}}
QComboBox[role="locked"]:disabled {{ color: {TEXT}; background: {ALTERNATE}; }}
QPlainTextEdit[role="locked"], QLineEdit[role="locked"], QDateEdit[role="locked"],
QLineEdit[readOnly="true"] {{ background: {ALTERNATE}; }}
QListView#MunicipalityList::item {{ padding: 4px 6px; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid #234c71; border-radius: 4px;
}}
QPushButton[role="primary"]:hover {{ background: #316a9c; }}
QPushButton[role="primary"]:disabled {{ background: #9fb3c6; border-color: #9fb3c6; }}
QStatusBar {{ background: {BASE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 6px; }}
QStatusBar QLabel[role="readonly"] {{
    color: {PROBLEM_TEXT}; background: {PROBLEM_BG}; border-radius: 3px; font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {BORDER}; background: {BASE}; top: -1px; }}
"""


def light_palette() -> QPalette:
    """A light, low-contrast-to-the-eye but WCAG-readable palette for Fusion."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: BASE,
        QPalette.ColorRole.AlternateBase: ALTERNATE,
        QPalette.ColorRole.ToolTipBase: "#fffdf2",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a949e",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#eef0f3",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#b00020",
        QPalette.ColorRole.Light: BASE,
        QPalette.ColorRole.Midlight: "#e4e7eb",
        QPalette.ColorRole.Mid: "#c3c9d0",
        QPalette.ColorRole.Dark: "#9aa3ad",
        QPalette.ColorRole.Shadow: "#6b7580",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.LinkVisited: "#5a4a8a",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#8a949e"))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor(ALTERNATE))
    return palette


def apply_style(app: QApplication) -> None:
    """Fusion + palette + stylesheet; also a readable default font size."""
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def set_role(widget: QWidget, role: str) -> QWidget:
    """Tag a widget for the stylesheet and re-polish it so a changed role shows at once."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget


def label(
    text: str = "", role: str | None = None, *, wrap: bool = False, steady: bool = False
) -> QLabel:
    """A QLabel tagged with a stylesheet role; ``steady`` for one whose text changes often
    (see ui.steady_text: a new text that fits causes no relayout)."""
    if steady:
        widget: QLabel = SteadyLabel(text, wrap=wrap)
    else:
        widget = QLabel(text)
        widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def card(parent: QWidget | None = None) -> QFrame:
    """A white rounded panel: the building block of the editor and the welcome page."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame
