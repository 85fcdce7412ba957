"""The local zone: $TZ as a name or as a zone file, else the system's setting."""

from __future__ import annotations

import pytest

from planner.services.clock import local_zone


@pytest.mark.parametrize(
    ("tz", "key"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        (":America/New_York", "America/New_York"),
        ("/usr/share/zoneinfo/Asia/Tokyo", "Asia/Tokyo"),
        (":/usr/share/zoneinfo/Australia/Sydney", "Australia/Sydney"),
    ],
)
def test_tz_names_and_zone_files(monkeypatch, tz, key):
    monkeypatch.setenv("TZ", tz)
    assert local_zone().key == key


def test_unknown_tz_falls_back_without_crashing(monkeypatch):
    monkeypatch.setenv("TZ", "Not/A_Zone")
    assert local_zone().key  # the system's zone, or UTC: never an exception


def test_the_zone_is_read_from_the_localtime_link(monkeypatch, tmp_path):
    monkeypatch.delenv("TZ", raising=False)
    link = tmp_path / "localtime"
    link.symlink_to("../usr/share/zoneinfo/America/Argentina/Buenos_Aires")
    assert local_zone(localtime=str(link)).key == "America/Argentina/Buenos_Aires"


@pytest.mark.parametrize("target", ["../usr/share/zoneinfo/Not/A_Zone", "/somewhere/else", None])
def test_without_a_zone_link_the_system_is_asked(monkeypatch, tmp_path, target):
    """A link to no zone, or a copied zone file (target None): Qt's answer is used."""
    from PySide6.QtCore import QTimeZone

    monkeypatch.delenv("TZ", raising=False)
    localtime = tmp_path / "localtime"
    if target is None:
        localtime.write_bytes(b"TZif")
    else:
        localtime.symlink_to(target)
    system = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    assert local_zone(localtime=str(localtime)).key in (system, "UTC")
