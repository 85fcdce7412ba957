"""The visit room: the summary to prepare for a checkup, its preview, PDF and print."""
