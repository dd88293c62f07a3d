"""Unit tests of app.domain (a package so its module names cannot clash with other test folders)."""
