"""A Cliniko-compatible API server with its own database and a demo clinic, for demos and tests."""
