"""Shared widgets and helpers for every page: theme, page base, run_op, fields, formatting."""
