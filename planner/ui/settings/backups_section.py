"""Settings' "Backups" part: when the last backup was made, Back up now, the list (date,
size, what each holds), a second folder for a copy of each (a USB stick), and Restore.

The list is read off the GUI thread (each backup is checked first); a restore is
confirmed in ``RestoreDialog`` and then done while the window is closed.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.services.backups import (
    BY_YOU,
    BackupError,
    BackupListed,
    BackupMade,
    problem_text,
)
from planner.services.problems import describe
from planner.services.settings import BACKUP_SECOND_FOLDER, Settings
from planner.ui.kit.balanced_rows import BalancedRows
from planner.ui.kit.fields import titled_panel
from planner.ui.kit.formatting import clock, day_short_month_year, file_size
from planner.ui.kit.ops import log_only, run_op

if TYPE_CHECKING:
    from planner.services.backup_keeper import BackupKeeper


def _muted(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class BackupsSection(QObject):
    """The Backups panel on the Settings page."""

    SETTINGS = (BACKUP_SECOND_FOLDER,)
    list_done = Signal()  # the list was read again (or could not be)

    def __init__(
        self,
        layout: QVBoxLayout,
        keeper: BackupKeeper,
        settings: Settings,
        zone: tzinfo,
        page: QWidget,
    ) -> None:
        super().__init__(page)
        self._keeper = keeper
        self._settings = settings
        self._zone = zone
        self._page = page
        self.listed: list[BackupListed] = []
        self.done_now = False
        self._second_problem: str | None = None
        box = titled_panel(layout, self.tr("Backups"), "BackupsHeading")
        self.status = QLabel()
        self.status.setObjectName("LastBackup")
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        note = _muted("BackupsNote")
        note.setText(
            self.tr(
                "The app makes a backup each day you use it, when something changed. It "
                "keeps one for each of the last 7 days and one for each of 4 weeks before. "
                "Backups stay in your data folder, on this computer."
            )
        )
        box.addWidget(note)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.setObjectName("BackUpNow")
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.restore_button.setObjectName("RestoreChosen")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.setObjectName("RestoreFromFile")
        self.file_button.clicked.connect(self.restore_from_file)
        # One row while they fit; in a narrow window (or with large text) two or three.
        buttons = BalancedRows(spacing=8)
        for button in (self.now_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        self.list = QTreeWidget()
        self.list.setObjectName("BackupList")
        self.list.setAccessibleName(self.tr("Your backups"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Size"),
                self.tr("Check-ins"),
                self.tr("Check-offs"),
                self.tr("Kind"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in range(4):  # the kind takes the rest of the width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Room after each cell, so a date, a size and the numbers do not run together.
        self.list.setStyleSheet("QTreeView::item { padding: 2px 14px 2px 4px; }")
        self.list.itemSelectionChanged.connect(self._chosen)
        self.list.itemDoubleClicked.connect(lambda *_a: self.restore_chosen())
        box.addWidget(self.list)
        self.list_note = _muted("BackupListNote")
        box.addWidget(self.list_note)
        self._build_second_folder(box)
        keeper.made.connect(lambda _made: self.refresh_list())

    def _build_second_folder(self, box: QVBoxLayout) -> None:
        self.second = QLabel()
        self.second.setObjectName("SecondFolder")
        self.second.setWordWrap(True)
        self.second.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.second)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose a folder…"))
        self.choose_button.setObjectName("ChooseSecondFolder")
        self.choose_button.setAccessibleName(self.tr("Choose a folder for a second copy"))
        self.choose_button.clicked.connect(self.choose_second_folder)
        self.stop_button = QPushButton(self.tr("Stop the second copy"))
        self.stop_button.setObjectName("StopSecondFolder")
        self.stop_button.clicked.connect(lambda: self._save_second(""))
        row.addWidget(self.choose_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        box.addLayout(row)

    # --- what is shown ---------------------------------------------------------------

    def refresh(self) -> None:
        """The last backup and the second folder (quick); the list is read on the worker."""
        last = self._keeper.last_backup()
        if last is None:
            self.status.setText(self.tr("No backup yet. The first one is made today."))
        else:
            self.status.setText(self.tr("Last backup: {when}").format(when=self._when(last.at)))
        folder = run_op(
            None, lambda: self._settings.get(BACKUP_SECOND_FOLDER), report=log_only
        ).value
        if folder:
            self.second.setText(
                self.tr("A second copy of each backup goes to: {folder}").format(folder=folder)
            )
        else:
            self.second.setText(
                self.tr(
                    "You can keep a second copy of each backup somewhere else, such as a "
                    "USB stick, in case this computer breaks."
                )
            )
        self.stop_button.setVisible(bool(folder))

    def _when(self, at: datetime) -> str:
        local = at.astimezone(self._zone)
        return self.tr("{day}, {time}").format(
            day=day_short_month_year(local.date()), time=clock(local)
        )

    def refresh_list(self) -> None:
        self.refresh()
        self.list_note.setText(self.tr("Reading your backups…"))
        self._keeper.list_later(self._show_list, self._list_failed)

    def _list_failed(self, error: BaseException) -> None:
        self.list_note.setText(describe(error))
        self.list_done.emit()

    def _show_list(self, listed: list[BackupListed]) -> None:
        self.listed = listed
        self.list.clear()
        for entry in listed:
            info = entry.info
            cells = [
                self._when(entry.file.at),
                file_size(entry.file.size),
                QLocale().toString(info.checkins) if info else "",
                QLocale().toString(info.checkoffs) if info else "",
                self._kind(entry.file.reason) if info else self.tr("Cannot be used"),
            ]
            item = QTreeWidgetItem(cells)
            for column in (1, 2, 3):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if info is None:
                item.setDisabled(True)
            self.list.addTopLevelItem(item)
        self._fit_rows(len(listed))
        count = len(listed)
        self.list_note.setText(
            self.tr("No backups yet.")
            if count == 0
            else self.tr("1 backup.")
            if count == 1
            else self.tr("%n backups.", "", count)
        )
        self._chosen()
        if self.done_now:
            self.done_now = False
            self.list_note.setText(
                self._second_problem
                or self.tr("A backup was made just now. It is at the top of the list.")
            )
        self.list_done.emit()

    def _fit_rows(self, count: int) -> None:
        """As tall as its rows (3 to 8 of them; more scroll), with no empty band below."""
        shown = min(max(count, 3), 8)
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 6)
        frame = self.list.frameWidth() * 2
        self.list.setFixedHeight(self.list.header().sizeHint().height() + shown * row + frame + 4)

    def _kind(self, reason: str | None) -> str:
        if reason is None:
            return self.tr("Daily")
        if reason == BY_YOU:
            return self.tr("Made by you")
        if reason == "before-import":
            return self.tr("Before a plan import")
        if reason == "before-restore":
            return self.tr("Before a restore")
        if reason.startswith("before-v"):
            return self.tr("Before an app update")
        return self.tr("Safety copy")

    def _chosen(self) -> None:
        row = self.list.currentIndex().row() if self.list.selectedItems() else -1
        usable = 0 <= row < len(self.listed) and self.listed[row].info is not None
        self.restore_button.setEnabled(usable)

    # --- actions -----------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.now_button.setEnabled(False)
        self.status.setText(self.tr("Making a backup…"))
        self._keeper.back_up_now(self._made, self._failed)

    def back_up_here(self, now: datetime) -> None:
        """A backup made at once, on this thread (before a passphrase is set). Raises
        BackupError (a user error the caller shows)."""
        self._keeper.service.back_up_now(now)
        self.refresh_list()

    def _made(self, made: BackupMade) -> None:
        self.now_button.setEnabled(True)
        self.refresh_list()
        self.done_now = True  # said once the list is read again (it rewrites the note)
        self._second_problem = made.second_problem

    def _failed(self, error: BaseException) -> None:
        self.now_button.setEnabled(True)
        self.refresh()
        text = problem_text(error) if isinstance(error, BackupError) else describe(error)
        self.status.setText(self.tr("The backup could not be made. {why}").format(why=text))

    def restore_chosen(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        row = self.list.indexOfTopLevelItem(items[0])
        if 0 <= row < len(self.listed) and self.listed[row].info is not None:
            self._confirm(self.listed[row].file.path)

    def choose_file(self) -> Path | None:
        """Ask for a backup or export file (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self._page,
            self.tr("Restore from a file"),
            QDir.homePath(),
            self.tr("Backups and exports (*.db *.json);;All files (*)"),
        )
        return Path(name) if name else None

    def restore_from_file(self) -> None:
        path = self.choose_file()
        if path is not None:
            self._confirm(path)

    def _confirm(self, path: Path) -> None:
        from planner.ui.settings.restore_dialog import RestoreDialog

        self.dialog = RestoreDialog(self._keeper, path, self._zone, self._page)
        self.dialog.open()

    def choose_folder(self) -> str:
        """Ask for the second folder (tests replace this)."""
        return QFileDialog.getExistingDirectory(
            self._page, self.tr("Choose a folder for a second copy"), QDir.homePath()
        )

    def choose_second_folder(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self._save_second(chosen)

    def _save_second(self, folder: str) -> None:
        run_op(
            self._page, lambda: self._settings.set(BACKUP_SECOND_FOLDER, folder, origin=self._page)
        )
        self.refresh()
