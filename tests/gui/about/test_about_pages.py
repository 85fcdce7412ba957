"""About and "Living in remission": plain words (grade 6-8 at most), the safety line, the
facts the app builds on, where the data is, and the credits."""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat
from PySide6.QtWidgets import QLabel

from planner.ui.about.about_page import AboutPage
from planner.ui.about.remission_page import RemissionPage
from tests.helpers.widgets import clipped

FOLDER = Path("/home/someone/.local/share/between-checkups")


def paragraphs(page) -> list[str]:
    return [
        label.text()
        for label in page.findChildren(QLabel)
        if label.wordWrap() and not label.objectName().endswith("Heading")
    ]


@pytest.mark.parametrize("make", [RemissionPage, lambda: AboutPage(FOLDER)])
def test_the_words_are_plain(qtbot, make):
    page = make()
    qtbot.addWidget(page)
    text = " ".join(t for t in paragraphs(page) if str(FOLDER) not in t)
    assert textstat.flesch_kincaid_grade(text) <= 8.0
    assert textstat.flesch_reading_ease(text) >= 60  # "plain English" or easier
    hardest = max(textstat.flesch_kincaid_grade(t) for t in paragraphs(page) if "/" not in t)
    assert hardest <= 10.0


def test_remission_page_tells_the_facts_without_promising(qtbot):
    page = RemissionPage()
    qtbot.addWidget(page)
    text = " ".join(paragraphs(page))
    for fact in (
        "Complete remission",
        "Partial remission",
        "shrunk by at least half",
        "fewer cancer cells in the blood",
        "not the same as a cure",
        "months, for years or for the rest of your life",
        "Cancer can come back",
        "go into remission again",
        "five years",
        "maintenance therapy",
        "find any change early",
        "relief and fear at the same time",
        "new, that does not go away, or that worries you",
    ):
        assert fact.lower() in text.lower(), fact
    assert "not for emergencies" in text
    assert "call your local emergency number" in text
    for promise in ("you are cured", "will not come back", "guarantee"):
        assert promise not in text.lower()


def test_about_says_what_the_app_is_not_where_the_data_is_and_who_made_what(qtbot):
    page = AboutPage(FOLDER)
    qtbot.addWidget(page)
    text = " ".join(paragraphs(page))
    assert page.version.text().startswith("Version ")
    assert str(FOLDER) in text
    assert "never goes on the internet" in text
    assert "not medical advice" in text
    assert "Nobody reads what you write" in page.emergency.text()
    assert "call your local emergency number" in page.emergency.text()
    for author in ("Kroenke", "Spitzer", "Williams"):
        assert author in text


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("make", [RemissionPage, lambda: AboutPage(FOLDER)])
def test_nothing_is_cut_off_at_the_narrowest_width_with_large_text(qtbot, shown, make):
    page = shown(make(), 440, 600)
    assert clipped(page) == []
