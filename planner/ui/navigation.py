"""The window's pages in one table: key, label, icon, shortcut and how each is built.

Each page's module is imported the first time the page is opened (QtCharts too), so
only Today is on the way to the first paint. This is where the feature rooms meet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from planner.services.backup_keeper import BackupKeeper
    from planner.services.calendar_export import CalendarExport
    from planner.services.checklist import ChecklistService
    from planner.services.followup import FollowupService
    from planner.services.journal import JournalService
    from planner.services.passphrase import PassphraseService
    from planner.services.questions import QuestionService
    from planner.services.reminders import ReminderService
    from planner.ui.journal.checkin_card import CheckInCard
    from planner.ui.kit.window import RoomLinks
    from planner.ui.today.today_page import TodayPage


@dataclass
class PageServices:
    """What the pages are built from: the services (the journal's made on first use)."""

    checklist: ChecklistService
    reminders: ReminderService | None = None
    data_dir: Path | None = None
    #: Build only this many of Today's cards now (before the first paint); None: all.
    first_rows: int | None = None
    made_journal: JournalService | None = None
    made_followup: FollowupService | None = None
    made_questions: QuestionService | None = None
    #: What one room asks of another (the window sets it): open a page, add a question.
    links: RoomLinks | None = None
    #: The running app's backups (the app sets it after the first paint).
    backups: BackupKeeper | None = None
    #: The passphrase (set, change, remove), made on first use once the app has started.
    make_passphrase: Callable[[], PassphraseService] | None = None

    def journal(self) -> JournalService:
        """The journal's service, made on first use (Today's first paint does not need it)."""
        if self.made_journal is None:
            from planner.services.journal import JournalService

            self.made_journal = JournalService(self.checklist.store, self.checklist)
        return self.made_journal

    def followup(self) -> FollowupService:
        if self.made_followup is None:
            from planner.services.followup import FollowupService

            self.made_followup = FollowupService(self.checklist.store, self.checklist)
        return self.made_followup

    def questions(self) -> QuestionService:
        if self.made_questions is None:
            from planner.services.questions import QuestionService

            self.made_questions = QuestionService(self.checklist.store, self.checklist)
        return self.made_questions

    def calendar(self) -> CalendarExport:
        from planner.services.calendar_export import CalendarExport

        return CalendarExport(self.checklist.store, self.checklist.now)


@dataclass(frozen=True)
class PageSpec:
    """One page: ``label`` is the untranslated name (see ``title``)."""

    key: str
    label: str
    icon: str
    build: Callable[[PageServices], QWidget]
    needs_reminders: bool = False  # offered once the reminder service is attached
    footer: bool = False  # a smaller button at the sidebar's foot (reading, not doing)

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.label)


def _today(services: PageServices) -> QWidget:
    from planner.ui.today.today_page import TodayPage

    page = TodayPage(services.checklist, first_rows=services.first_rows)
    if services.links is not None:
        page.open_questions.connect(services.links.open_questions)
    return page


def _journal(services: PageServices) -> QWidget:
    from planner.ui.journal.journal_page import JournalPage
    from planner.ui.journal.nudge_banner import NudgeBanner
    from planner.ui.journal.screens_dialog import ScreensPrompt

    journal = services.journal()
    page = JournalPage(journal)
    if services.links is not None:
        page.add_question_requested.connect(services.links.add_question)
    nudge = NudgeBanner(journal)
    prompt = ScreensPrompt(journal)
    page.banners.addWidget(nudge)
    page.banners.addWidget(prompt)
    nudge.refresh()
    prompt.refresh()
    return page


def _checkups(services: PageServices) -> QWidget:
    from planner.ui.checkups.checkups_page import CheckupsPage

    page = CheckupsPage(services.journal(), services.followup(), services.calendar())
    if services.links is not None:
        page.prepare_requested.connect(services.links.prepare_checkup)
    return page


def _questions(services: PageServices) -> QWidget:
    from planner.ui.questions.questions_page import QuestionsPage

    return QuestionsPage(services.questions())


def _insights(services: PageServices) -> QWidget:
    from planner.ui.insights.insights_page import InsightsPage

    return InsightsPage(services.journal())


def _items(services: PageServices) -> QWidget:
    from planner.ui.checklist.items_page import ItemsPage

    return ItemsPage(services.checklist)


def _history(services: PageServices) -> QWidget:
    from planner.ui.checklist.history_page import HistoryPage

    return HistoryPage(services.checklist)


def _remission(_services: PageServices) -> QWidget:
    from planner.ui.about.remission_page import RemissionPage

    return RemissionPage()


def _about(services: PageServices) -> QWidget:
    from planner.ui.about.about_page import AboutPage

    return AboutPage(services.checklist.data_folder())


def _settings(services: PageServices) -> QWidget:
    from planner.services.plan_import import PlanImport
    from planner.ui.settings.settings_page import SettingsPage

    assert services.reminders is not None, "Settings needs the reminder service"
    return SettingsPage(
        services.reminders,
        services.data_dir,
        journal=services.journal(),
        plan_import=PlanImport(services.checklist.store, services.checklist),
        backups=services.backups,
        passphrase=services.make_passphrase() if services.make_passphrase else None,
    )


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", QT_TRANSLATE_NOOP("Navigation", "Today"), "today", _today),
    PageSpec("journal", QT_TRANSLATE_NOOP("Navigation", "Journal"), "journal", _journal),
    PageSpec("checkups", QT_TRANSLATE_NOOP("Navigation", "Checkups"), "checkups", _checkups),
    PageSpec("questions", QT_TRANSLATE_NOOP("Navigation", "Questions"), "question", _questions),
    PageSpec("insights", QT_TRANSLATE_NOOP("Navigation", "Insights"), "insights", _insights),
    PageSpec("items", QT_TRANSLATE_NOOP("Navigation", "Items"), "items", _items),
    PageSpec("history", QT_TRANSLATE_NOOP("Navigation", "History"), "history", _history),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        "settings",
        _settings,
        needs_reminders=True,
    ),
    PageSpec(
        "remission",
        QT_TRANSLATE_NOOP("Navigation", "Living in remission"),
        "heart",
        _remission,
        footer=True,
    ),
    PageSpec("about", QT_TRANSLATE_NOOP("Navigation", "About"), "app", _about, footer=True),
)
KEYS: tuple[str, ...] = tuple(spec.key for spec in PAGES)


def attach_journal_to_today(
    today: TodayPage,
    services: PageServices,
    open_checkin: Callable[[int | None, int | None], None],
) -> CheckInCard:
    """Today's top cards: a care-team note if there is one, a checkup coming soon (with
    "Prepare for my checkup"), and the next checkup with the quick check-in (added after
    the first paint)."""
    from planner.ui.checkups.soon_card import CheckupSoonCard
    from planner.ui.journal.checkin_card import CheckInCard
    from planner.ui.journal.nudge_banner import NudgeBanner

    journal = services.journal()
    nudge = NudgeBanner(journal)
    today.top_layout.addWidget(nudge)
    soon = CheckupSoonCard(journal)
    if services.links is not None:
        soon.prepare_requested.connect(services.links.prepare_checkup)
    today.top_layout.addWidget(soon)
    card = CheckInCard(journal)
    card.open_journal.connect(lambda pair: open_checkin(*pair))
    if services.links is not None:
        card.question_requested.connect(services.links.add_question)
    today.top_layout.addWidget(card)
    nudge.refresh()
    soon.refresh()
    today.fit_width()
    return card


def shortcut(index: int) -> str:
    """The page's keyboard shortcut: Ctrl+1 for the first page, and so on."""
    return f"Ctrl+{index + 1}"
