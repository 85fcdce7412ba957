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
