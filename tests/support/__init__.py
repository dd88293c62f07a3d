"""Helpers shared by several test folders: the seeded test clinic, an in-memory keyring, sandbox clients.

Imported as `tests.support...` (tests/conftest.py puts the repository root on `sys.path`). Nothing here
imports Qt, so the headless suites can use all of it.
"""
