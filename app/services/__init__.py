"""What a user does (book, move, cancel, copy a link), shared by the GUI and the CLI."""
