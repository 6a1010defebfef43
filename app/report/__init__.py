"""The management-review report (ledningens genomgång): content, PDF/A-2b and Word.

``build_report_content`` gathers a ``ReportContent`` from the workspace's services; ``build_pdf``
and ``build_docx`` render it (both through ``app.report.layout``) and write atomically.
"""

from app.report.content import ReportContent, build_report_content
from app.report.docx_builder import build_docx
from app.report.output import ReportCancelled, ReportError, ReportWriteError
from app.report.pdf import build_pdf

__all__ = [
    "ReportCancelled",
    "ReportContent",
    "ReportError",
    "ReportWriteError",
    "build_docx",
    "build_pdf",
    "build_report_content",
]
