"""The stores the benchmark opens: the demo store and a large, generated one (cached).

The large store is made through the same services and repositories the app uses
(``Workspace``, ``ActionPlanService`` rules, ``ActivityRepository.save_many``), so it passes the
same validation and triggers as real data. It is deterministic (fixed seed) and cached under
``bench/.cache`` (git-ignored), keyed by a hash of this file and the schema migrations, so a
schema change rebuilds it.

    python bench/stores.py large   # build (or reuse) the cached large store, print its path
"""

from __future__ import annotations

import random
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CACHE_DIR, REPO, source_hash  # noqa: E402

LARGE_ORGANISATIONS = 50
LARGE_YEARS = tuple(range(2007, 2027))  # 20 years
LARGE_ACTIVITIES = 20_000
#: The organisation the app shows first (alphabetically first) gets all 20,000 activities, so
#: the action plan table really holds 20,000 rows.
LARGE_FIRST = "Aabenchs kommun"
_GENERATOR_VERSION = "1"

FIRST_NAMES = (
    "Anna", "Bo", "Cecilia", "David", "Eva", "Fredrik", "Greta", "Hassan", "Ingrid", "Johan",
    "Karin", "Leo", "Maja", "Nils", "Olga", "Per", "Rut", "Sven", "Tove", "Ulf",
)  # fmt: skip
LAST_NAMES = (
    "Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gran", "Holm", "Isaksson",
    "Jansson", "Karlsson", "Lind", "Magnusson", "Nyberg", "Olsson", "Persson", "Roos",
    "Svensson", "Torstensson", "Ullberg",
)  # fmt: skip
OWNERS = [f"{first} {last}" for first, last in zip(FIRST_NAMES, LAST_NAMES, strict=True)] + [
    "IT-avdelningen",
    "Kommunledningskontoret",
    "Säkerhetschefen",
    "",
]
VERBS = (
    "Inför", "Revidera", "Utbilda", "Dokumentera", "Genomför", "Inventera", "Testa", "Följ upp",
    "Förankra", "Utred",
)  # fmt: skip
OBJECTS = [
    "rutin för incidentrapportering",
    "klassning av informationstillgångar",
    "kontinuitetsplan för IT-drift",
    "riskanalys inför systembyte",
    "informationssäkerhetspolicy",
    "behörighetsöversyn i ekonomisystemet",
    "leverantörskrav i upphandling",
    "e-utbildning för chefer",
    "rapportering till ledningen",
    "säkerhetskopiering av verksamhetssystem",
    "krisövning med förvaltningarna",
    "loggning och spårbarhet",
]


def _fingerprint() -> str:
    return source_hash(
        [Path(__file__).resolve(), REPO / "app" / "storage" / "migrations.py"], _GENERATOR_VERSION
    )


def large_store_path() -> Path:
    return CACHE_DIR / f"large-{_fingerprint()}.db"


def ensure_large_store(log=print) -> Path:
    """The cached large store, built first if missing (about a minute on a slow machine)."""
    path = large_store_path()
    if path.exists():
        return path
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for old in CACHE_DIR.glob("large-*.db*"):
        old.unlink()
    building = path.with_name(path.name + ".building")
    _remove_store(building)
    log(
        f"Bygger den stora databasen ({LARGE_ORGANISATIONS} organisationer × "
        f"{len(LARGE_YEARS)} år + {LARGE_ACTIVITIES} aktiviteter) …"
    )
    build_large_store(building)
    _checkpoint(building)
    building.rename(path)
    for suffix in ("-wal", "-shm", ".lock"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    shutil.rmtree(building.parent / "backups", ignore_errors=True)
    return path


def demo_store(folder: Path) -> Path:
    """A fresh demo store (Demoköpings kommun 2017–2026, Exempelsunda kommun) in ``folder``."""
    from app.demo import create_demo_store

    path = folder / "demo.db"
    create_demo_store(path)
    _checkpoint(path)
    return path


def copy_store(source: Path, folder: Path, name: str) -> Path:
    """A private copy to open (the app locks the store and takes its daily backup beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    return target


def build_large_store(path: Path) -> None:
    from app.domain.activity import (
        Activity,
        ActivityComment,
        ActivityOrigin,
        ActivityStatus,
        Priority,
        normalised,
        validate_activity,
    )
    from app.domain.model import AreaResponse, Assessment
    from app.services.workspace import Workspace

    rng = random.Random(2026)
    with Workspace.open(path, create=True) as workspace:
        reference = workspace.reference
        area_keys = [a.key for a in reference.areas]
        options = list(reference.answer_scale)
        questions = list(reference.profile_questions)
        organisations = [workspace.add_custom_organisation(LARGE_FIRST, "B", "Benchmark")]
        for n in range(2, LARGE_ORGANISATIONS + 1):
            organisations.append(
                workspace.add_custom_organisation(f"Benchkommun {n:02d}", "ABC"[n % 3], "Benchmark")
            )
        for organisation in organisations:
            assert organisation.id is not None
            levels = {key: rng.randint(1, 2) for key in area_keys}
            for year in LARGE_YEARS:
                responses = {}
                for key in area_keys:
                    if rng.random() < 0.2:
                        levels[key] = min(4, levels[key] + 1)
                    elif rng.random() < 0.05:
                        levels[key] = max(1, levels[key] - 1)
                    level = levels[key]
                    wanted = 2 if level >= 2 else 1
                    fitting = [o for o in options if o.skr_level == wanted] or options
                    responses[key] = AreaResponse(
                        area_key=key,
                        answer=rng.choice(fitting).key,
                        self_level=level,
                        target_level=3,
                        comment=f"Kommentar {year} för {key}: " + "text " * rng.randint(2, 30),
                        evidence="Dnr KS " + str(year) + "/" + str(rng.randint(1, 999)),
                    )
                profile = {q.key: rng.choice(q.options).key for q in questions}
                saved = workspace.save_assessment(
                    Assessment(
                        organisation_id=organisation.id,
                        year=year,
                        assessed_on=date(year, 3, 1 + rng.randint(0, 27)),
                        assessor="Benchmark",
                        responses=responses,
                        profile=profile,
                        note=f"Årets anteckning {year}.",
                    )
                )
                if year != LARGE_YEARS[-1]:
                    assert saved.id is not None
                    workspace.finalise_assessment(saved.id)

        first = organisations[0].id
        assert first is not None
        today = date(2026, 11, 29)
        statuses = list(ActivityStatus)
        batch: list[Activity] = []
        names = {a.key: a.name for a in reference.areas}
        for n in range(LARGE_ACTIVITIES):
            start = date(2018, 1, 1) + timedelta(days=rng.randint(0, 3000))
            due = start + timedelta(days=rng.randint(30, 700)) if rng.random() < 0.9 else None
            status = rng.choices(statuses, weights=(4, 4, 6, 1))[0]
            comments = tuple(
                ActivityComment(
                    written_on=start + timedelta(days=rng.randint(0, 90)),
                    author=rng.choice(OWNERS) or "Okänd",
                    text=f"Lägesrapport {k + 1}: " + "arbetet fortsätter " * rng.randint(1, 6),
                )
                for k in range(rng.choice((0, 0, 1, 1, 2, 3)))
            )
            activity = Activity(
                organisation_id=first,
                title=f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} ({n + 1})",
                description="Bakgrund och syfte. " * rng.randint(1, 12),
                areas=tuple(rng.sample(area_keys, rng.choice((0, 1, 1, 2, 3)))),
                origin=rng.choice(list(ActivityOrigin)[:1] + list(ActivityOrigin)[2:]),
                owner=rng.choice(OWNERS),
                start_date=start,
                due_date=due,
                status=status,
                priority=rng.choice(list(Priority)),
                progress=rng.randint(0, 100) if status is not ActivityStatus.DONE else 100,
                completed_on=min(today, (due or start) + timedelta(days=5))
                if status is ActivityStatus.DONE
                else None,
                comments=comments,
            )
            ready = normalised(activity, today)
            validate_activity(ready, names)
            batch.append(ready)
            if len(batch) == 1000:
                workspace.store.activities.save_many(batch)
                batch = []
        if batch:
            workspace.store.activities.save_many(batch)


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so a plain copy carries everything."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _remove_store(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["large"]:
        print(ensure_large_store())
    else:
        print(__doc__)
        sys.exit(2)
