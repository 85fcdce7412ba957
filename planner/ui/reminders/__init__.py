"""The reminders room of the window."""
