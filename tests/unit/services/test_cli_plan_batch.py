"""``plan make`` writes one checked plan per row or nothing at all; ``plan apply`` shows
what changes, asks, keeps a copy of the data file and refuses while the app is open;
``plan export`` writes a plan that ``plan validate`` accepts."""

from __future__ import annotations

import io
import json

import pytest

from planner.cli import main
from planner.paths import resolve_paths
from planner.services.plans import template_paths
from planner.services.single_instance import SingleInstance
from planner.storage.store import Store

BREAST = next(p for p in template_paths() if p.name.startswith("breast"))


@pytest.fixture
def profile(tmp_path):
    folder = tmp_path / "profile"
    folder.mkdir()
    Store.open(folder / "planner.db").close()
    return folder


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def write_csv(tmp_path, data: bytes):
    path = tmp_path / "patients.csv"
    path.write_bytes(data)
    return path


def make(csv, out, *extra):
    return main(
        ["plan", "make", "--template", str(BREAST), "--patients", str(csv), "--out", str(out)]
        + list(extra)
    )


def test_make_writes_one_valid_plan_per_row(tmp_path, out, capsys):
    csv = write_csv(
        tmp_path, b"label,anchor_date,question_1\nAB 1,2026-03-01,Scans?\nCD,2026-04-01,\n"
    )
    assert make(csv, out) == 0
    names = sorted(path.name for path in out.iterdir())
    assert names == ["ab-1.plan.json", "cd.plan.json"]
    capsys.readouterr()
    assert main(["plan", "validate", *(str(out / name) for name in names)]) == 0


def test_dry_run_writes_nothing(tmp_path, out, capsys):
    csv = write_csv(tmp_path, b"label,anchor_date\nAB,2026-03-01\n")
    assert make(csv, out, "--dry-run") == 0
    assert list(out.iterdir()) == []


def test_one_bad_row_writes_nothing_and_names_file_row_and_column(tmp_path, out, capsys):
    csv = write_csv(tmp_path, b"label,anchor_date\nAB,2026-03-01\nCD,2026-13-01\n")
    assert make(csv, out) == 1
    assert list(out.iterdir()) == []
    said = capsys.readouterr()
    assert said.out.startswith(f"{csv}:3:anchor_date: ")
    assert said.err == (
        "between-checkups: Nothing was written: the spreadsheet has 1 problem (above).\n"
    )


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"anchor_date\n2026-03-01\n",
        b"label,anchor_date\nA\xe9,2026-03-01\n",
        b"label,x\nA,1\n",
    ],
    ids=["empty", "no-label", "latin-1", "stray-and-missing"],
)
def test_bad_spreadsheets_exit_1_and_write_nothing(tmp_path, out, capsys, data):
    assert make(write_csv(tmp_path, data), out) == 1
    assert list(out.iterdir()) == []
    assert capsys.readouterr().out.strip()


def test_an_existing_file_is_not_replaced(tmp_path, out, capsys):
    (out / "ab.plan.json").write_text("mine", encoding="utf-8")
    assert make(write_csv(tmp_path, b"label,anchor_date\nAB,2026-03-01\n"), out) == 1
    assert (out / "ab.plan.json").read_text(encoding="utf-8") == "mine"


def test_apply_with_yes_applies_and_keeps_a_copy(profile, capsys):
    assert main(["plan", "apply", str(BREAST), "--data-dir", str(profile), "--yes"]) == 0
    err = capsys.readouterr().err
    assert "Checklist:" in err
    assert "Follow-up:" in err
    copies = list((profile / "backups").glob("planner-*-before-import.db"))
    assert len(copies) == 1
    before = Store.open_readonly(copies[0])
    after = Store.open_readonly(profile / "planner.db")
    try:
        assert before.items.active() == []
        assert after.items.active()
    finally:
        before.close()
        after.close()


def test_apply_without_a_terminal_or_yes_refuses(profile, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["plan", "apply", str(BREAST), "--data-dir", str(profile)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert not list(profile.rglob("*before-import*"))


def test_apply_asks_on_a_terminal_and_no_changes_nothing(profile, capsys, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert main(["plan", "apply", str(BREAST), "--data-dir", str(profile)]) == 1
    assert "Apply? [y/N]" in capsys.readouterr().err
    store = Store.open_readonly(profile / "planner.db")
    try:
        assert store.items.active() == []
    finally:
        store.close()


def test_apply_refuses_while_the_app_is_open(profile, capsys):
    paths = resolve_paths(profile)
    app = SingleInstance(str(paths.lock_file), paths.instance_key)
    assert app.acquire()
    try:
        assert main(["plan", "apply", str(BREAST), "--data-dir", str(profile), "--yes"]) == 2
    finally:
        app.release()
    assert "open" in capsys.readouterr().err


def test_apply_of_a_bad_plan_or_no_profile_is_refused(tmp_path, profile, capsys):
    bad = tmp_path / "bad.plan.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["plan", "apply", str(bad), "--data-dir", str(profile), "--yes"]) == 2
    nobody = tmp_path / "nobody"
    assert main(["plan", "apply", str(BREAST), "--data-dir", str(nobody), "--yes"]) == 2
    assert not nobody.exists()


def test_export_writes_a_plan_that_validates(profile, tmp_path, capsys):
    assert main(["plan", "apply", str(BREAST), "--data-dir", str(profile), "--yes"]) == 0
    target = tmp_path / "mine.plan.json"
    assert main(["plan", "export", "--data-dir", str(profile), "--out", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 2
    capsys.readouterr()
    assert main(["plan", "validate", str(target)]) == 0
    assert main(["plan", "export", "--data-dir", str(profile)]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["format"] == "between-checkups-plan"
    assert exported["name"] == json.loads(BREAST.read_text(encoding="utf-8"))["name"]
    assert main(["plan", "export", "--data-dir", str(profile), "--name", "City breast"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "City breast"


def test_export_of_an_empty_checklist_says_so(profile, capsys):
    assert main(["plan", "export", "--data-dir", str(profile)]) == 2
    assert "no items" in capsys.readouterr().err


def test_applying_a_plan_twice_or_over_the_standard_plan_adds_no_item_twice(profile, capsys):
    """Items are matched by their plan id and updated in place, as the app's import does."""
    assert main(["plan", "apply", str(BREAST), "--data-dir", str(profile), "--yes"]) == 0
    store = Store.open_readonly(profile / "planner.db")
    try:
        first = [(i.id, i.plan_key) for i in store.items.active()]
    finally:
        store.close()
    capsys.readouterr()
    assert main(["plan", "apply", str(BREAST), "--data-dir", str(profile), "--yes"]) == 0
    assert "Nothing to change" in capsys.readouterr().err
    store = Store.open_readonly(profile / "planner.db")
    try:
        assert [(i.id, i.plan_key) for i in store.items.active()] == first
        keys = [key for _, key in first]
        assert len(keys) == len(set(keys))
    finally:
        store.close()


def test_make_into_a_new_folder_makes_it_and_names_each_file(tmp_path, capsys):
    csv = write_csv(tmp_path, b"label,anchor_date\nAB,2026-03-01\n")
    folder = tmp_path / "new" / "plans"
    assert make(csv, folder, "--dry-run") == 0
    assert not folder.exists()  # a dry run writes nothing, not even the folder
    assert make(csv, folder) == 0
    assert [p.name for p in folder.iterdir()] == ["ab.plan.json"]
    assert str(folder / "ab.plan.json") in capsys.readouterr().err
