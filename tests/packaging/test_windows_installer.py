"""The Inno Setup script installs per user and never deletes the user's data on uninstall."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "lagesbild.iss"
ISL = WINDOWS / "Swedish.isl"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"


def _text(path: Path) -> str:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} must be UTF-8 with BOM for Inno Setup"
    return raw.decode("utf-8-sig")


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", stripped)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(stripped)
    return sections


def _setup(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections(text)["Setup"])


def test_per_user_install_under_local_appdata():
    text = _text(ISS)
    setup = _setup(text)
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert '#define AppName "Lägesbild"' in text
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\{#AppName}"
    icons = _sections(text)["Icons"]
    assert any(line.startswith(r'Name: "{userprograms}\{#AppName}"') for line in icons)
    assert not re.search(r"\{(commonprograms|commonpf|pf|autopf|commondesktop)", text)


def test_uninstall_keeps_the_users_data():
    text = _text(ISS)
    sections = _sections(text)
    assert "UninstallDelete" not in sections
    assert "InstallDelete" not in sections
    code = "\n".join(sections.get("Code", [])).lower()
    for destructive in ("deltree", "removedir", "deletefile"):
        assert destructive not in code
    assert r"{localappdata}\Lagesbild\Lagesbild" in text  # only mentioned, to tell the user
    assert "Lagesbild\\Lagesbild" not in "\n".join(sections["Files"])


def test_version_comes_from_a_define_matching_pyproject():
    text = _text(ISS)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    match = re.search(r'#ifndef AppVersion\s+#define AppVersion "([^"]+)"\s+#endif', text)
    assert match, "AppVersion must be overridable with /DAppVersion=..."
    assert match.group(1) == pyproject["project"]["version"]
    assert _setup(text)["AppVersion"] == "{#AppVersion}"


def test_swedish_and_english_installer_languages():
    text = _text(ISS)
    languages = _sections(text)["Languages"]
    assert any('Name: "swedish"' in line and "Swedish.isl" in line for line in languages)
    assert any('Name: "english"' in line and "compiler:Default.isl" in line for line in languages)
    isl = _sections(_text(ISL))
    options = dict(line.split("=", 1) for line in isl["LangOptions"])
    assert options["LanguageName"] == "Svenska"
    assert options["LanguageID"] == "$041D"
    messages = dict(line.split("=", 1) for line in isl["Messages"])
    assert messages["ButtonNext"] == "&Nästa >"
    assert "finns kvar" in messages["ConfirmUninstall"]


def test_installs_the_pyinstaller_folder_and_its_gui_executable():
    text = _text(ISS)
    assert r'#define DistDir "..\..\dist\lagesbild"' in text
    assert '#define AppExe "lagesbild.exe"' in text
    spec = (ROOT / "packaging" / "lagesbild.spec").read_text(encoding="utf-8")
    assert 'name="lagesbild",' in spec
    assert (ROOT / "resources" / "icons" / "lagesbild.ico").is_file()


def test_workflow_builds_translations_pyinstaller_and_installer():
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    assert 'python-version: "3.11"' in workflow
    assert "pip install -e ." in workflow
    assert "scripts/build_translations.py" in workflow
    assert "packaging/lagesbild.spec" in workflow
    assert "choco install innosetup" in workflow
    assert r"packaging\windows\lagesbild.iss" in workflow
    assert "/DAppVersion=" in workflow
    assert "actions/upload-artifact" in workflow
