"""Plan files benchmark: the import preview, validating a 1 MB plan, and making 200 plans
from a spreadsheet.

Usage: python tests/perf/bench_plans.py [--runs 5]

The 1 MB plan is 100 items (the most a plan may have) with their longest details, and
indentation to bring it to just under the 1,000,000-byte limit; it is checked as
``plan validate`` checks it (planner.services.plan_validation.validate_file), once good
and once with a problem in every item (which also maps each problem to its line and
column). The spreadsheet has 200 rows with every column filled; ``plan make`` runs on it
in-process (main(["plan", "make", ...])) and writes into an empty folder each run. The
import preview (Settings, "Import a plan...") is of the breast template on a profile with
the standard plan (target 0.3 s).

Everything is measured in a child process, started twice: a warm-up run fills the
bytecode cache (PYTHONPYCACHEPREFIX in a scratch folder, PYTHONDONTWRITEBYTECODE dropped,
as in bench_startup.py), then the measured run. Figures are the median of --runs and the
worst. Targets: validate 0.5 s, make 10 s; reported as PASS/MISS with the figure's share
of the target. The exit status is always 0 (not part of the test run).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGETS = {
    "import preview": 0.3,
    "validate 1 MB (good)": 0.5,
    "validate 1 MB (100 problems)": 0.5,
    "make 200": 10.0,
}


def _big_plan(bad: bool) -> bytes:
    items = [
        {
            "id": f"item-{n}",
            "title": f"Item number {n}",
            "why": "w" * 200,
            "details": "d " * 1000,
            "category": "fud" if bad else "care",
            "schedule": {"type": "times_per_week", "times": 3},
            "reminders": ["08:30", "19:00"],
        }
        for n in range(100)
    ]
    plan = {"format": "between-checkups-plan", "version": 2, "name": "Big", "items": items}
    text = json.dumps(plan, indent=2)
    indent = 2
    while True:  # the widest indentation that stays under the limit
        wider = json.dumps(plan, indent=indent + 1)
        if len(wider.encode()) >= 1_000_000:
            break
        text, indent = wider, indent + 1
    return text.encode()


def _csv(rows: int) -> bytes:
    header = (
        "label,anchor_date,anchor_event,program_name,contact_role,contact_name,contact_phone,"
        "contact_out_of_hours_phone,contact_email,question_1,question_2,question_3,question_4,"
        "question_5\n"
    )
    lines = [
        f"P-{n:04d},2026-03-{n % 28 + 1:02d},Surgery,City Clinic,Nurse,Ana,555 01{n:02d},"
        f"555 02{n:02d},nurse{n}@clinic.org,One?,Two?,Three?,Four?,Five?\n"
        for n in range(rows)
    ]
    return (header + "".join(lines)).encode()


def _now() -> object:
    from datetime import UTC, datetime

    return datetime(2026, 1, 10, 9, 0, tzinfo=UTC)


def _timed(run: object, runs: int) -> list[float]:
    took = []
    for _ in range(runs):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        took.append(time.perf_counter() - start)
    return took


def child(runs: int, scratch: Path) -> dict[str, list[float]]:
    """The measured work, in this process."""
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from planner.cli import main
    from planner.services.plan_validation import validate_file
    from planner.services.plans import plan_schema, template_paths

    today = date(2026, 1, 10)
    schema = plan_schema()
    good, bad = scratch / "good.plan.json", scratch / "bad.plan.json"
    good.write_bytes(_big_plan(bad=False))
    bad.write_bytes(_big_plan(bad=True))
    assert validate_file(good, today, schema=schema).ok
    assert len(validate_file(bad, today, schema=schema).problems) == 100
    patients = scratch / "patients.csv"
    patients.write_bytes(_csv(200))
    template = next(p for p in template_paths() if p.name.startswith("breast"))
    counter = iter(range(1_000_000))

    def make() -> None:
        out = scratch / f"out-{next(counter)}"
        out.mkdir()
        argv = ["plan", "make", "--template", str(template), "--patients", str(patients)]
        assert main([*argv, "--out", str(out)]) == 0
        assert len(list(out.iterdir())) == 200

    # The import preview (Settings -> Import a plan...) of a template, on a profile that
    # has the standard plan and a year of check-offs.
    from zoneinfo import ZoneInfo

    from planner.services.checklist import ChecklistService
    from planner.services.plan_import import PlanImport
    from planner.services.plans import apply_plan, read_plan, standard_plan_path
    from planner.storage.store import Store

    store = Store.open(scratch / "profile" / "planner.db")
    apply_plan(store, read_plan(standard_plan_path(), today), today=today, now=_now())
    importer = PlanImport(store, ChecklistService(store, ZoneInfo("UTC"), clock=_now))

    return {
        "import preview": _timed(lambda: importer.preview(template), runs),
        "validate 1 MB (good)": _timed(lambda: validate_file(good, today, schema=schema), runs),
        "validate 1 MB (100 problems)": _timed(
            lambda: validate_file(bad, today, schema=schema), runs
        ),
        "make 200": _timed(make, runs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.runs, Path(args.child))))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-plans-") as scratch:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(scratch) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        figures: dict[str, list[float]] = {}
        for runs in (1, args.runs):  # the first fills the bytecode cache
            work = Path(tempfile.mkdtemp(dir=scratch))
            done = subprocess.run(
                [sys.executable, __file__, "--runs", str(runs), "--child", str(work)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"plan files, {args.runs} runs (python {sys.version.split()[0]})")
    for name, took in figures.items():
        median, worst = statistics.median(took), max(took)
        target = TARGETS[name]
        verdict = "PASS" if median <= target else "MISS"
        print(
            f"  {name:30} median {median * 1000:8.1f} ms  worst {worst * 1000:8.1f} ms  "
            f"target {target:.1f} s  {verdict} ({median / target:.0%})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
