"""Patient search: names (prefix, either order, accents, contains), phone digits, dates of birth."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.domain.entities import Patient
from app.store import bulk
from app.store.patient_search import search_patients

from .builders import at, big_id


def patient(n: int, first: str, last: str, **changes: object) -> Patient:
    return Patient(id=big_id(4000 + n), first_name=first, last_name=last, **changes)  # type: ignore[arg-type]


ADA = patient(1, "Ada", "Lovelace", date_of_birth=date(1985, 12, 10), phone_numbers=("+61 412 345 678",))
ZOE = patient(
    2, "Zoë", "O'Brien", date_of_birth=date(1990, 3, 4), phone_numbers=("(03) 9876 5432", "0400 111 222")
)
JOHN = patient(3, "John", "Smith", date_of_birth=date(1990, 4, 3))
JANE = patient(4, "Jane", "Smithers")
ARCHIVED = patient(5, "Adam", "Smith", archived_at=at(-1))
JOHNSON = patient(6, "Mary", "Johnson")


@pytest.fixture
def people(session: Session) -> Session:
    bulk.upsert_patients(session, [ADA, ZOE, JOHN, JANE, ARCHIVED, JOHNSON])
    return session


def names(found: list[Patient]) -> list[str]:
    return [p.display_name for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("smi", ["John Smith", "Jane Smithers"]),  # surname prefix, sorted by surname then first name
        ("SMITH", ["John Smith", "Jane Smithers"]),
        ("jo", ["Mary Johnson", "John Smith"]),  # surname prefix first, then first-name prefix
        ("john sm", ["John Smith"]),
        ("smith j", ["John Smith"]),
        ("smith, john", ["John Smith"]),
        ("  ada   love ", ["Ada Lovelace"]),
        ("zoe", ["Zoë O'Brien"]),  # accents folded
        ("o'b", ["Zoë O'Brien"]),
        ("son", ["Mary Johnson"]),  # contains, when prefixes find too few
        ("xyz", []),
        ("", []),
    ],
)
def test_name_search(people: Session, text: str, expected: list[str]) -> None:
    assert names(search_patients(people, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0412", []),  # the stored number is international: +61 412 ...
        ("61412", ["Ada Lovelace"]),  # starts with
        ("345 678", ["Ada Lovelace"]),  # ends with
        ("(03) 9876", ["Zoë O'Brien"]),
        ("0400-111-222", ["Zoë O'Brien"]),
        ("5432", ["Zoë O'Brien"]),
        ("12", []),  # too short to mean a phone number, and no name has digits
    ],
)
def test_phone_search(people: Session, text: str, expected: list[str]) -> None:
    assert names(search_patients(people, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1985-12-10", ["Ada Lovelace"]),
        ("10/12/1985", ["Ada Lovelace"]),  # 10 Dec (day first); 12 Oct (month first) matches no one
        ("4/3/1990", ["Zoë O'Brien", "John Smith"]),  # ambiguous: both readings
        ("31/02/1990", []),
    ],
)
def test_date_of_birth_search(people: Session, text: str, expected: list[str]) -> None:
    assert names(search_patients(people, text)) == expected


def test_archived_patients_only_on_request(people: Session) -> None:
    assert "Adam Smith" not in names(search_patients(people, "smith"))
    assert names(search_patients(people, "smith", include_archived=True)) == [
        "Adam Smith",
        "John Smith",
        "Jane Smithers",
    ]


def test_the_limit_is_respected(people: Session) -> None:
    assert names(search_patients(people, "smi", limit=1)) == ["John Smith"]
    assert search_patients(people, "smi", limit=0) == []


def test_name_and_phone_searches_use_indexes(people: Session) -> None:
    steps: list[str] = []
    connection = people.connection()

    def capture(_conn: object, _cursor: object, statement: str, parameters: object, *_: object) -> None:
        if statement.lstrip().startswith("SELECT"):
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()  # type: ignore[arg-type]
            steps.extend(row[-1] for row in rows)

    event.listen(connection, "before_cursor_execute", capture)
    try:
        search_patients(people, "son")  # prefixes, then the contains scan
        search_patients(people, "0400")
        search_patients(people, "1990-03-04")
    finally:
        event.remove(connection, "before_cursor_execute", capture)
    joined = "\n".join(steps)
    assert "USING INDEX ix_patients_search_last_first (search_last_first>? AND search_last_first<?)" in joined
    assert "USING INDEX ix_patients_search_first_last (search_first_last>? AND search_first_last<?)" in joined
    assert "USING INDEX ix_patient_phones_digits (digits>? AND digits<?)" in joined
    assert "USING INDEX ix_patient_phones_digits_reversed (digits_reversed>? AND digits_reversed<?)" in joined
    assert "USING INDEX ix_patients_date_of_birth (date_of_birth=?)" in joined
    # "contains" reads the narrow name index, never the whole table.
    assert "SCAN patients USING COVERING INDEX ix_patients_search_first_last" in steps
    assert "SCAN patients" not in steps
