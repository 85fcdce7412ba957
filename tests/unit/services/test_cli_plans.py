"""The plan commands: ``plan validate`` reports every problem as FILE:LINE:COL and exits
0, 1 or 2; ``plan templates`` lists the shipped templates; ``plan new`` writes one."""

from __future__ import annotations

import json

import pytest

from planner.cli import main
from planner.paths import resources_dir
from planner.services.plans import standard_plan_path

THREE_PROBLEMS = """{
  "format": "between-checkups-plan",
  "version": 1,
  "name": "Test",
  "items": [
    {
      "id": "walk",
      "title": "Walk",
      "category": "fud",
      "schedule": {"type": "times_per_week", "times": 9},
      "remindrs": ["08:30"]
    }
  ]
}
"""


#: A schema error (the category) and what only later checks find: a repeated id, and a
#: date that is not on the calendar. One run lists all three.
BOTH_KINDS = """{
  "format": "between-checkups-plan",
  "version": 2,
  "name": "Test",
  "items": [
    {"id": "walk", "title": "Walk", "category": "fud", "schedule": {"type": "daily"}},
    {"id": "walk", "title": "Nap", "category": "rest",
     "schedule": {"type": "once", "due": "2026-02-30"}}
  ]
}
"""


@pytest.fixture
def bad(tmp_path):
    path = tmp_path / "bad.plan.json"
    path.write_text(THREE_PROBLEMS, encoding="utf-8")
    return path


def test_a_good_file_exits_0_and_says_so(capsys):
    assert main(["plan", "validate", str(standard_plan_path())]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == "between-checkups: 1 file checked: no problems"


def test_every_problem_is_one_line_with_its_line_and_column(bad, capsys):
    good = str(standard_plan_path())
    assert main(["plan", "validate", good, str(bad)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 3
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"{bad}:9:19",  # "fud"
        f"{bad}:10:55",  # 9
        f"{bad}:11:7",  # "remindrs"
    ]
    assert lines[0].endswith(
        'Item 1 ("Walk"): "category" must be one of "care", "food", '
        '"movement", "habits", "rest", "connection" or "other" (it is "fud").'
    )
    assert lines[2].endswith('Did you mean "reminders"?')
    assert err.strip() == "between-checkups: 2 files checked: 1 with 3 problems"


def test_one_run_lists_the_schema_errors_and_what_later_checks_find(tmp_path, capsys):
    both = tmp_path / "both.plan.json"
    both.write_text(BOTH_KINDS, encoding="utf-8")
    assert main(["plan", "validate", str(both)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f'{both}:6:49: Item 1 ("Walk"): "category" must be one of "care", "food", '
        '"movement", "habits", "rest", "connection" or "other" (it is "fud").',
        f'{both}:7:12: Items 1 and 2 both have the id "walk". Each item needs its own id.',
        f'{both}:8:42: Item 2 ("Nap"), schedule: "due" is "2026-02-30", which is not a real '
        "date on the calendar.",
    ]
    assert err.strip() == "between-checkups: 1 file checked: 1 with 3 problems"
    assert main(["plan", "validate", "--format", "json", str(both)]) == 1
    (report,) = json.loads(capsys.readouterr().out)
    assert [(p["line"], p["col"], p["code"], p["place"]) for p in report["problems"]] == [
        (6, 49, "not_one_of", "/items/0/category"),
        (7, 12, "duplicate_id", "/items/1/id"),
        (8, 42, "not_a_real_date", "/items/1/schedule/due"),
    ]


def test_truncated_json_gives_where_it_stops(tmp_path, capsys):
    cut = tmp_path / "cut.plan.json"
    cut.write_text(THREE_PROBLEMS[:120], encoding="utf-8")
    assert main(["plan", "validate", str(cut)]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{cut}:8:")
    assert "not valid JSON" in line


def test_a_missing_file_is_that_files_problem_and_the_others_are_still_checked(tmp_path, capsys):
    missing = tmp_path / "missing.plan.json"
    assert main(["plan", "validate", str(missing), str(standard_plan_path())]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{missing}:1:1: The plan file")
    assert "could not be read" in out
    assert "2 files checked: 1 with 1 problem" in err


def test_json_format_is_for_scripts(bad, capsys):
    good = str(standard_plan_path())
    assert main(["plan", "validate", "--format", "json", good, str(bad)]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    first, second = json.loads(out)
    assert first == {"file": good, "ok": True, "problems": []}
    assert second["file"] == str(bad)
    assert second["ok"] is False
    assert [(p["line"], p["col"], p["code"]) for p in second["problems"]] == [
        (9, 19, "not_one_of"),
        (10, 55, "out_of_range"),
        (11, 7, "unknown_fields"),
    ]
    assert second["problems"][2]["place"] == "/items/0/remindrs"
    assert set(second["problems"][0]) == {"line", "col", "place", "code", "message"}


def test_templates_lists_every_shipped_template(capsys):
    assert main(["plan", "templates"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    shipped = sorted(
        p.name.removesuffix(".plan.json") for p in (resources_dir() / "plans").glob("*.plan.json")
    )
    assert [row[0] for row in rows] == shipped
    assert "standard" in shipped
    shipped_standard = json.loads(standard_plan_path().read_text(encoding="utf-8"))
    standard = next(row for row in rows if row[0] == "standard")
    assert standard[1:] == [shipped_standard["name"], shipped_standard["description"]]


def test_new_writes_a_template_that_validates(tmp_path, capsys):
    out = tmp_path / "mine.plan.json"
    assert main(["plan", "new", "--template", "standard", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == standard_plan_path().read_text(encoding="utf-8")
    assert "plan validate" in capsys.readouterr().err
    assert main(["plan", "validate", str(out)]) == 0


def test_new_to_standard_output(capsys):
    assert main(["plan", "new", "--template", "standard"]) == 0
    assert capsys.readouterr().out == standard_plan_path().read_text(encoding="utf-8")


def test_new_does_not_overwrite_a_file_unless_forced(tmp_path, capsys):
    out = tmp_path / "mine.plan.json"
    out.write_text("my own work", encoding="utf-8")
    assert main(["plan", "new", "--template", "standard", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err
    assert "--force" in err
    assert out.read_text(encoding="utf-8") == "my own work"
    assert main(["plan", "new", "--template", "standard", "--out", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8") == standard_plan_path().read_text(encoding="utf-8")


def exit_status(argv: list[str]) -> int:
    """The status of ``main``, whether it returns it or argparse exits with it."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["plan", "validate"], "needs the plan files"),
        (["plan", "validate", "--format", "xml", "a.json"], "'xml' is an invalid choice"),
        (["plan", "validate", "--bogus", "a.json"], "'--bogus' is not an option"),
        (["plan"], "Say what to do with plans"),
        (["plan", "new"], "--template"),
        (["plan", "new", "--template", "nope"], "There is no template named 'nope'"),
    ],
)
def test_usage_errors_exit_2_with_one_plain_line(argv, said, capsys):
    assert exit_status(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert said in err
    assert "Traceback" not in err


def test_an_unknown_template_names_the_ones_there_are(capsys):
    assert main(["plan", "new", "--template", "nope"]) == 2
    assert "standard" in capsys.readouterr().err


def test_a_version_2_section_in_a_version_1_file_says_which_version_it_needs(tmp_path, capsys):
    old = tmp_path / "old.plan.json"
    doc = json.loads(THREE_PROBLEMS) | {"patient": {"label": "SP-1"}}
    old.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    assert main(["plan", "validate", str(old)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4  # and the three other problems, in the same run
    assert any('a plan of version 2 is needed for "patient"' in line for line in lines)


def test_a_misspelt_field_comes_before_the_field_it_leaves_missing(tmp_path, capsys):
    path = tmp_path / "titel.plan.json"
    path.write_text(
        '{"format": "between-checkups-plan", "version": 1, "name": "X",\n'
        ' "items": [{"id": "a", "titel": "Walk", "category": "movement",'
        ' "schedule": {"type": "daily"}}]}\n',
        encoding="utf-8",
    )
    assert main(["plan", "validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(
        '"titel" is not a field a plan can have. Check the spelling, '
        'or remove it. Did you mean "title"?'
    )
    assert lines[1].endswith('Item 1: "title" is missing.')
