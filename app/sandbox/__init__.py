"""A Cliniko-compatible API server with its own database and a demo clinic, for demos and tests.

Entry points: `app.sandbox.server.SandboxServer` (embedded, background thread, `server.store` for
changing data behind the API) and `app.sandbox.cli` (`frontdesk sandbox`). It imports nothing else
of the app: what it shares with the client is only the JSON on the wire.

Behaviour a client may notice, decided here and kept in one place:
- Base URL `http://HOST:PORT/v1`; Basic auth with a configured key as user name (password
  ignored), else 401; a `User-Agent` of the form `NAME (EMAIL)` is required, else 403 (checked
  first); `rate_limit` requests per key per fixed 60 s window, else 429 with `X-RateLimit-Reset`
  (Unix seconds) and `Retry-After`.
- Ids are random 64-bit integers served as strings (id order is not time order). Relations are
  links. Recorded instants (`created_at`, `updated_at`, `cancelled_at`, ...) are UTC with
  milliseconds (`2024-08-30T18:00:00.123Z`); `starts_at`/`ends_at` are whole seconds. Every write
  takes a strictly later `updated_at` (real time), on the appointment and its attendee.
- `/individual_appointments` lists cancelled appointments too, never deleted ones; `/cancelled`
  and `/deleted` are their own lists. Single GETs of deleted records and of archived appointment
  types answer 404 (archived types are listed under `/appointment_types/archived`).
- Filters `q[]=FIELD:OPVALUE` (also `q=`), `sort=a,b:desc`, `order=desc`, `page`, `per_page`
  (default 50, capped at 100); unknown fields, operators or values are a 400 with `errors`.
- Writes: POST (201 + Location), PUT/PATCH (200), `PATCH .../cancel` (204), DELETE (204, soft);
  invalid content is a 422 `{"errors": {field: [message]}}`; malformed JSON is a 400. Moving an
  appointment gives its attendee a new patient link; a move naming only `starts_at` keeps the length.
- `--fail-rate`: a seeded share of requests answers 500 before doing anything, or does the work and
  then drops the connection mid-answer (the "lost response" case).
"""
