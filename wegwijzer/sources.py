"""Where the wegwijzer reads the agenda's occurrences: one function, so that it follows the agenda when it changes."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from herstelnetwerk.agenda.listing import as_occurrences, stored_occurrences


@dataclass(frozen=True)
class Candidate:
    """A stored occurrence as plain values, for choosing among thousands without loading their pages."""

    pk: int
    activity_id: int
    start: datetime


def next_occurrences(activities, days, choose):
    """The occurrences of ``activities`` in the coming ``days`` (not cancelled) that ``choose`` picks and orders.

    ``choose`` gets every candidate as plain values and returns the chosen ones; only those are loaded with their
    activity page and place: two queries however large the agenda.
    """
    today = timezone.localdate()
    rows = stored_occurrences(activities, today, today + timedelta(days=days), cancelled=False)
    candidates = [
        Candidate(pk, activity_id, timezone.localtime(starts_at))
        for pk, activity_id, starts_at in rows.values_list("pk", "activity_id", "starts_at")
    ]
    chosen = [candidate.pk for candidate in choose(candidates)]
    if not chosen:
        return []
    loaded = {
        row.pk: row
        for row in rows.model.objects.filter(pk__in=chosen).select_related("activity__location__municipality")
    }
    return as_occurrences(loaded[pk] for pk in chosen)
