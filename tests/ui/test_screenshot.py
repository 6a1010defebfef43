"""Screenshot mode renders each view at 1440×900 into a PNG without showing any dialog."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.demo import create_demo_store
from ui.application import SCREENSHOT_SIZE, VIEWS, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_store(path)
    return path


def _views() -> list[str]:
    views = [v for v in VIEWS if v != "presentation"]
    if importlib.util.find_spec("ui.presentation") is not None:
        views.append("presentation")
    return views


@pytest.mark.parametrize("view", _views())
def test_each_view_renders_a_png(qapp, demo_db, tmp_path, view, no_modal_dialogs):
    target = tmp_path / "shots" / f"{view}.png"
    assert run(demo_db, False, target, view) == 0
    image = QImage(str(target))
    assert not image.isNull()
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    # Not a blank canvas: a rendered window has many distinct colours.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 5


def test_unknown_view_is_refused(qapp, demo_db, tmp_path, capsys):
    assert run(demo_db, False, tmp_path / "x.png", "kalender") == 2
    assert "Okänd vy" in capsys.readouterr().err


def test_missing_store_exits_with_a_message_and_no_dialog(qapp, tmp_path, capsys, no_modal_dialogs):
    assert run(tmp_path / "saknas.db", False, tmp_path / "x.png", "dashboard") == 1
    assert "finns inte" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


@pytest.mark.skipif(importlib.util.find_spec("app.cli") is None, reason="app.cli not present yet")
def test_cli_screenshot_in_a_fresh_process(demo_db, tmp_path):
    target = tmp_path / "cli.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "--db",
            str(demo_db),
            "--screenshot",
            str(target),
            "--view",
            "assessment",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 10_000
