"""Validation of reference files: clear Swedish errors, and importable future surveys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.reference import (
    ReferenceDataError,
    load_benchmark_file,
    load_reference,
    reference_dir,
)

BENCHMARKS = "benchmarks-skr-2023.json"


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def import_variant(tmp_path: Path, data: Any) -> None:
    load_benchmark_file(write(tmp_path / "import.json", data))


def series(data: dict, group: str, year: int) -> dict:
    return next(s for s in data["series"] if s["group"] == group and s["year"] == year)


def test_load_benchmark_file_round_trips_the_shipped_file(ref, tmp_path, shipped):
    loaded = load_benchmark_file(reference_dir() / BENCHMARKS)
    assert loaded == ref.benchmarks
    copy = load_benchmark_file(write(tmp_path / "copy.json", shipped(BENCHMARKS)))
    assert copy == ref.benchmarks


def test_a_future_survey_file_can_be_imported(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    data["survey"].update(id="skr-2027", label="SKR:s uppföljning 2027", year=2027)
    data["years"] = [2023, 2027]
    sizes_2023 = next(g for g in data["group_sizes"] if g["year"] == 2023)
    data["group_sizes"] = [sizes_2023, {**sizes_2023, "year": 2027, "source": "Test"}]
    new_series = []
    for entry in data["series"]:
        if entry["year"] == 2023:
            new_series.append(entry)
            later = json.loads(json.dumps(entry))
            later["year"] = 2027
            later["means"] = {k: min(v + 0.1, 4) for k, v in later["means"].items()}
            later.pop("level2_counts")
            new_series.append(later)
    data["series"] = new_series
    data["response_figures"]["years"] = []
    data["known_discrepancies"] = []
    imported = load_benchmark_file(write(tmp_path / "skr-2027.json", data))
    assert imported.years == (2023, 2027)
    assert imported.survey_label == "SKR:s uppföljning 2027"
    assert imported.mean("national", 2027, "risk_management") == pytest.approx(1.46)
    assert imported.level2_count("national", 2027, "risk_management") is None
    assert imported.level2_share("national", 2027, "risk_management") is None


def test_missing_area(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    del series(data, "B", 2023)["means"]["risk_management"]
    with pytest.raises(ReferenceDataError) as err:
        import_variant(tmp_path, data)
    message = str(err.value)
    assert message.startswith("import.json:")
    assert "saknas" in message and "Hantering av informationssäkerhetsrisker" in message
    assert "kommungrupp B 2023" in message


@pytest.mark.parametrize("value", [4.5, 0.9, -1])
def test_mean_outside_scale(tmp_path, shipped, value):
    data = shipped(BENCHMARKS)
    series(data, "A", 2023)["means"]["training"] = value
    with pytest.raises(ReferenceDataError, match="ska vara mellan 1 och 4") as err:
        import_variant(tmp_path, data)
    assert str(value).replace(".", ",") in str(err.value)


def test_mean_with_decimal_comma_string(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    series(data, "A", 2023)["means"]["training"] = "1,61"
    with pytest.raises(ReferenceDataError, match="ska vara ett tal, men är text"):
        import_variant(tmp_path, data)


def test_wrong_group(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    series(data, "C", 2019)["group"] = "D"
    with pytest.raises(ReferenceDataError, match="okänd kommungrupp ”D”"):
        import_variant(tmp_path, data)


def test_missing_group_series(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    data["series"] = [s for s in data["series"] if not (s["group"] == "C" and s["year"] == 2019)]
    with pytest.raises(ReferenceDataError, match="jämförelsetal saknas för kommungrupp C 2019"):
        import_variant(tmp_path, data)


def test_group_sizes_must_add_up(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    data["group_sizes"][1]["sizes"]["B"] = 111
    with pytest.raises(ReferenceDataError, match="tillsammans 291 kommuner"):
        import_variant(tmp_path, data)


def test_unknown_area_key(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    series(data, "A", 2023)["means"]["physical_security"] = 1.5
    with pytest.raises(ReferenceDataError, match="okänt uppföljningsområde ”physical_security”"):
        import_variant(tmp_path, data)


def test_count_larger_than_group(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    series(data, "A", 2023)["level2_counts"]["training"] = 47
    with pytest.raises(ReferenceDataError, match="ska vara mellan 0 och 46"):
        import_variant(tmp_path, data)


def test_stale_known_discrepancy_is_rejected(tmp_path, shipped):
    data = shipped(BENCHMARKS)
    data["known_discrepancies"][0]["published_mean"] = 1.22
    with pytest.raises(ReferenceDataError, match="tabellvärdet i filen är 1,17"):
        import_variant(tmp_path, data)


def test_wrong_file_kind_and_version(tmp_path, shipped):
    with pytest.raises(ReferenceDataError, match="formatet ”lagesbild.areas”"):
        import_variant(tmp_path, shipped("areas.json"))
    data = shipped(BENCHMARKS)
    data["format_version"] = 2
    with pytest.raises(ReferenceDataError, match="formatversion 2 stöds inte"):
        import_variant(tmp_path, data)


def test_broken_json(tmp_path):
    path = tmp_path / "trasig.json"
    path.write_text('{"format": "lagesbild.benchmarks",\n  "years": [2019,', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"trasig.json är inte giltig JSON \(rad 2"):
        load_benchmark_file(path)


def test_nan_and_non_utf8_and_missing_file(tmp_path):
    nan = tmp_path / "nan.json"
    nan.write_text('{"a": NaN}', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="ogiltiga talet NaN"):
        load_benchmark_file(nan)
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"a": "Malmö"}'.encode("latin-1"))
    with pytest.raises(ReferenceDataError, match="inte sparad som UTF-8"):
        load_benchmark_file(latin)
    with pytest.raises(ReferenceDataError, match="saknas"):
        load_benchmark_file(tmp_path / "finns-inte.json")


def test_full_load_from_a_copy(reference_copy):
    reference = load_reference(reference_copy)
    assert len(reference.municipalities) == 290


def test_municipality_list_must_match_group_sizes(reference_copy):
    path = reference_copy / "municipalities.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["municipalities"] = [m for m in data["municipalities"] if m["name"] != "Ånge"]
    write(path, data)
    with pytest.raises(
        ReferenceDataError, match="kommungrupp C ska ha 134 kommuner men listan har 133"
    ):
        load_reference(reference_copy)


def test_duplicate_municipality(reference_copy):
    path = reference_copy / "municipalities.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["municipalities"][5]["name"] = data["municipalities"][4]["name"]
    write(path, data)
    with pytest.raises(ReferenceDataError, match="förekommer mer än en gång"):
        load_reference(reference_copy)


def test_distribution_with_unknown_option(reference_copy):
    path = reference_copy / "distributions-skr-2023.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["distributions"][0]["counts"]["perhaps"] = 3
    write(path, data)
    with pytest.raises(ReferenceDataError, match="har inget svarsalternativ ”perhaps”"):
        load_reference(reference_copy)


def test_distribution_with_unknown_scope(reference_copy):
    path = reference_copy / "distributions-skr-2023.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["distributions"][0]["scope"] = "Norden"
    write(path, data)
    with pytest.raises(ReferenceDataError, match="okänt omfång ”Norden”"):
        load_reference(reference_copy)


def test_area_short_name_too_long(reference_copy):
    path = reference_copy / "areas.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["areas"][0]["short_name"] = "Information till ledningen"
    write(path, data)
    with pytest.raises(ReferenceDataError, match="högst 14 tecken"):
        load_reference(reference_copy)


def test_load_reference_is_cached():
    assert load_reference() is load_reference()
