"""Pure rules of a clinic's schedule: entities, link policy, conflicts, recurrence, time zones."""
