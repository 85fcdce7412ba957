"""Words ready for translation: the committed .ts file lists every text the code shows,
screens never set a plain string, and a translation file really changes the words."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "between_checkups.ts"
#: The command the README gives for refreshing the file.
LUPDATE_ARGS = ["-extensions", "py", "-locations", "none", "-no-obsolete", "planner"]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.fail(f"{name} is not installed (it comes with PySide6-Essentials)")
    return found


def _messages(ts: Path) -> set[tuple[str, str, bool]]:
    """(context, source text, has plural forms) for every message in a .ts file."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            found.add((name, message.findtext("source") or "", plural))
    return found


def test_the_committed_ts_file_holds_every_text_the_code_shows(tmp_path):
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run(
        [_tool("pyside6-lupdate"), *LUPDATE_ARGS, "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert TS_FILE.exists(), "run the README's pyside6-lupdate command and commit the file"
    missing = sorted(_messages(fresh) - _messages(TS_FILE))
    assert missing == [], (
        "texts missing from resources/translations/between_checkups.ts (run the README's "
        f"pyside6-lupdate command): {missing[:10]}"
    )
    assert len(_messages(fresh)) > 100  # the code's texts are really found


#: Calls whose first argument a person reads (window texts, names for screen readers).
_SHOWN = {
    "setText",
    "setToolTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setWindowTitle",
    "setTitle",
    "addAction",
    "addItem",
    "showMessage",
    "setStatusTip",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
}


def _plain_texts(path: Path) -> list[str]:
    """Lines where a screen is given a string literal with words, not a translated text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        first = node.args[0]
        texts = [first] if isinstance(first, ast.Constant) else []
        if isinstance(first, ast.JoinedStr):
            texts = [v for v in first.values if isinstance(v, ast.Constant)]
        for text in texts:
            if (
                name in _SHOWN
                and isinstance(text.value, str)
                and any(c.isalpha() for c in text.value)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text.value[:40]!r}")
    return found


def test_screens_never_show_a_plain_string():
    offenders = [
        line for path in sorted((ROOT / "planner").rglob("*.py")) for line in _plain_texts(path)
    ]
    assert offenders == []


def test_a_translation_file_changes_the_words(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    from planner import i18n

    source = tmp_path / "between_checkups_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>Navigation</name><message><source>Today</source>"
        "<translation>Heute</translation></message></context></TS>",
        encoding="utf-8",
    )
    done = subprocess.run(
        [_tool("pyside6-lrelease"), str(source)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    installed = i18n.install_translations(qapp, QLocale(QLocale.Language.German))
    try:
        assert QCoreApplication.translate("Navigation", "Today") == "Heute"
        assert QCoreApplication.translate("Navigation", "Journal") == "Journal"  # not in it
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("Navigation", "Today") == "Today"


def test_english_loads_nothing(qapp):
    from PySide6.QtCore import QLocale

    from planner.i18n import install_translations

    assert install_translations(qapp, QLocale(QLocale.Language.English)) == []
