"""Repositories: one per table group; each receives the Database it works on."""
