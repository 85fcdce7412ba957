"""The journal room of the window."""
