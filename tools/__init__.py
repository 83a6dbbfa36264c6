"""Command-line tools for people around the bot (the back office, demos)."""
