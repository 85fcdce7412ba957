"""The settings room of the window."""
