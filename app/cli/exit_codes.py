"""The exit codes of the headless commands (product.md, "Headless interface"); scripts depend on them.

Usage errors (an unknown flag, a malformed date) exit 1 like any other error, not argparse's usual 2,
because scripts read 2 from `frontdesk sync` as "the API key was refused".
"""

OK = 0
ERROR = 1
# sync: the API key is missing, malformed, or refused by the server.
AUTH_REFUSED = 2
# sync: the server could not be reached; the outbox is kept for the next run.
SERVER_UNREACHABLE = 3
# book: the booking has conflict warnings and --force was not given.
HAS_WARNINGS = 4
# patient-link: the rules do not allow handing out the link now.
LINK_REFUSED = 5
