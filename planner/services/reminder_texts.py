"""The words of a grouped reminder notification (tray message or desktop notification).

Translated with ``self.tr`` on a small QObject, so that counts get their plural forms
(pyside6-lupdate marks plurals only for ``self.tr(text, "", n)``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from planner import APP_NAME

# A notification lists this many titles, then says how many more there are. (A "#:"
# comment would reach the translators: pyside6-lupdate reads it as theirs.)
SHOWN_TITLES = 4


class ReminderTexts(QObject):
    """Headings and lines for reminder notifications, in the person's language."""

    def heading(self, count: int, all_late: bool) -> str:
        """ "Reminder", "3 reminders", "A reminder from earlier" or "Reminders from while
        you were away"."""
        if all_late:
            if count > 1:
                return self.tr("Reminders from while you were away")
            return self.tr("A reminder from earlier")
        if count == 1:
            return self.tr("Reminder")
        #: The heading of one notification for several reminders due at once.
        return self.tr("%n reminders", "", count)

    def more(self, count: int) -> str:
        """The last line when titles are left out: "and 2 more"."""
        #: The last line of a notification that lists only the first reminders' titles.
        return self.tr("and %n more", "", count)

    def private(self) -> str:
        """All a notification or the tray says when reminders are private (a shared
        screen): that there is a reminder, not what it is about."""
        return self.tr("A reminder from {app}").format(app=APP_NAME)


def notification_text(
    titles: Sequence[str], all_late: bool, *, private: bool = False
) -> tuple[str, str]:
    """Heading and text for one grouped notification of reminders. ``private``: only
    "A reminder from Between Checkups", with no text (no titles, no count)."""
    texts = ReminderTexts()
    if private:
        return texts.private(), ""
    shown = list(titles[:SHOWN_TITLES])
    if len(titles) > SHOWN_TITLES:
        shown.append(texts.more(len(titles) - SHOWN_TITLES))
    return texts.heading(len(titles), all_late), "\n".join(shown)
