"""The Linux desktop entry and AppStream metadata validate and agree on one application id."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "se.lagesbild.Lagesbild"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which(tool)
    if exe is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=60)


def test_desktop_file_validates():
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    # desktop-file-validate prints hints and warnings without failing; keep the file clean.
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_validates_offline():
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_lagesbild_in_office():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Lägesbild"
    assert entry["Exec"].split()[0] == "lagesbild"
    assert entry["Icon"] == APP_ID
    assert "Office" in entry["Categories"].split(";")


def test_metainfo_ids_licences_and_release():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert [c.text for c in root.iter("category")] == ["Office"]
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = {s.get(lang, "en"): s.text for s in root.findall("summary")}
    assert {"en", "sv"} <= summaries.keys()
    paragraphs = {p.get(lang, "en") for p in root.find("description").findall("p")}
    assert {"en", "sv"} <= paragraphs
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("screenshots/screenshot/image").text.startswith("https://")
    release = root.find("releases/release")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert release.get("version") == pyproject["project"]["version"]
    assert release.get("date") == "2026-11-29"
    assert root.findtext("developer/name") or root.findtext("developer_name")
