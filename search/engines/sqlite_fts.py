"""SQLite: ask the full-text index once per query, best match first.

modelsearch orders SQLite results by a score it computes in a correlated subquery, which runs the ``MATCH`` again for
every matching row: a word that 2,000 activities share took 0.3 s at 51 times the demo. Here the FTS5 table is asked
once, ordered by its own ``bm25()`` (titles weigh four times the body), and the ids are read through the type's public
queryset. The terms are words only (``search.text.words``), so quoting them is enough to keep FTS5 syntax out.
"""

from django.db import connection
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.models import IndexEntry

#: bm25 weights of the FTS5 columns, in the table's order: autocomplete, body, title.
WEIGHTS = (0.0, 1.0, 4.0)


def available() -> bool:
    return connection.vendor == "sqlite"


def match_expression(groups: list[list[str]], every_group: bool) -> str:
    """``{title body} : (("a" OR "a2") AND ("b" OR "b2"))``: any term of a group counts as that query word."""
    joined = (" AND " if every_group else " OR ").join(
        "(" + " OR ".join(f'"{term}"' for term in group) + ")" for group in groups
    )
    return "{title body} : (" + joined + ")"


def ranked_ids(
    models: dict[str, type], groups: list[list[str]], every_group: bool, limit: int
) -> dict[str, list]:
    """Per key of ``models``: ids of its indexed objects with any (or every) group of terms in their title or body,
    best first, at most ``limit`` each; one query for all of them."""
    if not groups or not models:
        return {}
    key_of = {
        content_type: key
        for key, model in models.items()
        for content_type in get_descendants_content_types_pks(model)
    }
    entries = connection.ops.quote_name(IndexEntry._meta.db_table)
    fts = connection.ops.quote_name(f"{IndexEntry._meta.db_table}_fts")
    placeholders = ", ".join(["%s"] * len(key_of))
    sql = (
        "SELECT content_type_id, object_id FROM ("  # noqa: S608
        "SELECT entry.content_type_id, entry.object_id, ROW_NUMBER() OVER ("
        f"PARTITION BY entry.content_type_id ORDER BY bm25({fts}, {', '.join(map(str, WEIGHTS))})) AS position "
        f"FROM {fts} JOIN {entries} entry ON entry.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND entry.content_type_id IN ({placeholders})"
        ") WHERE position <= %s ORDER BY position"
    )
    found: dict[str, list] = {key: [] for key in models}
    with connection.cursor() as cursor:
        cursor.execute(sql, [match_expression(groups, every_group), *key_of, limit])
        for content_type, object_id in cursor.fetchall():
            found[key_of[content_type]].append(int(object_id))
    return found
