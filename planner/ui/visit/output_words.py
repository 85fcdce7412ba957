"""What went wrong when the summary was saved or printed, in plain words."""

from __future__ import annotations

import errno

from PySide6.QtCore import QObject

from planner.services.problems import describe


class OutputWords(QObject):
    """The sentences for a failed save or print (the class name is their context)."""

    def save_problem(self, error: BaseException) -> str:
        """ "Could not save: the disk is full." and its kin, by the error's cause."""
        if not isinstance(error, OSError):
            return self.tr("Could not save the summary. Please try again.")
        code = error.errno
        if code in (errno.ENOSPC, errno.EDQUOT):
            return self.tr("Could not save: the disk is full. Free some space and try again.")
        if code in (errno.EACCES, errno.EPERM):
            return self.tr(
                "Could not save: this folder does not let you save files. Choose another folder."
            )
        if code == errno.EROFS:
            return self.tr("Could not save: this disk is read-only. Choose another place.")
        if code in (errno.ENOENT, errno.ENOTDIR):
            return self.tr("Could not save: the folder is not there any more. Choose another.")
        if code == errno.ENAMETOOLONG:
            return self.tr("Could not save: the file name is too long. Choose a shorter one.")
        if code == errno.EISDIR:
            return self.tr("Could not save: that name belongs to a folder. Choose another name.")
        return self.tr("Could not save: {reason}").format(reason=describe(error))

    def print_problem(self, error: BaseException) -> str:
        """The printer could not be used."""
        del error  # the printer's own words are not helpful here
        return self.tr("Could not print. Check that the printer is on and try again.")

    def summary_problem(self, error: BaseException) -> str:
        """The summary could not be made from the journal."""
        return self.tr("Your summary could not be made. {reason}").format(reason=describe(error))


def words() -> OutputWords:
    """A fresh set of words (cheap; they are translated when called)."""
    return OutputWords()
