"""Decoding API answers: orjson's speed without losing what only the standard library reads."""

from __future__ import annotations

import json
import math

import orjson
import pytest

from app.remote.json_body import decode_json


def test_decodes_a_page_body() -> None:
    body = b'{"individual_appointments": [{"id": "1390726237298631770", "notes": null}], "total_entries": 1}'
    assert decode_json(body) == {
        "individual_appointments": [{"id": "1390726237298631770", "notes": None}],
        "total_entries": 1,
    }


def test_a_number_beyond_64_bits_does_not_make_the_page_unreadable() -> None:
    # One odd record must not cost the page: validation skips that record, the rest is kept.
    page = decode_json(b'{"items": [{"id": 123456789012345678901234567890}, {"id": "42"}]}')
    assert page["items"][1] == {"id": "42"}
    assert isinstance(page["items"][0]["id"], int | float)


def test_nan_is_read_through_the_fallback() -> None:
    # orjson refuses NaN; the standard library reads it, so the page is not lost.
    assert math.isnan(decode_json(b'{"duration": NaN}')["duration"])


@pytest.mark.parametrize("content", [b"<html>Bad gateway</html>", b'{"id": ', b""])
def test_not_json_raises_value_error(content: bytes) -> None:
    # Callers catch ValueError: the standard library's error is one, and so is orjson's.
    with pytest.raises(json.JSONDecodeError):
        decode_json(content)
    assert issubclass(orjson.JSONDecodeError, ValueError)
