"""The guided first start: a short wizard that sets up a new profile in a few minutes."""
