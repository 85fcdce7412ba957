"""Between Checkups: a planner and journal for living in remission."""

__version__ = "0.1.0"
APP_NAME = "Between Checkups"
