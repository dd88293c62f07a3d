"""The demo clinic's people and services: the business, users, practitioners, types, patients."""

from __future__ import annotations

from datetime import timedelta

from app.sandbox import demo_data as data
from app.sandbox.demo_context import HOUR, DemoContext, ascii_slug, user_row

PATIENT_COUNT = 400
ARCHIVED_PATIENTS = 12


class PeopleBuilder(DemoContext):
    """Adds the business, its staff and appointment types, and the patient list."""

    def build_people(self) -> None:
        """Business, users, practitioners (with the types they offer), types, then patients."""
        founded = self.founded
        self.rows["businesses"].append(
            {
                "id": self.business_id,
                "business_name": data.BUSINESS_NAME,
                "time_zone": data.TIME_ZONE_LABEL,
                "time_zone_identifier": data.TIME_ZONE_IDENTIFIER,
                "address_1": "Level 2, 88 Darling St",
                "city": "Balmain",
                "state": "NSW",
                "post_code": "2041",
                "country": "Australia",
                "contact_information": "Phone (02) 9555 0142",
                "email_reply_to": "hello@harbourside-health.example",
                "website_address": "https://harbourside-health.example",
                "archived_at": None,
                "created_at": founded,
                "updated_at": founded + timedelta(days=30),
            }
        )
        users = self.rows["users"]
        users.append(
            user_row(
                self.ids.new_id(), title="", first="Alex", last="Morgan", role="administrator", stamp=founded
            )
        )
        users.append(
            user_row(
                self.ids.new_id(),
                title="",
                first="Jordan",
                last="Baxter",
                role="receptionist",
                stamp=founded + HOUR,
            )
        )
        for offset, spec in enumerate(data.APPOINTMENT_TYPES):
            type_id = self.ids.new_id()
            self.type_ids[spec.key] = type_id
            self.type_minutes[spec.key] = spec.minutes
            if spec.archived_days_ago:
                self.type_archived_from[spec.key] = self.today - timedelta(days=spec.archived_days_ago)
            created = founded + timedelta(minutes=10 + offset)
            archived = (
                self.cutoff - timedelta(days=spec.archived_days_ago) if spec.archived_days_ago else None
            )
            self.rows["appointment_types"].append(
                {
                    "id": type_id,
                    "name": spec.name,
                    "category": spec.category,
                    "color": spec.color,
                    "description": spec.description,
                    "duration_in_minutes": spec.minutes,
                    "max_attendees": spec.max_attendees,
                    "telehealth_enabled": spec.telehealth,
                    "show_in_online_bookings": archived is None,
                    "archived_at": archived,
                    "created_at": created,
                    "updated_at": archived or created,
                }
            )
        for index, spec in enumerate(data.PRACTITIONERS):
            user_id = self.ids.new_id()
            practitioner_id = self.ids.new_id()
            self.practitioner_ids.append(practitioner_id)
            joined = founded + timedelta(days=index * 20)
            users.append(
                user_row(
                    user_id,
                    title=spec.title,
                    first=spec.first_name,
                    last=spec.last_name,
                    role="practitioner",
                    stamp=joined,
                )
            )
            self.rows["practitioners"].append(
                {
                    "id": practitioner_id,
                    "user_id": user_id,
                    "title": spec.title,
                    "first_name": spec.first_name,
                    "last_name": spec.last_name,
                    "designation": spec.designation,
                    "description": None,
                    "active": True,
                    "show_in_online_bookings": True,
                    "created_at": joined,
                    "updated_at": joined,
                }
            )
            for key in [key for key, _weight in spec.offers] + list(spec.group_types):
                self.rows["practitioner_appointment_types"].append(
                    {"practitioner_id": practitioner_id, "appointment_type_id": self.type_ids[key]}
                )
        self._patients()

    def _patients(self) -> None:
        rng = self.rng
        archived = set(rng.sample(range(PATIENT_COUNT), ARCHIVED_PATIENTS))
        for index in range(PATIENT_COUNT):
            first, last = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
            sex = rng.choice(("Female", "Male", "Female", "Male", None))
            born = self.today - timedelta(days=rng.randrange(3 * 365, 92 * 365))
            adult = (self.today - born).days >= 18 * 365
            title = (
                {"Female": rng.choice(("Ms", "Mrs", "Ms")), "Male": "Mr"}.get(sex or "") if adult else None
            )
            suffix = str(rng.randrange(1, 99)) if rng.random() < 0.4 else ""
            email = (
                f"{ascii_slug(first)}.{ascii_slug(last)}{suffix}@example.com" if rng.random() < 0.85 else None
            )
            suburb, post_code = rng.choice(data.SUBURBS)
            created = self.between(self.founded, self.cutoff - timedelta(days=2))
            updated = self.between(created, self.cutoff - HOUR)
            patient_id = self.ids.new_id()
            self.rows["patients"].append(
                {
                    "id": patient_id,
                    "title": title,
                    "first_name": first,
                    "last_name": last,
                    "preferred_first_name": None,
                    "date_of_birth": born,
                    "sex": sex,
                    "email": email,
                    "phone_mobile": f"04{rng.randrange(10):d}{rng.randrange(10):d} "
                    f"{rng.randrange(1000):03d} {rng.randrange(1000):03d}"
                    if rng.random() < 0.92
                    else None,
                    "phone_home": f"(02) 9{rng.randrange(1000):03d} {rng.randrange(10000):04d}"
                    if rng.random() < 0.25
                    else None,
                    "address_1": f"{rng.randrange(1, 240)} {rng.choice(data.STREETS)}",
                    "city": suburb,
                    "state": "NSW",
                    "post_code": post_code,
                    "country": "Australia",
                    "notes": None,
                    "archived_at": updated if index in archived else None,
                    "created_at": created,
                    "updated_at": updated,
                }
            )
            if index not in archived:
                self.patients.append((patient_id, f"{first} {last}"))
                # A few regulars come often, most people now and then.
                self.patient_weights.append(rng.choice((1.0, 1.0, 1.0, 2.0, 4.0)))
