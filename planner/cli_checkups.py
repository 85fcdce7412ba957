"""The checkup commands: ``summary`` (a PDF of the weeks since the last checkup) and
``calendar`` (the checkups as an .ics file). Both read the profile without changing it."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from planner.cli_io import CommandError, open_for_reading, say, say_zone, write_stdout


def _date(text: str, option: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "{option} '{text}' is not a date; write it like 2026-09-30."
            ).format(option=option, text=text)
        ) from exc
    if not 1900 <= day.year <= 9000:
        raise CommandError(
            QCoreApplication.translate(
                "Commands", "{option} must be a date between the years 1900 and 9000."
            ).format(option=option)
        )
    return day


def _gui_for_fonts() -> None:
    """Fonts and PDF need a Qt GUI application; no window is shown, so no screen either."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QGuiApplication.instance() is None:
        QGuiApplication(["between-checkups"])


def summary_command(args: argparse.Namespace) -> int:
    from planner.domain.visit_summary import SummaryError, default_period
    from planner.services.clock import local_zone, now_utc

    zone = local_zone(unknown_tz=say_zone)
    today = now_utc().astimezone(zone).date()
    store = open_for_reading(args)
    try:
        start, end = default_period(store.checkups.all(), today)
        if args.start:
            start = _date(args.start, "--from")
        if args.end:
            end = _date(args.end, "--to")
        from planner.services.visit_summary import build_visit_summary

        try:
            summary = build_visit_summary(store, start, end, zone.key, today)
        except SummaryError as exc:
            raise CommandError(_period_problem(exc)) from exc
    finally:
        store.close()
    target = Path(args.out or f"checkup-summary-{end.isoformat()}.pdf").expanduser()
    if target.exists() and not target.is_file():
        raise CommandError(
            QCoreApplication.translate("Commands", "{file} is not a regular file.").format(
                file=target
            )
        )
    if not target.resolve().parent.is_dir():
        raise CommandError(
            QCoreApplication.translate("Commands", "The folder {folder} does not exist.").format(
                folder=target.resolve().parent
            )
        )
    _gui_for_fonts()
    from planner.services.summary_pdf import write_summary_pdf

    try:
        pages = write_summary_pdf(summary, target)
    except OSError as exc:
        raise CommandError(
            QCoreApplication.translate("Commands", "Could not write {file} ({reason}).").format(
                file=target, reason=exc.strerror
            )
        ) from exc
    say(
        QCoreApplication.translate(
            "Commands", "Saved the summary of {start} to {end} ({pages} pages) in {file}."
        ).format(start=start.isoformat(), end=end.isoformat(), pages=pages, file=target)
    )
    return 0


def _period_problem(exc: Exception) -> str:
    from planner.domain.visit_summary import MAX_PERIOD_DAYS, SummaryProblem

    if getattr(exc, "problem", None) is SummaryProblem.END_BEFORE_START:
        return QCoreApplication.translate(
            "Commands", "--to is before --from; the summary needs the first day first."
        )
    return QCoreApplication.translate(
        "Commands", "A summary covers at most {days} days; choose a shorter time."
    ).format(days=MAX_PERIOD_DAYS)


def calendar_command(args: argparse.Namespace) -> int:
    from planner.services.calendar_export import CalendarExport, calendar_bytes
    from planner.services.clock import now_utc

    store = open_for_reading(args)
    try:
        export = CalendarExport(store, now_utc)
        details = export.details() if args.details is None else args.details == "on"
        if args.out:
            target = Path(args.out).expanduser()
            if target.exists() and not target.is_file():
                raise CommandError(
                    QCoreApplication.translate("Commands", "{file} is not a regular file.").format(
                        file=target
                    )
                )
            if not target.resolve().parent.is_dir():
                raise CommandError(
                    QCoreApplication.translate(
                        "Commands", "The folder {folder} does not exist."
                    ).format(folder=target.resolve().parent)
                )
            try:
                count = export.write(target, details=details)
            except OSError as exc:
                raise CommandError(
                    QCoreApplication.translate(
                        "Commands", "Could not write {file} ({reason})."
                    ).format(file=target, reason=exc.strerror)
                ) from exc
            say(
                QCoreApplication.translate("Commands", "Wrote {count} checkups to {file}.").format(
                    count=count, file=target
                )
            )
            return 0
        checkups = store.checkups.everything()
        data = calendar_bytes(
            [c for c in checkups if not c.planned or c.due_on], now=now_utc(), details=details
        )
    finally:
        store.close()
    text = data.decode("utf-8")
    write_stdout(lambda out: out.write(text))
    return 0
