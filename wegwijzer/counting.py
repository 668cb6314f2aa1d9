"""Anonymous daily counts of what visitors ask the wegwijzer: per need and municipality, and whether it was found."""

from datetime import timedelta

from django.db.models import F, Sum
from django.utils import timezone

#: The ``need`` of the row that counts results shown, whatever was asked.
ANY_NEED = ""


def record(needs, place, found_nearby):
    """Add one to today's count of results in ``place`` and of each need asked there: two queries, whatever the
    number of needs, safe when two visitors ask at once (the rows exist before they are incremented)."""
    from .models import AskedCount

    key = {"day": timezone.localdate(), "place": place or "", "found_nearby": found_nearby}
    needs = [ANY_NEED, *needs]
    AskedCount.objects.bulk_create([AskedCount(need=need, **key) for need in needs], ignore_conflicts=True)
    AskedCount.objects.filter(need__in=needs, **key).update(count=F("count") + 1)


def report(days=30):
    """Totals of the last ``days`` days: per need, per place, and per place and need where nothing was near."""
    from .models import AskedCount

    since = timezone.localdate() - timedelta(days=days - 1)
    recent = AskedCount.objects.filter(day__gte=since)

    def totals(rows, *fields):
        return list(rows.values(*fields).annotate(total=Sum("count")).order_by("-total", *fields))

    return {
        "since": since,
        "needs": totals(recent.exclude(need=ANY_NEED), "need"),
        "places": totals(recent.filter(need=ANY_NEED), "place"),
        "not_found": totals(recent.filter(found_nearby=False).exclude(need=ANY_NEED), "place", "need"),
    }
