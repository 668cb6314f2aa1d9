"""The volunteering page with three training tracks and upcoming cohorts. No invented people: sign-ups stay empty."""

from datetime import datetime, time, timedelta
from functools import partial

from django.utils import timezone

from herstelnetwerk.demo import child_page

from .models import TrainingCohort, TrainingSession, TrainingTrackPage, VolunteerIndexPage

TRACKS = [
    (
        "Basistraining ervaringsdeskundigheid",
        "basistraining-ervaringsdeskundigheid",
        "Leer je eigen ervaring inzetten om anderen te steunen. Acht bijeenkomsten, met een certificaat.",
        8,
        12,
    ),
    (
        "WRAP: werken aan je herstelplan",
        "wrap",
        "In zes bijeenkomsten maak je een persoonlijk plan voor goede en moeilijke dagen. Daarna kun je anderen helpen.",
        6,
        10,
    ),
    (
        "Herstelgroep begeleiden",
        "herstelgroep-begeleiden",
        "Voor vrijwilligers die samen met een ervaringsdeskundige een herstelgroep willen begeleiden.",
        4,
        8,
    ),
]
PLACES = ["Herstelcafé Hoorn, Grote Noord 44, Hoorn", "Zelfregiecentrum De Kompas, Laat 150, Alkmaar"]


def build(home, stdout):
    index = child_page(
        home,
        VolunteerIndexPage,
        "vrijwilligers",
        title="Vrijwilligerswerk",
        intro="Wil je je eigen ervaring inzetten voor anderen? Word vrijwilliger bij het herstelnetwerk.",
        body="<p>Vrijwilligers zijn het hart van het herstelnetwerk. Als maatje, gastvrouw bij de inloop of "
        "begeleider van een groep. Je krijgt een training en een vaste coördinator.</p>",
        show_in_menus=True,
    )
    for number, (title, slug, intro, sessions, capacity) in enumerate(TRACKS):
        child_page(
            index,
            TrainingTrackPage,
            slug,
            on_create=partial(add_cohorts, number=number, sessions=sessions, capacity=capacity),
            title=title,
            intro=intro,
            body=f"<p>{intro}</p>",
        )
    stdout.write(f"Volunteering: {TrainingCohort.objects.count()} cohorts in {len(TRACKS)} training tracks.")


def add_cohorts(track, *, number, sessions, capacity):
    """Two cohorts for a training the demo just created: never for a training of the site's own."""
    today = timezone.localdate()
    for round_number, place in enumerate(PLACES):
        start = today + timedelta(days=21 + 28 * round_number + 7 * number)
        cohort = TrainingCohort(
            track=track,
            name=f"{['Voorjaar', 'Najaar'][round_number]} {start.year}, {place.split(',')[-1].strip()}",
            place=place,
            capacity=capacity if round_number else 2,
            enrolment_deadline=start - timedelta(days=7),
        )
        cohort.sessions = [
            TrainingSession(
                starts_at=timezone.make_aware(datetime.combine(start + timedelta(weeks=week), time(19, 0))),
                ends_at=timezone.make_aware(datetime.combine(start + timedelta(weeks=week), time(21, 30))),
            )
            for week in range(sessions)
        ]
        cohort.save()
