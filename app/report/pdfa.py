"""Turn reportlab's PDF into PDF/A-2b with pikepdf (reportlab itself writes no PDF/A).

Added: an sRGB OutputIntent (GTS_PDFA1), the document language in the catalog, an Info
dictionary with Swedish metadata and XMP metadata that matches it (dc:title, dc:creator,
xmp dates, pdf:Producer) and declares pdfaid:part 2 / conformance B. The file is never
encrypted and reportlab's trailer /ID is kept. See PDFA.md for how conformance is checked.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import BinaryIO

import pikepdf
from pikepdf import Name

from app.paths import resources_dir

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class PdfMetadata:
    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    language: str
    created: datetime  # timezone-aware


@cache
def srgb_profile() -> bytes:
    """The sRGB ICC profile shipped in resources/icc (see its README)."""
    return (resources_dir() / "icc" / "sRGB.icc").read_bytes()


def _pdf_date(moment: datetime) -> str:
    """PDF date string, e.g. D:20261129143000+01'00'."""
    offset = moment.strftime("%z") or "+0000"
    return f"D:{moment:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


def write_pdfa(source: bytes, out: BinaryIO, meta: PdfMetadata) -> None:
    """Write ``source`` (a reportlab PDF) to ``out`` as PDF/A-2b."""
    with pikepdf.open(io.BytesIO(source)) as pdf:
        icc = pdf.make_stream(srgb_profile())
        icc[Name.N] = 3
        intent = pikepdf.Dictionary(
            Type=Name.OutputIntent,
            S=Name.GTS_PDFA1,
            OutputConditionIdentifier=OUTPUT_CONDITION,
            Info=OUTPUT_CONDITION,
            RegistryName="http://www.color.org",
            DestOutputProfile=icc,
        )
        pdf.Root[Name.OutputIntents] = pikepdf.Array([pdf.make_indirect(intent)])
        pdf.Root[Name.Lang] = pikepdf.String(meta.language)
        pdf.Root[Name.ViewerPreferences] = pikepdf.Dictionary(DisplayDocTitle=True)

        stamp = _pdf_date(meta.created)
        info = pdf.docinfo
        for key in list(info.keys()):
            del info[key]
        info[Name.Title] = pikepdf.String(meta.title)
        info[Name.Author] = pikepdf.String(meta.author)
        info[Name.Subject] = pikepdf.String(meta.subject)
        info[Name.Keywords] = pikepdf.String(meta.keywords)
        info[Name.Creator] = pikepdf.String(meta.creator)
        info[Name.Producer] = pikepdf.String(
            f"ReportLab {_reportlab_version()}; pikepdf {pikepdf.__version__}"
        )
        info[Name.CreationDate] = pikepdf.String(stamp)
        info[Name.ModDate] = pikepdf.String(stamp)

        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            xmp.load_from_docinfo(info, delete_missing=True)
            xmp["dc:language"] = [meta.language]
            xmp["xmp:MetadataDate"] = meta.created.isoformat()
            xmp["pdfaid:part"] = PDFA_PART
            xmp["pdfaid:conformance"] = PDFA_CONFORMANCE
        if Name.ID not in pdf.trailer:
            raise RuntimeError("reportlab wrote no document /ID")
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.preserve)


@cache
def _reportlab_version() -> str:
    import reportlab

    return reportlab.Version
