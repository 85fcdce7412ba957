"""The insights room of the window."""
