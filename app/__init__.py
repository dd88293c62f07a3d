"""Frontdesk: desktop scheduling for a clinic's front desk."""

__version__ = "0.1.0"
APP_NAME = "Frontdesk"
