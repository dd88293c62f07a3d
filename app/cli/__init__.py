"""The `frontdesk` command and its subcommands."""
