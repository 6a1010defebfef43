"""The ``lagesbild`` command, run in-process; plus one subprocess check that it stays Qt-free."""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path

import pytest

from app import cli
from app.reference import load_reference
from app.swedish_format import MINUS

Run = tuple[int, str, str]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> Run:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_swedish_error_line(err: str) -> str:
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, err
    assert lines[0].startswith("Fel: ")
    return lines[0]


# -- demo ------------------------------------------------------------------------------------------


def test_demo_creates_the_store(capsys, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    code, out, err = run(capsys, "demo", "--db", path)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Demodatabasen skapades: {path}",
        "  Demoköpings kommun (kommungrupp B): 2017–2026",
        "  Exempelsunda kommun (kommungrupp C): 2023–2026",
    ]
    assert path.stat().st_size > 0


def test_demo_json(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--json", "demo", "--db", tmp_path / "demo.db")
    data = json.loads(out)
    assert code == 0
    assert [o["name"] for o in data["organisations"]] == [
        "Demoköpings kommun",
        "Exempelsunda kommun",
    ]
    assert data["organisations"][0]["years"] == list(range(2017, 2027))
    assert data["organisations"][1]["assessments"][-1] == {"year": 2026, "status": "draft"}


def test_demo_refuses_an_existing_file(capsys, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    code, out, err = run(capsys, "demo", "--db", demo_db)
    assert (code, out) == (1, "")
    assert "finns redan och är inte tom" in _one_swedish_error_line(err)
    assert demo_db.read_bytes() == before


# -- orgs ------------------------------------------------------------------------------------------


def test_orgs_table(capsys, demo_db: Path) -> None:
    code, out, err = run(capsys, "orgs", "--db", demo_db)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["Organisation", "Kommungrupp", "Typ", "Bedömda", "år", "Utkast"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].split("  ")[0] == "Demoköpings kommun"
    assert lines[2].split()[-2:] == ["2017–2026", "2026"]
    assert " B " in lines[2] and " C " in lines[3]
    # columns line up
    assert lines[0].index("Kommungrupp") == lines[2].index("B") == lines[3].index("C")


def test_orgs_json_and_global_options_anywhere(capsys, demo_db: Path) -> None:
    for argv in (("--json", "--db", demo_db, "orgs"), ("orgs", "--db", demo_db, "--json")):
        code, out, _ = run(capsys, *argv)
        data = json.loads(out)
        assert code == 0
        assert [(o["name"], o["group"], o["municipality"]) for o in data] == [
            ("Demoköpings kommun", "B", None),
            ("Exempelsunda kommun", "C", None),
        ]
        assert data[1]["years"] == [2023, 2024, 2025, 2026]


def test_orgs_uses_environment_and_data_dir(
    capsys, demo_db: Path, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LAGESBILD_DB", str(demo_db))
    code, out, _ = run(capsys, "orgs")
    assert code == 0 and "Demoköpings kommun" in out
    data_dir = tmp_path / "annan"
    code, out, err = run(capsys, "orgs", "--data-dir", data_dir)  # typed beats environment
    assert code == 1
    assert str(data_dir / "lagesbild.db") in err and "finns inte" in err
    assert not data_dir.exists()


def test_orgs_on_an_empty_store(capsys, tmp_path: Path) -> None:
    from app.storage import open_store

    path = tmp_path / "tom.db"
    open_store(path, create=True).close()
    assert run(capsys, "orgs", "--db", path) == (
        0,
        "Databasen innehåller inga organisationer ännu.\n",
        "",
    )
    assert json.loads(run(capsys, "orgs", "--db", path, "--json")[1]) == []


def test_missing_store_is_an_error_and_not_created(capsys, tmp_path: Path) -> None:
    path = tmp_path / "saknas.db"
    code, out, err = run(capsys, "orgs", "--db", path)
    assert (code, out) == (1, "")
    assert _one_swedish_error_line(err) == f"Fel: Databasfilen {path} finns inte."
    assert not path.exists()


@pytest.mark.parametrize("command", [("orgs",), ("compare", "--org", "Demo", "--year", "2024")])
def test_not_a_store_is_refused_byte_identical(
    capsys, tmp_path: Path, command: tuple[str, ...]
) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    before = path.read_bytes()
    code, out, err = run(capsys, *command, "--db", path)
    assert (code, out) == (1, "")
    assert "ingen SQLite-databas" in _one_swedish_error_line(err)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["budget.xlsx"]


# -- benchmarks ------------------------------------------------------------------------------------


def test_benchmarks_full_table(capsys) -> None:
    code, out, err = run(capsys, "benchmarks")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("Område"))
    assert [h.strip() for h in header.split("  ") if h.strip()] == [
        "Område",
        "Grupp A 2019",
        "Grupp A 2023",
        "Grupp B 2019",
        "Grupp B 2023",
        "Grupp C 2019",
        "Grupp C 2023",
        "Riket 2019",
        "Riket 2023",
    ]
    bench = load_reference().benchmarks
    first = next(line for line in lines if line.startswith("1. Ledningen"))
    expected = bench.mean("A", 2019, "management_information")
    assert first.split()[2] == f"{expected:.2f}".replace(".", ",")
    assert sum(1 for line in lines if line[:2] in {f"{n}." for n in range(1, 10)}) == 9
    assert "Källor:" in lines
    assert any("Figur 64" in line and "Grupp A 2019" in line for line in lines)


def test_benchmarks_one_group_and_year(capsys) -> None:
    code, out, _ = run(capsys, "benchmarks", "--group", "b", "--year", "2023")
    assert code == 0
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("Område"))
    assert header.split()[-3:] == ["Grupp", "B", "2023"]
    row = next(line for line in lines if line.startswith("7. "))
    mean = load_reference().benchmarks.mean("B", 2023, "training")
    assert row.split()[-1].rstrip("*") == f"{mean:.2f}".replace(".", ",")
    assert any(line.startswith("  Grupp B 2023: SKR 2023, Figur 65") for line in lines)


def test_benchmarks_json(capsys) -> None:
    code, out, _ = run(capsys, "benchmarks", "--group", "national", "--json")
    data = json.loads(out)
    assert code == 0
    assert [(s["group"], s["year"], s["group_size"]) for s in data["series"]] == [
        ("national", 2019, 290),
        ("national", 2023, 290),
    ]
    area = data["areas"][2]
    assert area["key"] == "risk_management"
    bench = load_reference().benchmarks
    assert area["benchmarks"][1]["mean"] == bench.mean("national", 2023, "risk_management")
    assert area["benchmarks"][1]["level2_count"] == bench.level2_count(
        "national", 2023, "risk_management"
    )


def test_benchmarks_bad_input(capsys) -> None:
    code, out, err = run(capsys, "benchmarks", "--year", "2020")
    assert (code, out) == (1, "")
    assert (
        _one_swedish_error_line(err) == "Fel: Jämförelsetal finns för 2019 och 2023, inte för 2020."
    )
    code, out, err = run(capsys, "benchmarks", "--group", "D")
    assert (code, out) == (2, "")
    assert "«D» är ingen kommungrupp" in err and "fel:" in err


# -- municipality ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (["goteborg"], "Göteborg (Västra Götalands län) tillhör kommungrupp A"),
        (["Habo"], "Habo (Jönköpings län) tillhör kommungrupp B"),
        (["Stokholm"], "Stockholm (Stockholms län) tillhör kommungrupp A"),
        (["upplands", "väsby"], "Upplands Väsby (Stockholms län) tillhör kommungrupp A"),
    ],
)
def test_municipality_found(capsys, query: list[str], expected: str) -> None:
    code, out, err = run(capsys, "municipality", *query)
    assert (code, err) == (0, "")
    assert out.startswith(expected)


def test_municipality_says_how_it_read_a_typo(capsys) -> None:
    _, out, _ = run(capsys, "municipality", "Kungsbaka")
    assert out.splitlines()[-1] == "(Tolkat «Kungsbaka» som Kungsbacka.)"
    _, out, _ = run(capsys, "municipality", "Kungsbacka")
    assert "Tolkat" not in out


def test_municipality_unsure_lists_suggestions(capsys) -> None:
    code, out, err = run(capsys, "municipality", "Hab")
    assert (code, out) == (1, "")
    assert err.startswith("Hittar ingen kommun som heter «Hab». Menade du: ")
    assert "Habo" in err and "Håbo" in err


def test_municipality_unknown(capsys) -> None:
    code, out, err = run(capsys, "municipality", "Xyzzyx")
    assert (code, out) == (1, "")
    assert _one_swedish_error_line(err) == "Fel: «Xyzzyx» finns inte bland Sveriges 290 kommuner."


def test_municipality_json(capsys) -> None:
    code, out, _ = run(capsys, "municipality", "malmo", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["match"]["name"] == "Malmö" and data["match"]["group"] == "A"
    assert data["exact"] is False
    code, out, _ = run(capsys, "municipality", "Hab", "--json")
    data = json.loads(out)
    assert code == 1 and data["match"] is None and "Håbo" in data["suggestions"]


# -- compare ---------------------------------------------------------------------------------------


def _row(out: str, number: int) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(f"{number}. "))
    return line.split()


def test_compare_table_values(capsys, demo_db: Path) -> None:
    code, out, err = run(
        capsys, "compare", "--db", demo_db, "--org", "demokoping", "--year", "2023"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "Demoköpings kommun (kommungrupp B) – bedömning 2023 (fastställd, 2023-03-20), "
        "jämförelsetal SKR 2023"
    )
    header = next(line for line in lines if line.startswith("Område"))
    assert "Sedan 2022" in header and "Grupp B" in header
    bench = load_reference().benchmarks
    procurement = _row(out, 8)  # 8. Upphandling: started in 2023 (level 1), like 2022
    group = bench.mean("B", 2023, "procurement")
    national = bench.mean("national", 2023, "procurement")
    assert procurement[2:] == [
        "1",
        "1",
        "3",
        f"{group:.2f}".replace(".", ","),
        f"{national:.2f}".replace(".", ","),
        f"{MINUS}{group - 1:.2f}".replace(".", ","),
        f"{MINUS}{national - 1:.2f}".replace(".", ","),
        "±0",
    ]
    governing = _row(out, 2)
    assert governing[-1] == "±0" and governing[2] == "2"
    assert "  Områden på SKR-nivå 2: 8 av 9" in lines
    assert any(
        line.startswith("  Under gruppens medelvärde: 1 område (Informationssäkerhetskrav")
        for line in lines
    )
    assert "  Sedan 2022: 3 förbättrade, 0 försämrade områden" in lines


def test_compare_shows_the_slip_and_an_older_benchmark(capsys, demo_db: Path) -> None:
    code, out, _ = run(
        capsys,
        "compare",
        "--db",
        demo_db,
        "--org",
        "Demoköpings kommun",
        "--year",
        "2021",
        "--benchmark-year",
        "2019",
    )
    assert code == 0
    assert out.splitlines()[0].endswith("jämförelsetal SKR 2019")
    assert _row(out, 7)[-1] == f"{MINUS}1"  # training slipped back in 2021
    assert "  Sedan 2020: 1 förbättrade, 1 försämrade områden" in out.splitlines()


def test_compare_first_year_has_no_previous(capsys, demo_db: Path) -> None:
    code, out, _ = run(
        capsys, "compare", "--db", demo_db, "--org", "Exempelsunda", "--year", "2023"
    )
    assert code == 0
    assert "Förändring" in out and "  Ingen tidigare bedömning att jämföra med." in out.splitlines()
    assert _row(out, 1)[-1] == "–"


def test_compare_json(capsys, demo_db: Path) -> None:
    code, out, _ = run(capsys, "--json", "compare", "--db", demo_db, "--org", "1", "--year", "2026")
    data = json.loads(out)
    assert code == 0
    assert (data["organisation"]["name"], data["status"], data["previous_year"]) == (
        "Demoköpings kommun",
        "draft",
        2025,
    )
    continuity = data["areas"][5]
    assert continuity["key"] == "continuity"
    assert (continuity["own_level"], continuity["self_level"], continuity["target_level"]) == (
        2,
        2,
        3,
    )
    assert continuity["diff_group"] == round(2 - continuity["group_mean"], 2)
    assert data["key_figures"]["areas_at_level_two"] == 8
    assert data["key_figures"]["mean_level"] == 1.89  # 17 / 9
    assert data["key_figures"]["areas_below_group"] == ["classification"]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (
            ["--org", "Malmö", "--year", "2023"],
            1,
            "Organisationen «Malmö» finns inte i databasen. Tillgängliga: Demoköpings kommun, Exempelsunda kommun.",
        ),
        (
            ["--org", "Exempelsunda", "--year", "2019"],
            1,
            "Exempelsunda kommun har ingen bedömning för 2019. Bedömda år: 2023, 2024, 2025, 2026.",
        ),
        (
            ["--org", "Demoköping", "--year", "1800"],
            1,
            "Året 1800 ligger utanför det tillåtna intervallet",
        ),
        (
            ["--org", "Demoköping", "--year", "2023", "--benchmark-year", "2021"],
            1,
            "Jämförelsetal finns för 2019 och 2023, inte för 2021.",
        ),
        (["--org", "Demoköping", "--year", "tjugo"], 2, "«tjugo» är inget årtal"),
        (["--org", "Demoköping"], 2, "följande argument saknas: --year"),
    ],
)
def test_compare_bad_input(capsys, demo_db: Path, argv: list[str], code: int, message: str) -> None:
    before = demo_db.read_bytes()
    result, out, err = run(capsys, "compare", "--db", demo_db, *argv)
    assert (result, out) == (code, "")
    assert message in err
    if code == 1:
        _one_swedish_error_line(err)
    assert demo_db.read_bytes() == before


# -- GUI launch and the rest -----------------------------------------------------------------------


def test_no_subcommand_starts_the_gui(capsys, monkeypatch, tmp_path: Path) -> None:
    calls = []
    fake = types.ModuleType("ui.application")
    fake.run = lambda *args, **kwargs: calls.append(args) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.application", fake)
    import ui

    monkeypatch.setattr(ui, "application", fake, raising=False)
    assert run(capsys, "--demo", "--view", "benchmarks", "--screenshot", tmp_path / "s.png")[0] == 0
    monkeypatch.delenv("LAGESBILD_DB")
    monkeypatch.delenv("LAGESBILD_DATA_DIR")
    assert run(capsys)[0] == 0
    assert run(capsys, "--db", tmp_path / "x.db")[0] == 0
    assert calls == [
        (
            Path(os.environ.get("LAGESBILD_DB", "")) if False else calls[0][0],
            True,
            tmp_path / "s.png",
            "benchmarks",
        ),
        (None, False, None, None),
        (tmp_path / "x.db", False, None, None),
    ]


def test_gui_that_cannot_load_gives_a_swedish_message(capsys, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "ui.application", None)
    import ui

    monkeypatch.delattr(ui, "application", raising=False)
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert _one_swedish_error_line(err).startswith(
        "Fel: Det grafiska gränssnittet kan inte startas"
    )


def test_gui_options_with_a_subcommand_are_refused(capsys, demo_db: Path) -> None:
    code, _, err = run(capsys, "--demo", "orgs", "--db", demo_db)
    assert code == 2
    assert "gäller bara det grafiska gränssnittet" in err


def test_help_is_swedish(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("användning: lagesbild")
    for name in ("demo", "orgs", "benchmarks", "municipality", "compare"):
        assert f"    {name}" in out
    code, _, err = run(capsys, "okänt")
    assert code == 2 and "ogiltigt val" in err


def test_cli_module_is_qt_free(fresh_python) -> None:
    code = (
        "import app.cli, sys; "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))"
    )
    fresh_python(code)


def test_gui_without_a_display_gives_a_clear_message(monkeypatch, capsys) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    assert cli.main(["--demo"]) == cli.EXIT_USAGE
    assert "Ingen bildskärm hittades" in capsys.readouterr().err
