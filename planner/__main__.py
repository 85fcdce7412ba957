"""``python -m planner``: the same as main.py, for an installed copy."""

import sys

from planner.cli import main

sys.exit(main(sys.argv[1:]))
