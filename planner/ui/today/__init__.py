"""The today room of the window."""
