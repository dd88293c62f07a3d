"""`python -m app` runs Frontdesk, like the `frontdesk` command."""

import sys

from app.main import main

sys.exit(main())
