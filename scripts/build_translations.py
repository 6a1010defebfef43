"""Compile the Qt Linguist sources resources/i18n/*.ts into .qm files (and optionally refresh them).

    .venv/bin/python scripts/build_translations.py             # .ts -> .qm beside the sources
    .venv/bin/python scripts/build_translations.py --update    # first re-extract strings from ui/

The .qm files are build products (git-ignored); ``make venv`` and ``packaging/build.sh`` run this
script. The GUI's source strings are Swedish, so only the English catalogue needs a file.
``build_translations()`` is importable so that tests can compile into a temporary folder.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
UI_DIR = ROOT / "ui"
SOURCE_LANGUAGE = "sv_SE"


def _qt_tool(name: str) -> str:
    """The Linguist tool shipped in the PySide6 wheel, else one on PATH."""
    try:
        import PySide6

        exe = Path(PySide6.__file__).resolve().parent / (
            f"{name}.exe" if sys.platform == "win32" else name
        )
        if exe.is_file():
            return str(exe)
    except ImportError:
        pass
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return found
    raise FileNotFoundError(f"Hittar inte Qt-verktyget {name} (installera PySide6).")


def build_translations(source_dir: Path = I18N_DIR, output_dir: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` in ``source_dir`` to ``output_dir`` (default: beside the source)."""
    output_dir = output_dir or source_dir
    output_dir.mkdir(parents=True, exist_ok=True)
    lrelease = _qt_tool("lrelease")
    built: list[Path] = []
    for ts in sorted(source_dir.glob("*.ts")):
        qm = output_dir / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def python_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def update_sources(source_dir: Path = I18N_DIR, ui_dir: Path = UI_DIR) -> None:
    """Re-extract tr()/translate() strings from ui/ into every .ts (keeps existing translations)."""
    lupdate = _qt_tool("lupdate")
    sources = [str(p.relative_to(ROOT)) for p in python_sources(ui_dir)]
    for ts in sorted(source_dir.glob("*.ts")):
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [
                lupdate,
                "-silent",
                "-locations",
                "relative",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bygg Lägesbilds översättningar (.ts → .qm).")
    parser.add_argument("--update", action="store_true", help="extrahera först strängar ur ui/")
    parser.add_argument("--out", type=Path, help="katalog för .qm (standard: resources/i18n)")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    for qm in build_translations(I18N_DIR, args.out):
        print(qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
