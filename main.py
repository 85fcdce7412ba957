"""Start Between Checkups: hands the command line to planner.cli."""

from __future__ import annotations

import gc
import sys

# Start-up makes tens of thousands of objects that live as long as the app, and the cycle
# collector would walk them over and over while they are made (about 7 ms). It rests
# until the window has painted (planner.app), or until a command starts (planner.cli).
gc.disable()

from planner.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
