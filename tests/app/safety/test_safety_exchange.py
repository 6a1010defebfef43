"""JSON export/import: a complete round trip, and refused files leave the store byte-identical."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.exchange.json_exchange import FORMAT_NAME, MAX_FILE_BYTES, MAX_SHORT_TEXT
from app.services import safety
from app.services.workspace import Workspace
from tests.app.safety.conftest import CliResult, store_state


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _without_export_time(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "exported_at"}


def test_demo_round_trip_is_lossless(demo_db: Path, tmp_path: Path, cli) -> None:
    first, second = tmp_path / "första.json", tmp_path / "andra.json"
    assert cli("export", "--db", demo_db, "-o", first).code == 0
    target = tmp_path / "ny" / "lagesbild.db"
    Workspace.open(target, create=True).close()
    result = cli("import", "--db", target, first)
    assert result.code == 0, result.err
    assert "Importerade Demoköpings kommun, Exempelsunda kommun" in result.out
    assert cli("export", "--db", target, "-o", second).code == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert a["format"] == FORMAT_NAME and a["format_version"] == 1
    assert _without_export_time(a) == _without_export_time(b)
    org = a["organisations"][0]
    assert {"assessments", "reviews", "activities", "management_members"} <= set(org)
    assert any(r["decisions"] for r in org["reviews"])
    assert any(x["decision_ref"] for x in org["activities"])
    assert any(x["comments"] for x in org["activities"])


def test_small_export_keeps_status_history_and_links(
    small_export_path: Path, empty_store: Path
) -> None:
    with Workspace.open(empty_store) as workspace:
        summary = safety.import_json(workspace, small_export_path)
        assert summary.imported == ("Falun",) and summary.backup is not None
        org = workspace.organisations()[0]
        final, draft = workspace.assessments(org.id or 0)
        assert final.is_final and not draft.is_final
        assert [r.reason for r in workspace.reopenings(final.id or 0)] == ["Fel svar i område 3"]
        from app.services.reviews import ReviewService

        reviews = ReviewService(workspace)
        (review,) = reviews.reviews(org.id or 0)
        assert review.is_final and len(review.decisions) == 2
        follow = reviews.follow_ups(review)
        assert follow[0].activity is not None and follow[1].activity is None
        last = workspace.store.audit.entries()[-1]
        assert last.action == "import" and "Falun" in (last.reason or "")


def test_export_of_one_organisation(demo_db: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "en.json"
    assert cli("export", "--db", demo_db, "--org", "Exempelsunda", "-o", out).code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [o["name"] for o in data["organisations"]] == ["Exempelsunda kommun"]


# -- refused files ------------------------------------------------------------------------------


def _mutated(base: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = copy.deepcopy(base)
    change(data)
    return data


def _org(data: dict[str, Any]) -> dict[str, Any]:
    return data["organisations"][0]


BAD_DOCUMENTS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "wrong format name": (lambda d: d.update(format="annat-program"), "ingen exportfil"),
    "newer version": (lambda d: d.update(format_version=2), "nyare version"),
    "version as text": (lambda d: d.update(format_version="1"), "formatversion"),
    "organisations not a list": (lambda d: d.update(organisations={}), "lista"),
    "missing name": (lambda d: _org(d).pop("name"), "saknar fältet «name»"),
    "year as text": (lambda d: _org(d)["assessments"][0].update(year="2023"), "heltal"),
    "level as bool": (
        lambda d: _org(d)["assessments"][0]["responses"][0].update(self_level=True),
        "heltal",
    ),
    "bad date": (lambda d: _org(d)["assessments"][0].update(assessed_on="2023-02-30"), "datum"),
    "unknown field": (lambda d: _org(d).update(hemligt="x"), "okända fältet"),
    "unknown status": (lambda d: _org(d)["assessments"][0].update(status="klar"), "okända värdet"),
    "long name": (lambda d: _org(d).update(name="x" * (MAX_SHORT_TEXT + 1)), "för lång"),
    "nul in text": (lambda d: _org(d).update(note="a\x00b"), "nolltecken"),
    "dangling decision": (
        lambda d: _org(d)["activities"][0].update(decision_ref=999),
        "beslut 999",
    ),
    "unknown area": (
        lambda d: _org(d)["assessments"][1]["responses"][0].update(area_key="hemligt"),
        "Okänt uppföljningsområde",
    ),
    "level contradicts answer": (
        lambda d: _org(d)["assessments"][1]["responses"][0].update(self_level=1),
        "motsvarar minst mognadsnivå 2",
    ),
    "wrong municipality group": (lambda d: _org(d).update(group="A"), "kommungrupp"),
    "final but incomplete": (
        lambda d: _org(d)["assessments"][0]["responses"].pop(),
        "kan inte fastställas",
    ),
}


def _assert_refused(
    cli: Callable[..., CliResult], store: Path, file: Path, expected: str, *extra: str
) -> None:
    before = store_state(store)
    result = cli("import", "--db", store, file, *extra)
    assert result.code == 1
    assert result.err.startswith("Fel: ") and expected in result.err
    assert store_state(store) == before


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_bad_document_is_refused_byte_identical(
    case: str, small_export: dict[str, Any], empty_store: Path, tmp_path: Path, cli
) -> None:
    change, expected = BAD_DOCUMENTS[case]
    file = _write(tmp_path / "fel.json", _mutated(small_export, change))
    _assert_refused(cli, empty_store, file, expected)


BAD_BYTES: dict[str, tuple[bytes, str]] = {
    "broken utf-8": (b'{"format": "lagesbild-export", "x": "\xc3\x28"}', "UTF-8"),
    "not json": (b"<html>hej</html>", "ingen giltig JSON"),
    "empty": (b"", "ingen giltig JSON"),
    "duplicate keys": (
        b'{"format": "lagesbild-export", "format_version": 1, "organisations": [], '
        b'"organisations": []}',
        "två gånger",
    ),
    "NaN": (b'{"format": "lagesbild-export", "format_version": NaN}', "NaN"),
    "Infinity": (b'{"format": "lagesbild-export", "x": -Infinity}', "Infinity"),
    "float": (b'{"format": "lagesbild-export", "format_version": 1.0}', "decimaltal"),
    "huge number": (b'{"format_version": ' + b"9" * 5000 + b"}", "orimligt stort tal"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "djupt nästlad"),
    "lone surrogate": (
        b'{"format": "lagesbild-export", "format_version": 1, "organisations": '
        b'[{"name": "\\ud800", "group": "B"}]}',
        "surrogat",
    ),
    "top level list": (b"[]", "ingen exportfil"),
}


@pytest.mark.parametrize("case", sorted(BAD_BYTES))
def test_hostile_bytes_are_refused_byte_identical(
    case: str, empty_store: Path, tmp_path: Path, cli
) -> None:
    data, expected = BAD_BYTES[case]
    file = tmp_path / "fel.json"
    file.write_bytes(data)
    _assert_refused(cli, empty_store, file, expected)


def test_file_over_50_mb_is_refused_before_reading(
    empty_store: Path, tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "stor.json"
    with file.open("wb") as handle:  # sparse: costs no disk and no time
        handle.truncate(MAX_FILE_BYTES + 1)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file over the limit must not be parsed")

    monkeypatch.setattr(json, "loads", no_parsing)
    _assert_refused(cli, empty_store, file, "för stor")


def test_existing_organisation_is_not_overwritten(
    small_export_path: Path, empty_store: Path, cli
) -> None:
    assert cli("import", "--db", empty_store, small_export_path).code == 0
    _assert_refused(cli, empty_store, small_export_path, "«Falun» finns redan")
    skipped = cli("import", "--db", empty_store, small_export_path, "--skip-existing")
    assert skipped.code == 0 and "Hoppade över (finns redan): Falun" in skipped.out
    renamed = cli("import", "--db", empty_store, small_export_path, "--as-new-name", "Falun 2")
    assert renamed.code == 0, renamed.err
    with Workspace.open(empty_store, read_only=True) as workspace:
        names = {o.name: o for o in workspace.organisations()}
        assert set(names) == {"Falun", "Falun 2"}
        assert names["Falun 2"].municipality is None  # Falun the municipality exists already
        assert len(workspace.assessments(names["Falun 2"].id or 0)) == 2


def test_import_is_refused_while_the_store_is_open_elsewhere(
    small_export_path: Path, empty_store: Path, cli
) -> None:
    with Workspace.open(empty_store):
        result = cli("import", "--db", empty_store, small_export_path)
    assert result.code == 1 and "redan öppen i ett annat Lägesbild-fönster" in result.err
