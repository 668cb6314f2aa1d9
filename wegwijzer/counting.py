"""Anonymous daily counts of what visitors ask the wegwijzer: per need and municipality, and whether it was found."""

from datetime import timedelta

from django.db import connection
from django.db.models import Sum
from django.utils import timezone

#: The ``need`` of the row that counts results shown, whatever was asked.
ANY_NEED = ""


def record(needs, place, found_nearby):
    """Add one to today's count of results in ``place`` and of each need asked there.

    One statement (an upsert that SQLite and PostgreSQL both understand), safe when two visitors ask at once: a
    write in every result request, so it costs one round trip and one commit.
    """
    from .models import AskedCount

    table, columns = (connection.ops.quote_name(AskedCount._meta.db_table), "day, need, place, found_nearby")
    needs = [ANY_NEED, *dict.fromkeys(needs)]
    rows = ", ".join(["(%s, %s, %s, %s, 1)"] * len(needs))
    params = [value for need in needs for value in (timezone.localdate(), need, place or "", found_nearby)]
    with connection.cursor() as cursor:
        cursor.execute(
            # Only the model's own names and placeholders are formatted in; every value is a parameter.
            f"INSERT INTO {table} ({columns}, count) VALUES {rows} "  # noqa: S608
            f"ON CONFLICT ({columns}) DO UPDATE SET count = {table}.count + 1",
            params,
        )


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
