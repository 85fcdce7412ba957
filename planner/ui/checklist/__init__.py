"""The checklist room of the window."""
