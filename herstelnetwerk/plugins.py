"""The core's extension points: the named Wagtail hooks that plugins register into.

A plugin is a Django app whose ``wagtail_hooks.py`` registers functions under these names; the
core renders whatever is registered and never names a plugin. Every hook is listed here, with
what its functions receive and return.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from wagtail import hooks

from herstelnetwerk.visibility import searchable_public_pages

#: ``fn(page, request) -> Iterable[Section]``: sections on the home page, below the intro.
HOME_PAGE_SECTIONS = "herstelnetwerk_home_page_sections"

#: ``fn(subregion_page, request) -> Iterable[Section]``: sections on a subregion (deelregio) page.
SUBREGION_PAGE_SECTIONS = "herstelnetwerk_subregion_page_sections"

#: ``fn(organisation, request) -> Iterable[Section]``: sections on an organisation's page on the social map (its
#: activities, the stories that mention it). Each function makes a bounded number of queries, whatever the content.
ORGANISATION_PAGE_SECTIONS = "herstelnetwerk_organisation_page_sections"

#: ``fn(request) -> Iterable[Link]``: extra main-navigation items, next to the menu pages.
MAIN_NAVIGATION_ITEMS = "herstelnetwerk_main_navigation_items"

#: ``fn(request) -> Iterable[Link]``: links in the footer, next to the editor-managed ones.
FOOTER_ITEMS = "herstelnetwerk_footer_items"

#: ``fn(request) -> Iterable[Section]``: components in the page header (for example a search box).
HEADER_ITEMS = "herstelnetwerk_header_items"

#: ``fn(request) -> Iterable[Link]``: the other ways in to help (the agenda, the social map, the wegwijzer), offered
#: where a visitor could get stuck, such as a search that found nothing.
WAYS_IN = "herstelnetwerk_ways_in"

#: ``fn(theme_slugs, subregion_id, limit) -> Iterable[RelatedItem]``: content that shares one of these themes (a story
#: of someone who went the same way), from the subregion first; at most ``limit`` items per function.
RELATED_CONTENT = "herstelnetwerk_related_content"

#: ``fn() -> Iterable[SearchableType]``: the content types offered to the public search.
SEARCHABLE_TYPES = "herstelnetwerk_searchable_types"

#: ``fn() -> Iterable[URLPattern]``: URL patterns mounted at the site root, before Wagtail's pages.
SITE_URLS = "herstelnetwerk_site_urls"

#: ``fn() -> Iterable[DemoContent]``: builders that ``load_demo`` runs, ordered by ``order``.
DEMO_CONTENT = "herstelnetwerk_demo_content"


@dataclass(frozen=True)
class Section:
    """A block of a page, rendered from ``template`` with ``context`` (plus the page's context)."""

    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    order: int = 100


@dataclass(frozen=True)
class RelatedItem:
    """A piece of content offered next to something else: its title, address, a line of text and what it is."""

    title: str
    url: str
    text: str = ""
    label: str = ""
    order: int = 100


@dataclass(frozen=True)
class SearchableType:
    """A model offered to the public search, with the label visitors see as its type.

    The lookups let a search engine count facets with one query per type, never one per result.
    """

    model: type
    label: str
    order: int = 100
    #: ORM lookup from the model to the pk of the ``SubregionPage`` it belongs to, e.g. ``"subregion"`` or
    #: ``"location__municipality__subregion"``; ``None`` when the type has no subregion.
    subregion_lookup: str | None = None
    #: ORM lookup from the model to its ``Theme`` snippets, e.g. ``"themes"``; ``None`` when it has none.
    theme_lookup: str | None = None
    #: ``fn() -> QuerySet`` of what visitors may find (public snippets); default: the public pages, or all rows.
    #: A page type's own queryset is still narrowed to public pages: search never shows a restricted page.
    public_queryset: Callable[[], QuerySet] | None = None
    #: ORM lookup to the pk of the ``Municipality`` it is in (or serves), e.g. ``"location__municipality"``.
    municipality_lookup: str | None = None
    #: The field holding its kind (activity type, kind of organisation), and the everyday words of each kind
    #: (``herstelnetwerk.lexicon``): a search for "lotgenoten" then prefers peer groups.
    kind_field: str | None = None
    kind_words: Mapping[str, Iterable[str]] = field(default_factory=dict)
    #: ``fn() -> Q`` true for what is current (an activity still to come); current items rank above the rest.
    current: Callable[[], Q] | None = None

    def queryset(self) -> QuerySet:
        from wagtail.models import Page

        queryset = self.offered()
        return searchable_public_pages(queryset) if issubclass(self.model, Page) else queryset

    def offered(self) -> QuerySet:
        """What the type offers before the rule of public pages: an engine that caches the view restrictions applies
        that rule itself (``queryset()`` reads them in a query of its own each time)."""
        return (
            self.public_queryset() if self.public_queryset is not None else self.model._default_manager.all()
        )

    @staticmethod
    def url(obj, request) -> str:
        """The public URL of a result: every searchable model has ``get_url(request)``, as pages do."""
        return obj.get_url(request)


@dataclass(frozen=True)
class DemoContent:
    """A step of ``load_demo``: ``build(home_page, stdout)`` must be idempotent."""

    name: str
    build: object
    order: int = 100


def collect(hook_name, *args):
    """Call every function registered under ``hook_name`` and return their items, sorted by order."""
    items = [item for fn in hooks.get_hooks(hook_name) for item in (fn(*args) or ())]
    return sorted(items, key=lambda item: getattr(item, "order", 100))
