"""Start Between Checkups: hands the command line to planner.cli."""

from __future__ import annotations

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
