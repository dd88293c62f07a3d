"""The demo clinic's calendar: lunch breaks, meetings, leave and six weeks of appointments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from app.sandbox import demo_data as data
from app.sandbox.demo_context import HOUR, MINUTE, Interval
from app.sandbox.demo_people import PeopleBuilder
from app.sandbox.ids import appointment_telehealth_url, attendee_telehealth_url

DAYS_BACK = DAYS_AHEAD = 21


class ClinicBuilder(PeopleBuilder):
    """The whole demo clinic: people first, then their calendar."""

    def build(self) -> dict[str, list[dict[str, Any]]]:
        """Every table's rows, ready to insert in order."""
        self.build_people()
        self._schedule()
        return self.rows

    def _schedule(self) -> None:
        days = [self.today + timedelta(days=offset) for offset in range(-DAYS_BACK, DAYS_AHEAD)]
        leave = self._leave_days(days)
        cumulative = []
        total = 0.0
        for weight in self.patient_weights:
            total += weight
            cumulative.append(total)
        for day in days:
            for index, spec in enumerate(data.PRACTITIONERS):
                if day.weekday() not in spec.weekdays:
                    continue
                practitioner_id = self.practitioner_ids[index]
                if (index, day) in leave:
                    note = self.rng.choice(data.LEAVE_NOTES)
                    self._block(
                        practitioner_id, self.at(day, data.OPENS_HOUR), self.at(day, data.CLOSES_HOUR), note
                    )
                    continue
                busy = self._breaks(practitioner_id, spec, day)
                self._fill_day(practitioner_id, spec, day, busy, cumulative)
        # A leave request that was withdrawn: it lives under /unavailable_blocks/deleted.
        future = [day for day in days if day > self.today and day.weekday() < 5]
        withdrawn_day = self.rng.choice(future)
        block = self._block(
            self.practitioner_ids[0],
            self.at(withdrawn_day, data.OPENS_HOUR),
            self.at(withdrawn_day, data.CLOSES_HOUR),
            "Conference (withdrawn)",
        )
        block["deleted_at"] = self.between(block["created_at"], self.cutoff - HOUR)
        block["updated_at"] = block["deleted_at"]

    def _leave_days(self, days: list[date]) -> set[tuple[int, date]]:
        """Two days' leave ahead for one practitioner, one conference day behind for another."""
        first_weekdays = data.PRACTITIONERS[1].weekdays
        ahead = [
            day for day in days if day > self.today + timedelta(days=4) and day.weekday() in first_weekdays
        ]
        start = self.rng.randrange(len(ahead) - 1)
        second_weekdays = data.PRACTITIONERS[2].weekdays
        behind = [
            day for day in days if day < self.today - timedelta(days=4) and day.weekday() in second_weekdays
        ]
        return {(1, ahead[start]), (1, ahead[start + 1]), (2, self.rng.choice(behind))}

    def _breaks(self, practitioner_id: int, spec: data.PractitionerSpec, day: date) -> list[Interval]:
        lunch_start = self.at(day, *spec.lunch)
        busy = [(lunch_start, lunch_start + HOUR)]
        self._block(practitioner_id, lunch_start, lunch_start + HOUR, "Lunch")
        if day.weekday() == 2:
            meeting = (self.at(day, data.OPENS_HOUR), self.at(day, data.OPENS_HOUR, 30))
            busy.append(meeting)
            self._block(practitioner_id, *meeting, "Team meeting")
        return busy

    def _block(self, practitioner_id: int, starts: datetime, ends: datetime, note: str) -> dict[str, Any]:
        created = self.between(
            max(starts - timedelta(days=60), self.founded), min(starts, self.cutoff) - HOUR
        )
        row = {
            "id": self.ids.new_id(),
            "business_id": self.business_id,
            "practitioner_id": practitioner_id,
            "starts_at": starts,
            "ends_at": ends,
            "notes": note,
            "deleted_at": None,
            "archived_at": None,
            "created_at": created,
            "updated_at": created,
        }
        self.rows["unavailable_blocks"].append(row)
        return row

    def _fill_day(
        self,
        practitioner_id: int,
        spec: data.PractitionerSpec,
        day: date,
        busy: list[Interval],
        cumulative: list[float],
    ) -> None:
        rng = self.rng
        slot = timedelta(minutes=data.SLOT_MINUTES)
        closes = self.at(day, data.CLOSES_HOUR)
        offers = [
            (key, weight)
            for key, weight in spec.offers
            if key not in self.type_archived_from or day < self.type_archived_from[key]
        ]
        keys = [key for key, _ in offers]
        weights = [weight for _, weight in offers]
        moment = self.at(day, data.OPENS_HOUR) + slot * rng.choice((0, 0, 0, 1, 2))
        while moment < closes:
            blocking = next((end for start, end in busy if start <= moment < end), None)
            if blocking is not None:
                moment = blocking
                continue
            if rng.random() < 0.3:
                moment += slot * rng.choice((1, 1, 2))
                continue
            key = rng.choices(keys, weights)[0]
            ends = moment + timedelta(minutes=self.type_minutes[key])
            if ends > closes or any(start < ends and moment < end for start, end in busy):
                moment += slot
                continue
            patient = rng.choices(self.patients, cum_weights=cumulative)[0]
            self._appointment(practitioner_id, key, patient, (moment, ends), day)
            moment = ends

    def _appointment(
        self,
        practitioner_id: int,
        type_key: str,
        patient: tuple[int, str],
        slot: Interval,
        day: date,
    ) -> None:
        patient_id, patient_name = patient
        starts, ends = slot
        rng = self.rng
        appointment_id = self.ids.new_id()
        created = self.between(
            max(starts - timedelta(days=35), self.founded), min(starts, self.cutoff) - HOUR
        )
        record: dict[str, Any] = {
            "id": appointment_id,
            "business_id": self.business_id,
            "practitioner_id": practitioner_id,
            "appointment_type_id": self.type_ids[type_key],
            "patient_id": patient_id,
            "patient_name": patient_name,
            "starts_at": starts,
            "ends_at": ends,
            "notes": rng.choice(data.APPOINTMENT_NOTES) if rng.random() < 0.12 else None,
            "patient_arrived": False,
            "did_not_arrive": False,
            "cancelled_at": None,
            "cancellation_reason": None,
            "cancellation_note": None,
            "deleted_at": None,
            "archived_at": None,
            "repeated_from_id": None,
            "telehealth_url": appointment_telehealth_url(appointment_id),
            "created_at": created,
            "updated_at": created,
        }
        latest_change = min(starts, self.cutoff) - MINUTE
        fate = rng.random()
        if fate < 0.02:
            record["deleted_at"] = self.between(created + MINUTE, latest_change)
            record["updated_at"] = record["deleted_at"]
        elif fate < 0.09:
            codes = data.CANCELLATIONS
            reason, _weight, notes = rng.choices(codes, [weight for _, weight, _ in codes])[0]
            record["cancelled_at"] = self.between(created + MINUTE, latest_change)
            record["cancellation_reason"] = reason
            record["cancellation_note"] = rng.choice(notes)
            record["updated_at"] = record["cancelled_at"]
        elif day < self.today:
            if rng.random() < 0.055:
                record["did_not_arrive"] = True
                record["updated_at"] = self.between(starts + 20 * MINUTE, starts + 40 * MINUTE)
            else:
                record["patient_arrived"] = True
                record["updated_at"] = self.between(starts - 5 * MINUTE, starts + 10 * MINUTE)
        self.rows["individual_appointments"].append(record)
        self.rows["attendees"].append(
            {
                "id": self.ids.new_id(),
                "appointment_id": appointment_id,
                "patient_id": patient_id,
                "arrived": record["patient_arrived"],
                "notes": None,
                "cancelled_at": record["cancelled_at"],
                "cancellation_reason": record["cancellation_reason"],
                "cancellation_note": record["cancellation_note"],
                "deleted_at": record["deleted_at"],
                "telehealth_url": attendee_telehealth_url(self.link_rng),
                "created_at": created,
                "updated_at": record["updated_at"],
            }
        )
