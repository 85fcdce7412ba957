"""Plan files, version 2 and up: the sections beside the checklist, their places, their JSON.

``planner.domain.plan_file`` stays the entry point (``parse_plan``); this package holds
what version 2 adds so that each file stays one idea.
"""
