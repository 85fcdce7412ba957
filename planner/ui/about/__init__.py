"""The about room: what remission means, in plain words, and about the app itself."""
