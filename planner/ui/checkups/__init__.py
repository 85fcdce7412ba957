"""The checkups room of the window."""
