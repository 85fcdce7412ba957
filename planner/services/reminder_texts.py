"""The words of a grouped reminder notification (tray message or desktop notification).

Translated with ``self.tr`` on a small QObject, so that counts get their plural forms
(pyside6-lupdate marks plurals only for ``self.tr(text, "", n)``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

# A notification lists this many titles, then says how many more there are. (A "#:"
# comment would reach the translators: pyside6-lupdate reads it as theirs.)
SHOWN_TITLES = 4


class ReminderTexts(QObject):
    """Headings and lines for reminder notifications, in the person's language."""

    def heading(self, count: int, all_late: bool) -> str:
        """ "Reminder", "3 reminders", "Missed reminder" or "Missed while you were away"."""
        if all_late:
            if count > 1:
                return self.tr("Missed while you were away")
            return self.tr("Missed reminder")
        if count == 1:
            return self.tr("Reminder")
        #: The heading of one notification for several reminders due at once.
        return self.tr("%n reminders", "", count)

    def more(self, count: int) -> str:
        """The last line when titles are left out: "and 2 more"."""
        #: The last line of a notification that lists only the first reminders' titles.
        return self.tr("and %n more", "", count)


def notification_text(titles: Sequence[str], all_late: bool) -> tuple[str, str]:
    """Heading and text for one grouped notification of reminders."""
    texts = ReminderTexts()
    shown = list(titles[:SHOWN_TITLES])
    if len(titles) > SHOWN_TITLES:
        shown.append(texts.more(len(titles) - SHOWN_TITLES))
    return texts.heading(len(titles), all_late), "\n".join(shown)
