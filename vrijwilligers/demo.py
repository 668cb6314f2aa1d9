"""The volunteering page with three training tracks and upcoming cohorts. No invented people: sign-ups stay empty."""

from datetime import datetime, time, timedelta
from functools import partial

from django.utils import timezone

from herstelnetwerk.demo import child_page

from .models import TrainingCohort, TrainingSession, TrainingTrackPage, VolunteerIndexPage

#: (title, slug, intro, body paragraphs, number of sessions, capacity). The intro is the page's summary; the body
#: says what the intro does not (what you do, for whom, what it asks of you), so nothing is printed twice.
TRACKS = [
    (
        "Basistraining ervaringsdeskundigheid",
        "basistraining-ervaringsdeskundigheid",
        "Leer je eigen ervaring inzetten om anderen te steunen. Acht bijeenkomsten, met een certificaat.",
        [
            "Je hebt zelf psychische problemen gehad, of je bent er nog mee bezig. In deze training leer je hoe je "
            "die ervaring kunt gebruiken voor een ander. Niet door je hele verhaal te vertellen, maar door te "
            "luisteren en te laten zien dat herstel kan.",
            "We oefenen met gesprekken, we praten over grenzen en over wat je wel en niet deelt. Tussen de "
            "bijeenkomsten door schrijf je kort op wat je hebt gemerkt. Twee trainers met eigen ervaring "
            "begeleiden de groep.",
            "Je bent er bij minstens zeven van de acht avonden. Daarna krijg je een certificaat en kun je aan de "
            "slag als vrijwilliger bij een inloop of een herstelgroep. De training is gratis.",
        ],
        8,
        12,
    ),
    (
        "WRAP: werken aan je herstelplan",
        "wrap",
        "In zes bijeenkomsten maak je een persoonlijk plan voor goede en moeilijke dagen. Daarna kun je anderen helpen.",
        [
            "WRAP staat voor Wellness Recovery Action Plan. Dat klinkt ingewikkeld, maar het is een schrift vol "
            "dingen die je al weet over jezelf: wat je helpt op een goede dag, waar je op moet letten als het "
            "minder gaat, en wie je dan kunt bellen.",
            "Elke bijeenkomst heeft één onderwerp. Je werkt in je eigen tempo en je hoeft niets te delen wat je "
            "niet wilt. Veel mensen nemen hun plan daarna mee naar hun huisarts of begeleider.",
            "Heb je zelf een WRAP gemaakt en wil je later andere groepen helpen? Vraag dan naar de vervolgtraining "
            "voor WRAP-begeleiders.",
        ],
        6,
        10,
    ),
    (
        "Herstelgroep begeleiden",
        "herstelgroep-begeleiden",
        "Voor vrijwilligers die samen met een ervaringsdeskundige een herstelgroep willen begeleiden.",
        [
            "Een herstelgroep komt elke week of om de week bij elkaar. Iemand moet de ruimte openen, het gesprek "
            "op gang brengen en zorgen dat iedereen aan bod komt. Dat leer je hier, in vier avonden.",
            "Je oefent met een opening en een afsluiting, met stiltes en met iemand die het gesprek overneemt. We "
            "bespreken ook wat je doet als iemand zich niet veilig voelt, en wanneer je hulp inschakelt.",
            "Je hebt de basistraining ervaringsdeskundigheid of de WRAP-training al gedaan. Na de training loop "
            "je eerst een paar keer mee met een ervaren begeleider.",
        ],
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
    for number, (title, slug, intro, paragraphs, sessions, capacity) in enumerate(TRACKS):
        child_page(
            index,
            TrainingTrackPage,
            slug,
            on_create=partial(add_cohorts, number=number, sessions=sessions, capacity=capacity),
            title=title,
            intro=intro,
            body="".join(f"<p>{paragraph}</p>" for paragraph in paragraphs),
        )
    stdout.write(f"Volunteering: {TrainingCohort.objects.count()} cohorts in {len(TRACKS)} training tracks.")


MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def cohort_name(start, place):
    """A name that matches the dates: "Start januari 2027, Hoorn" for a group whose first evening is in January."""
    return f"Start {MONTHS[start.month - 1]} {start.year}, {place.split(',')[-1].strip()}"


def add_cohorts(track, *, number, sessions, capacity):
    """Two cohorts for a training the demo just created: never for a training of the site's own."""
    today = timezone.localdate()
    for round_number, place in enumerate(PLACES):
        start = today + timedelta(days=21 + 28 * round_number + 7 * number)
        cohort = TrainingCohort(
            track=track,
            name=cohort_name(start, place),
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
