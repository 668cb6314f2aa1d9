"""What every search engine takes and gives, so the view never knows which one runs."""

from dataclasses import dataclass, field
from typing import Any

from herstelnetwerk import plugins
from herstelnetwerk.models import SubregionPage, Theme
from search import freshness

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


@dataclass(frozen=True)
class SearchQuery:
    text: str
    types: frozenset[str] = frozenset()  # model labels, e.g. "agenda.activitypage"
    subregions: frozenset[str] = frozenset()  # subregion page slugs
    themes: frozenset[str] = frozenset()  # theme slugs
    page: int = 1


@dataclass
class Hit:
    type_label: str
    title: str
    url: str
    snippet: str  # safe HTML: escaped text with <mark> around matched words
    score: float = 0.0


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    corrected_text: str = ""  # the query actually searched when the one typed found nothing
    reading: Any = None  # what the query was understood to mean (``search.understanding.Reading``)
    complete: bool = False  # some result matches every word of the query


class SearchEngine:
    """An engine searches every type registered under ``plugins.SEARCHABLE_TYPES``."""

    def search(self, query: SearchQuery, request) -> SearchResults:
        raise NotImplementedError

    def suggest(self, prefix: str, request, limit: int = 8) -> list[dict]:
        raise NotImplementedError


def searchable_types() -> dict[str, plugins.SearchableType]:
    return {type_key(item.model): item for item in plugins.collect(plugins.SEARCHABLE_TYPES)}


def type_key(model) -> str:
    return model._meta.label_lower


def subregion_labels() -> dict[int, tuple[str, str]]:
    """Public subregion page id -> (slug, title), in title order; cached until content changes."""

    def build():
        subregions = public(SubregionPage.objects.order_by("title"))
        return {pk: (slug, title) for pk, slug, title in subregions.values_list("pk", "slug", "title")}

    return freshness.cached("subregions", build)


def theme_labels() -> dict[int, tuple[str, str]]:
    """Theme id -> (slug, name), in name order; cached until content changes."""

    def build():
        return {
            pk: (slug, name)
            for pk, slug, name in Theme.objects.order_by("name").values_list("pk", "slug", "name")
        }

    return freshness.cached("themes", build)


SUMMARY_FIELDS = ("search_description", "intro", "description")


def summary(obj) -> str:
    """The text shown under a result: what the object says about itself in lists."""
    for name in SUMMARY_FIELDS:
        if text := getattr(obj, name, ""):
            return str(text)
    return ""


def summary_field(model) -> str | None:
    """The field ranking reads as a summary: the introduction of a page, the description of a snippet."""
    names = {field.name for field in model._meta.get_fields()}
    return next((name for name in ("intro", "description") if name in names), None)


def public_objects(item):
    """What visitors may find of a searchable type (its offer, without restricted pages)."""
    return public(item.offered())


def public(queryset):
    """Only what anyone may see: live pages without a view restriction (login, password, group)."""
    if hasattr(queryset, "public"):
        return queryset.live().exclude(freshness.private_q())
    return queryset


def title(obj) -> str:
    return getattr(obj, "title", None) or str(obj)


def title_field(model) -> str:
    """The field that names an object: ``title`` for pages, ``name`` for snippets."""
    return "title" if any(field.name == "title" for field in model._meta.get_fields()) else "name"
