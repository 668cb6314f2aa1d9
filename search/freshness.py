"""What every search reads and seldom changes (subregions, themes, synonyms, view restrictions, the spelling
vocabulary), kept in the shared cache under the core's content version, which any change to public content moves on
(``herstelnetwerk/content_version.py``). A search then asks the database only about its own query.
"""

from django.db.models import Q

from herstelnetwerk import content_version

version = content_version.current


def cached(name: str, build):
    """``build()``, computed once per content version."""
    return content_version.cached(f"search:{name}", build)


def private_q() -> Q:
    """Wagtail's ``PageQuerySet.private_q()`` (pages under a view restriction), without its query per call."""
    from wagtail.models import PageViewRestriction

    def restricted_sections():
        return list(PageViewRestriction.objects.values_list("page__path", "page__depth").distinct())

    q = Q()
    for path, depth in cached("restricted-sections", restricted_sections):
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])
