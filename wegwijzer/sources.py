"""Where the wegwijzer reads the agenda's occurrences: one function, so that it follows the agenda when it changes."""

from datetime import timedelta

from django.utils import timezone

from herstelnetwerk.agenda.listing import as_occurrences, stored_occurrences


def next_occurrences(activities, days, choose):
    """The occurrences of ``activities`` in the coming ``days`` that ``choose`` picks and orders from all of them
    (not cancelled; each with its activity page), read from the agenda's stored occurrences in one range query."""
    today = timezone.localdate()
    rows = stored_occurrences(activities, today, today + timedelta(days=days), cancelled=False)
    return choose(as_occurrences(rows.select_related("activity__location__municipality")))
