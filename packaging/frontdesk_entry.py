"""The frozen bundle's entry script: `frontdesk` (and frontdeskw.exe) start here."""

import multiprocessing
import sys

from app.main import main

if __name__ == "__main__":
    # A frozen executable re-runs itself for multiprocessing children; this turns those runs into workers.
    multiprocessing.freeze_support()
    sys.exit(main())
