"""The questions asked every two weeks (PHQ-2 and GAD-2) word for word, the answer to
them, the care-team note, who to call, and that the app is not for emergencies.

The questions and answers are validated instruments: this is the one place their exact
English is kept, each a ``QCoreApplication.translate("Screens", ...)`` literal so that a
translation file can put in the instrument's official translation (never a free one).
The domain (``planner.domain.screens``) holds only their scores and rules.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.screens import NudgeReason, ScreenKind
from planner.services.journal import CareContact


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


def screens_title() -> str:
    """The questions' name, in the dialog's title and heading."""
    return QCoreApplication.translate("Screens", "Questions about the last two weeks")


def emergency_text() -> str:
    """The app is not for emergencies: said wherever someone might be in trouble."""
    return QCoreApplication.translate(
        "Safety",
        "This app is not for emergencies, and it cannot call for help. If you feel unsafe "
        "or need help right now, call your local emergency number.",
    )


def contact_sentences(contact: CareContact) -> list[str]:
    """Who to call, from what was entered in Settings: the care team's name and phone,
    then the out-of-hours phone; with nothing entered, "your care team or your doctor".

    The person's own words are filled in after translating, so braces or markup in them
    are shown as typed (the labels showing them are plain text).
    """
    name, phone, late = contact.name, contact.phone, contact.after_hours
    if name and phone:
        first = QCoreApplication.translate(
            "CareContact", "You could call {team} about how you feel: {phone}."
        ).format(team=name, phone=phone)
    elif phone:
        first = QCoreApplication.translate(
            "CareContact", "You could call your care team about how you feel: {phone}."
        ).format(phone=phone)
    elif name:
        first = QCoreApplication.translate(
            "CareContact", "You could talk to {team} about how you feel."
        ).format(team=name)
    else:
        first = QCoreApplication.translate(
            "CareContact", "You could talk to your care team or your doctor about how you feel."
        )
    sentences = [first]
    if late:
        sentences.append(
            QCoreApplication.translate(
                "CareContact", "Outside office hours, you can call {phone}."
            ).format(phone=late)
        )
    return sentences


def _sentences(parts: list[str]) -> str:
    return QCoreApplication.translate("CareNote", " ", "between sentences").join(parts)


def nudge_text(reason: NudgeReason, contact: CareContact) -> str:
    """The kind care-team note for a reason, in two short paragraphs: why, kindly and
    without naming a condition; then who to call and that the app is not for emergencies."""
    if reason is NudgeReason.WORRY:
        opening = QCoreApplication.translate(
            "CareNote", "Your worry has been high on most days lately."
        )
    else:
        opening = QCoreApplication.translate(
            "CareNote",
            "Your answers to the questions about the last two weeks suggest these weeks "
            "have been hard.",
        )
    why = _sentences(
        [
            opening,
            QCoreApplication.translate(
                "CareNote",
                "That is common between checkups, and you do not have to carry it alone.",
            ),
            QCoreApplication.translate(
                "CareNote",
                "This is not a diagnosis. It is a reminder that support is there for you.",
            ),
        ]
    )
    return f"{why}\n\n{who_to_call(contact)}"


def who_to_call(contact: CareContact) -> str:
    """Who to call (see ``contact_sentences``), then that the app is not for emergencies."""
    return _sentences([*contact_sentences(contact), emergency_text()])


def thanks_text() -> str:
    """The plain thank-you after answers that are not positive."""
    return QCoreApplication.translate(
        "Screens", "Thank you. Your answers are kept with your journal, on this computer."
    )


def support_heading() -> str:
    return QCoreApplication.translate("Screens", "Thank you for answering")


def support_text() -> str:
    """The answer, at once, to answers that are positive: kind, and no diagnosis (who to
    call follows it, from ``who_to_call``)."""
    return _sentences(
        [
            QCoreApplication.translate(
                "Screens", "Your answers suggest the last two weeks have been hard."
            ),
            QCoreApplication.translate(
                "Screens",
                "These answers do not mean that something is wrong. They are a sign that "
                "talking with someone could help, and you do not have to carry this alone.",
            ),
        ]
    )
