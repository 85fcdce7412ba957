"""The Questions room: questions for the care team, asked at checkups, with answers."""
