"""Problems a person can cause or fix, turned into the sentence they read (one place).

Storage raises ``StoreError`` with a code; plan files raise ``PlanError`` with problems;
this module says what each means in plain, translatable words. The screens catch these
(``is_user_error``) in one helper (``ui.kit.run_op``) and show ``describe(error)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import QCoreApplication

from planner.storage.errors import SaveFailed, StoreDamaged, StoreError, StoreProblem

if TYPE_CHECKING:
    from planner.domain.plan_errors import PlanError
    from planner.storage.backups import BackupError

__all__ = ["SaveFailed", "StoreDamaged", "StoreError", "describe", "is_user_error", "store_text"]


def store_text(error: StoreError) -> str:
    """The sentence for a storage problem, naming the folder where that helps."""
    folder = str(error.folder) if error.folder is not None else ""
    problem = error.problem
    if problem is StoreProblem.DISK_FULL:
        return QCoreApplication.translate(
            "Problems", "The disk is full, so this was not saved. Free some space and try again."
        )
    if problem is StoreProblem.NOT_SAVED:
        return QCoreApplication.translate(
            "Problems",
            "This could not be saved because the planner's file could not be written. "
            "Nothing was changed. Please try again; if it keeps happening, restart the app.",
        )
    if problem is StoreProblem.UNAVAILABLE:
        return QCoreApplication.translate(
            "Problems",
            "The planner cannot open or write its data folder:\n{folder}\n"
            "Check that the folder exists, that you may write to it and that the disk is "
            "connected, then start the planner again.",
        ).format(folder=folder)
    if problem is StoreProblem.DAMAGED:
        aside = str(error.kept_aside) if isinstance(error, StoreDamaged) else folder
        return QCoreApplication.translate(
            "Problems",
            "The planner's data file is damaged, so it was put aside and kept as\n{file}\n"
            "The damaged file was not deleted.",
        ).format(file=aside)
    if problem is StoreProblem.TOO_NEW:
        return QCoreApplication.translate(
            "Problems",
            "The planner's data in\n{folder}\nwas saved by a newer version of "
            "Between Checkups. Nothing was changed. Please install the newer version "
            "to open it.",
        ).format(folder=folder)
    if problem is StoreProblem.UNREADABLE:
        return QCoreApplication.translate(
            "Problems",
            "The planner's data in\n{folder}\ncould not be read. Open the app to "
            "check it; nothing was changed.",
        ).format(folder=folder)
    if problem is StoreProblem.DAMAGED_READONLY:
        return QCoreApplication.translate(
            "Problems",
            "The planner's data in\n{folder}\nis damaged. Open the app to deal with it; "
            "nothing was changed.",
        ).format(folder=folder)
    if problem is StoreProblem.OLDER_READONLY:
        return QCoreApplication.translate(
            "Problems",
            "The planner's data in\n{folder}\nwas saved by an older version. Open the app "
            "once to bring it up to date.",
        ).format(folder=folder)
    if problem is StoreProblem.NO_SAFETY_COPY:
        return QCoreApplication.translate(
            "Problems",
            "The planner needs to update its data file but could not first make a safety "
            "copy in\n{folder}\nNothing was changed. Free some disk space and try again.",
        ).format(folder=folder)
    if problem is StoreProblem.LOCKED:
        return QCoreApplication.translate(
            "Problems", "Your journal is locked with a passphrase. Type it to open the journal."
        )
    if problem is StoreProblem.WRONG_PASSPHRASE:
        return QCoreApplication.translate("Problems", "That is not the passphrase.")
    if problem is StoreProblem.NOT_REWRITTEN:
        return QCoreApplication.translate(
            "Problems",
            "The passphrase could not be changed, so nothing was changed. Your journal is "
            "as it was. Check that there is free space on the disk, then try again.",
        )
    if problem is StoreProblem.UPGRADE_DISK_FULL:
        return QCoreApplication.translate(
            "Problems",
            "The disk is full, so the planner could not update its data file. "
            "Nothing was changed. Free some space and start the planner again.",
        )
    return QCoreApplication.translate(
        "Problems",
        "The planner could not update its data file to this version. Nothing was "
        "changed. Please report this problem; your data is safe.",
    )


def describe(error: BaseException) -> str:
    """What went wrong, in the words the person reads."""
    if isinstance(error, StoreError):
        return store_text(error)
    if _is_plan_error(error):
        from planner.services.plan_problems import describe_all

        return "\n".join(describe_all(error))
    if _is_backup_error(error):
        from planner.services.backups import problem_text

        return problem_text(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Problems", "The file could not be read or written ({reason})."
        ).format(reason=error.strerror or type(error).__name__)
    return QCoreApplication.translate(
        "Problems", "Sorry, something went wrong. What you saved is safe."
    )


def _is_plan_error(error: BaseException) -> TypeGuard[PlanError]:
    from planner.domain.plan_errors import PlanError  # at the first error, not at start

    return isinstance(error, PlanError)


def _is_backup_error(error: BaseException) -> TypeGuard[BackupError]:
    from planner.storage.backups import BackupError  # at the first error, not at start

    return isinstance(error, BackupError)


def is_user_error(error: BaseException) -> bool:
    """A problem a person can cause or fix (a StoreError, a PlanError, a BackupError);
    everything else is our bug (the excepthook)."""
    return isinstance(error, StoreError) or _is_plan_error(error) or _is_backup_error(error)
