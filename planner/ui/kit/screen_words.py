"""The two-weekly questions (PHQ-2 and GAD-2) word for word, and the care-team note.

The questions and answers are validated instruments: this is the one place their exact
English is kept, each a ``QCoreApplication.translate("Screens", ...)`` literal so that a
translation file can put in the instrument's official translation (never a free one).
The domain (``planner.domain.screens``) holds only their scores and rules.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.screens import NudgeReason, ScreenKind


def screen_stem() -> str:
    """The question both screens share."""
    return QCoreApplication.translate(
        "Screens",
        "Over the last 2 weeks, how often have you been bothered by the following problems?",
    )


def screen_answers() -> tuple[str, str, str, str]:
    """The four answers, scored 0 to 3 in this order."""
    return (
        QCoreApplication.translate("Screens", "Not at all"),
        QCoreApplication.translate("Screens", "Several days"),
        QCoreApplication.translate("Screens", "More than half the days"),
        QCoreApplication.translate("Screens", "Nearly every day"),
    )


def screen_items(kind: ScreenKind) -> tuple[str, str]:
    """A screen's two items, in the instrument's order."""
    if kind is ScreenKind.PHQ2:
        return (
            QCoreApplication.translate("Screens", "Little interest or pleasure in doing things"),
            QCoreApplication.translate("Screens", "Feeling down, depressed, or hopeless"),
        )
    return (
        QCoreApplication.translate("Screens", "Feeling nervous, anxious, or on edge"),
        QCoreApplication.translate("Screens", "Not being able to stop or control worrying"),
    )


def nudge_text(reason: NudgeReason, phone: str) -> str:
    """The kind care-team note for a reason: it suggests a talk and never names a condition.

    Whole sentences, the care team's phone (when set) filled in after translation.
    """
    if reason is NudgeReason.WORRY:
        opening = QCoreApplication.translate(
            "CareNote", "Your worry has been high on most days lately."
        )
    else:
        opening = QCoreApplication.translate(
            "CareNote",
            "Your answers to the two-weekly questions suggest these weeks have been heavy.",
        )
    if phone:
        talk = QCoreApplication.translate(
            "CareNote", "You may want to talk to your care team about how you feel: {phone}."
        ).format(phone=phone)
    else:
        talk = QCoreApplication.translate(
            "CareNote", "You may want to talk to your care team about how you feel."
        )
    sentences = (
        opening,
        QCoreApplication.translate(
            "CareNote",
            "That is common between checkups, and you do not have to carry it alone.",
        ),
        talk,
        QCoreApplication.translate(
            "CareNote", "This is not a diagnosis — just a nudge to ask for support."
        ),
    )
    return QCoreApplication.translate("CareNote", " ", "between sentences").join(sentences)
