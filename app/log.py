"""Per-area loggers and the redaction filter that keeps secrets out of every log line.

Telehealth links (practitioner and patient) and API keys are secrets: anyone holding a patient link
can join the call. The filter rewrites any URL and anything that looks like an API key before a
record is formatted, so a careless `log.info("%s", appointment)` cannot leak one.
"""

from __future__ import annotations

import logging
import re

sync_log = logging.getLogger("frontdesk.sync")
remote_log = logging.getLogger("frontdesk.remote")
store_log = logging.getLogger("frontdesk.store")
services_log = logging.getLogger("frontdesk.services")
ui_log = logging.getLogger("frontdesk.ui")
sandbox_log = logging.getLogger("frontdesk.sandbox")

_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)
# Cliniko keys are long base64-ish tokens with an optional "-au1"-style shard suffix.
_API_KEY = re.compile(r"\b[A-Za-z0-9+/=_]{32,}(?:-[a-z]{2}\d{1,2})?\b")


def redact(text: str) -> str:
    """Replace URLs and API-key-like tokens in `text` with placeholders."""
    text = _URL.sub(_redact_url, text)
    return _API_KEY.sub("[redacted-key]", text)


def _redact_url(match: re.Match[str]) -> str:
    url = match.group(0)
    # Keep scheme and host: "api.au1.cliniko.com" helps support; the path may be a secret link.
    head = re.match(r"(https?://[^/\s]+)", url, re.IGNORECASE)
    return f"{head.group(1)}/[redacted]" if head else "[redacted-url]"


class RedactingFilter(logging.Filter):
    """Rewrites the formatted message of every record passing through a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not hide the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def configure_logging(level: int = logging.INFO) -> None:
    """Send frontdesk logs to stderr through the redaction filter (idempotent)."""
    root = logging.getLogger("frontdesk")
    root.setLevel(level)
    for handler in root.handlers:
        if any(isinstance(f, RedactingFilter) for f in handler.filters):
            return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.propagate = False
