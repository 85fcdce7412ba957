"""The floors hold: import-linter's contracts, and no widgets below the ui floor."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(exe).exists():
        pytest.fail("lint-imports is not installed; install the test extras")
    result = subprocess.run(
        [exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("floor", ["services", "storage", "domain"])
def test_no_widgets_below_the_ui_floor(floor):
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "planner" / floor).rglob("*.py")
        if any(m.startswith("PySide6.QtWidgets") for m in _imported_modules(path))
    ]
    assert offenders == []


def test_no_import_circles_in_planner():
    # Every module-level import edge (TYPE_CHECKING ones too); a cycle means two modules
    # cannot be understood, or loaded, one without the other.
    import grimp

    graph = grimp.build_graph("planner", cache_dir=None)
    circles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain is not None:
                circles.append(" -> ".join((module, *chain)))
    assert circles == []


def test_no_file_in_planner_is_over_400_lines_and_the_window_stays_small():
    long = {
        str(path.relative_to(ROOT)): n
        for path in (ROOT / "planner").rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}
    window = ROOT / "planner" / "ui" / "main_window.py"
    assert len(window.read_text(encoding="utf-8").splitlines()) < 250
