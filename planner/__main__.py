"""``python -m planner``: the same as main.py, for an installed copy."""

import gc
import sys

gc.disable()  # as in main.py: the collector rests until the window has painted

from planner.cli import main  # noqa: E402

sys.exit(main(sys.argv[1:]))
