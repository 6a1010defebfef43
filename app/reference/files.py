"""Locating and reading the reference data files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.reference.errors import ReferenceDataError


def reference_dir() -> Path:
    """Directory holding the shipped reference JSON files.

    Kept in one place so that the PyInstaller bundle (``sys._MEIPASS``) and a
    source checkout resolve the same relative layout: ``resources/reference``.
    """
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources" / "reference"
    return Path(__file__).resolve().parents[2] / "resources" / "reference"


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def read_json(path: Path) -> Any:
    """Parse a UTF-8 JSON file, turning every failure into a Swedish ReferenceDataError.

    NaN/Infinity are rejected because they are not JSON and would slip through
    numeric range checks.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferenceDataError(f"Referensfilen {path.name} saknas ({path}).") from None
    except UnicodeDecodeError:
        raise ReferenceDataError(
            f"Referensfilen {path.name} går inte att läsa: den är inte sparad som UTF-8."
        ) from None
    except OSError as exc:
        raise ReferenceDataError(
            f"Referensfilen {path.name} kunde inte läsas: {exc.strerror or exc}."
        ) from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(
            f"Referensfilen {path.name} är inte giltig JSON (rad {exc.lineno}, kolumn {exc.colno})."
        ) from None
    except ValueError as exc:
        raise ReferenceDataError(
            f"Referensfilen {path.name} innehåller det ogiltiga talet {exc}."
        ) from None
