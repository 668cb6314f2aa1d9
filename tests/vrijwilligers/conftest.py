import re
from datetime import datetime, time, timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from vrijwilligers.models import TrainingCohort, TrainingSession, TrainingTrackPage, VolunteerIndexPage


def link_in(message, path):
    """The site-relative link to ``path`` (``bevestigen/``, ``afmelden/`` …) in a mail's plain text."""
    match = re.search(rf"https?://[^/\s]+(/\S*/{path}\?token=\S+)", message.body)
    assert match, f"no {path} link in: {message.body}"
    return match.group(1)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def volunteering(home_page):
    index = VolunteerIndexPage(title="Vrijwilligerswerk", slug="vrijwilligers")
    home_page.add_child(instance=index)
    return index


@pytest.fixture
def track(volunteering):
    page = TrainingTrackPage(title="WRAP", slug="wrap", intro="Je eigen herstelplan.")
    volunteering.add_child(instance=page)
    return page


@pytest.fixture
def cohort(track):
    start = timezone.localdate() + timedelta(days=30)
    cohort = TrainingCohort(
        track=track, name="Voorjaar", place="Herstelcafé Hoorn", capacity=2, enrolment_deadline=start
    )
    cohort.sessions = [
        TrainingSession(
            starts_at=timezone.make_aware(datetime.combine(start + timedelta(weeks=week), time(19))),
            ends_at=timezone.make_aware(datetime.combine(start + timedelta(weeks=week), time(21))),
        )
        for week in range(3)
    ]
    cohort.save()
    return cohort
