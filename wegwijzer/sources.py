"""Where the wegwijzer reads the agenda's occurrences: one function, so that it follows the agenda when it changes."""

from datetime import timedelta

from django.utils import timezone

from herstelnetwerk.agenda.listing import upcoming_occurrences, with_activities


def next_occurrences(activities, days, choose):
    """The occurrences of ``activities`` in the coming ``days`` that ``choose`` picks and orders from all of them
    (not cancelled; each with ``activity.pk``), returned with their activity pages in a fixed number of queries."""
    today = timezone.localdate()
    found = upcoming_occurrences(activities, today, today + timedelta(days=days))
    return with_activities(choose([item for item in found if not item.cancelled]), activities)
