"""The fixed parts of the demo clinic: its staff, appointment types, and pools of names and notes."""

from __future__ import annotations

from dataclasses import dataclass

BUSINESS_NAME = "Harbourside Allied Health"
TIME_ZONE_IDENTIFIER = "Australia/Sydney"
TIME_ZONE_LABEL = "Sydney"
OPENS_HOUR, CLOSES_HOUR = 8, 18
SLOT_MINUTES = 15


@dataclass(frozen=True, slots=True)
class TypeSpec:
    key: str
    name: str
    category: str
    color: str
    minutes: int
    telehealth: bool | None
    max_attendees: int = 1
    archived_days_ago: int | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class PractitionerSpec:
    title: str
    first_name: str
    last_name: str
    designation: str
    weekdays: tuple[int, ...]  # 0 = Monday
    # (type key, weight) for the individual appointments this practitioner books.
    offers: tuple[tuple[str, int], ...]
    lunch: tuple[int, int]  # (hour, minute) the one-hour lunch break starts
    group_types: tuple[str, ...] = ()


APPOINTMENT_TYPES: tuple[TypeSpec, ...] = (
    TypeSpec("physio_initial", "Physiotherapy Initial Consultation", "Physiotherapy", "#1F77B4", 60, False),
    TypeSpec("physio_follow_up", "Physiotherapy Follow-up", "Physiotherapy", "#6BAED6", 30, False),
    TypeSpec("psych_initial", "Psychology Initial Consultation", "Psychology", "#7B4EA3", 60, True),
    TypeSpec("psych_session", "Psychology Session", "Psychology", "#9E79C6", 45, True),
    TypeSpec("diet_consult", "Dietetics Consultation", "Dietetics", "#2CA02C", 45, True),
    TypeSpec("diet_review", "Dietetics Review", "Dietetics", "#98DF8A", 30, True),
    TypeSpec("ep_session", "Exercise Physiology Session", "Exercise Physiology", "#FF7F0E", 45, False),
    # Cliniko answers null rather than false on some accounts: the demo keeps one such type.
    TypeSpec("podiatry", "Podiatry Consultation", "Podiatry", "#8C564B", 30, None),
    TypeSpec(
        "pilates_class",
        "Reformer Pilates Class",
        "Exercise Physiology",
        "#E6AB02",
        60,
        False,
        max_attendees=6,
        description="Small-group class, up to six people.",
    ),
    TypeSpec("massage", "Remedial Massage", "Massage", "#7F7F7F", 60, False, archived_days_ago=15),
)

PRACTITIONERS: tuple[PractitionerSpec, ...] = (
    PractitionerSpec(
        "Dr",
        "Sarah",
        "Chen",
        "Physiotherapist",
        (0, 1, 2, 3, 4),
        (("physio_initial", 1), ("physio_follow_up", 3)),
        (12, 30),
        ("pilates_class",),
    ),
    PractitionerSpec(
        "Mr",
        "James",
        "O'Connor",
        "Physiotherapist",
        (0, 1, 2, 3),
        (("physio_initial", 1), ("physio_follow_up", 3), ("massage", 1)),
        (13, 0),
    ),
    PractitionerSpec(
        "Dr",
        "Priya",
        "Raman",
        "Clinical Psychologist",
        (0, 1, 3, 4),
        (("psych_initial", 1), ("psych_session", 4)),
        (12, 0),
    ),
    PractitionerSpec(
        "Ms",
        "Amelia",
        "Nguyễn",
        "Accredited Practising Dietitian",
        (1, 2, 3, 4),
        (("diet_consult", 1), ("diet_review", 2)),
        (12, 30),
    ),
    PractitionerSpec(
        "Mr",
        "Tom",
        "Papadopoulos",
        "Exercise Physiologist",
        (0, 1, 2, 3, 4),
        (("ep_session", 1),),
        (13, 0),
        ("pilates_class",),
    ),
    PractitionerSpec(
        "Ms",
        "Hannah",
        "Walker-Smith",
        "Podiatrist",
        (0, 2, 4),
        (("podiatry", 1),),
        (12, 0),
    ),
)

FIRST_NAMES: tuple[str, ...] = (
    "Olivia", "Charlotte", "Amelia", "Isla", "Mia", "Ava", "Grace", "Chloe", "Zoë", "Matilda",
    "Ruby", "Sophie", "Harper", "Ella", "Evie", "Lily", "Sienna", "Hannah", "Emily", "Zara",
    "Noah", "Oliver", "William", "Jack", "Leo", "Lucas", "Thomas", "Henry", "Charlie", "James",
    "Liam", "Ethan", "Mason", "Hudson", "Archie", "Oscar", "Harrison", "Max", "Samuel", "Isaac",
    "Wei", "Jun", "Mei", "Xiaoling", "Hao", "Yan", "Minh", "Linh", "Thanh", "Bao",
    "Anh", "Huong", "Arjun", "Priya", "Rohan", "Ananya", "Vikram", "Deepa", "Sanjay", "Kavya",
    "Giorgos", "Eleni", "Dimitri", "Sofia", "Nikos", "Maria", "Giulia", "Marco", "Francesca", "Luca",
    "Fatima", "Omar", "Layla", "Ahmed", "Yusuf", "Nour", "Karim", "Aisha", "Hamza", "Mariam",
    "José", "Lucía", "Mateo", "Valentina", "Diego", "Camila", "Siobhan", "Declan", "Niamh", "Ciarán",
    "Aroha", "Tane", "Mere", "Wiremu", "Kirra", "Jarrah", "Talia", "Koa", "Malia", "Sione",
    "Margaret", "Barbara", "Dorothy", "Beverley", "Kevin", "Graham", "Raymond", "Colin", "Judith", "Geoffrey",
    "Ji-woo", "Min-jun", "Seo-yeon", "Haruto", "Yui", "Sakura", "Kenji", "Aiko", "Anna-Maria", "Jean-Luc",
)  # fmt: skip

LAST_NAMES: tuple[str, ...] = (
    "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
    "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King",
    "Davis", "Wright", "Evans", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel",
    "Khan", "Singh", "Sharma", "Kumar", "Gupta", "Chen", "Wang", "Li", "Zhang", "Liu",
    "Huang", "Wu", "Tran", "Le", "Pham", "Vo", "Dang", "Bui", "Do", "Ho",
    "Papadopoulos", "Nikolaidis", "Georgiou", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
    "Colombo", "Haddad", "Khoury", "Nassar", "Saleh", "Hussein", "Ibrahim", "Aziz", "García", "Rodríguez",
    "Martínez", "López", "González", "O'Brien", "O'Sullivan", "McCarthy", "Murphy", "Byrne", "Fitzgerald",
    "MacDonald", "McKenzie", "Kim", "Park", "Choi", "Tanaka", "Suzuki", "Sato", "Watanabe", "Ng",
    "Wong", "Lim", "Tan", "Goh", "Ngata", "Parata", "Tuilagi", "Fonoti", "Smith-Jones", "Lloyd-Williams",
    "van der Berg", "de Souza", "Müller", "Schmidt", "Novak", "Kowalski", "Horvat", "Petrović", "Ivanova",
    "Andersen", "Johansson", "Nielsen", "Campbell", "Stewart", "Morrison", "Ross", "Henderson", "Fraser",
    "Cooper", "Baker", "Mitchell", "Bennett", "Hughes", "Edwards", "Turner", "Phillips", "Carter", "Young",
)  # fmt: skip

SUBURBS: tuple[tuple[str, str], ...] = (
    ("Balmain", "2041"), ("Rozelle", "2039"), ("Glebe", "2037"), ("Annandale", "2038"),
    ("Leichhardt", "2040"), ("Pyrmont", "2009"), ("Ultimo", "2007"), ("Newtown", "2042"),
    ("Drummoyne", "2047"), ("Lilyfield", "2040"), ("Birchgrove", "2041"), ("Five Dock", "2046"),
)  # fmt: skip

STREETS: tuple[str, ...] = (
    "Darling St", "Victoria Rd", "Glebe Point Rd", "Booth St", "Norton St", "Harris St",
    "King St", "Lyons Rd", "Catherine St", "Mullens St", "Parramatta Rd", "Wattle St",
)  # fmt: skip

APPOINTMENT_NOTES: tuple[str, ...] = (
    "Bring referral letter from GP.",
    "Follow-up on left knee after last session.",
    "Prefers afternoon appointments.",
    "Care plan: 3 of 5 sessions used.",
    "Wheelchair access needed.",
    "Interpreter requested.",
    "Review home exercise program.",
    "First visit: arrive 10 minutes early for forms.",
)

# (reason code, weight, sample notes)
CANCELLATIONS: tuple[tuple[int, int, tuple[str, ...]], ...] = (
    (10, 3, ("Feeling much better, will call if needed.",)),
    (20, 1, ("Pain worse, seeing GP first.",)),
    (30, 4, ("Unwell with a cold.", "Child sick at home.")),
    (31, 1, ("Tested positive, isolating.",)),
    (40, 2, ("Travelling interstate.", "On holiday, will rebook on return.")),
    (50, 2, ("Car broke down.", "No reason given.")),
    (60, 3, ("Work meeting came up.", "Called in to work.")),
)

LEAVE_NOTES: tuple[str, ...] = ("Annual leave", "Conference", "Professional development day")
