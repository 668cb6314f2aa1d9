"""The public search at /zoeken/ and its suggestions. Never a server error, whatever the query string holds."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from herstelnetwerk import plugins
from herstelnetwerk.models import Theme

from .engines import get_engine
from .engines.base import MAX_QUERY_LENGTH, PER_PAGE, searchable_types, subregion_labels, theme_labels
from .forms import SearchForm
from .text import words

MAX_PAGE = 100
MAX_THEME_SUGGESTIONS = 12
SUGGEST_MIN_LENGTH = 2


def page_number(request) -> int:
    raw = request.GET.get("page", "1")
    return min(max(int(raw), 1), MAX_PAGE) if raw.isascii() and raw.isdigit() and len(raw) < 6 else 1


@require_GET
def search(request):
    types = searchable_types()
    form = SearchForm(
        request.GET,
        types=types,
        subregions=subregion_labels().values(),
        themes=theme_labels().values(),
    )
    query = form.query(page_number(request))
    context = {"form": form, "query": query, "types": types, "message": ""}
    if not query.text:
        context["message"] = _("Type what you are looking for.") if "q" in request.GET else ""
    elif not words(query.text):
        context["message"] = _("Use letters or numbers to search.")
    else:
        results = get_engine().search(query, request)
        context.update(results=results, promotions=promotions(query.text) if query.page == 1 else [])
        context.update(pages(results.total, query.page, request))
        if results.reading and results.reading.place and results.reading.text_words:
            context["without_place_url"] = url_with(request, q=results.reading.place.text_without)
        if not results.total:
            context.update(dead_end_help(request))
    return TemplateResponse(request, "search/search.html", context)


def dead_end_help(request) -> dict:
    """Never a dead end: the other ways in, and themes to search for instead."""
    return {
        "ways_in": plugins.collect(plugins.WAYS_IN, request),
        "theme_suggestions": [
            (name, url_with(request, q=name, page=None))
            for name in Theme.objects.order_by("name").values_list("name", flat=True)[:MAX_THEME_SUGGESTIONS]
        ],
    }


def url_with(request, **params) -> str:
    """This search's URL with some parameters replaced (``None`` removes one)."""
    query = request.GET.copy()
    for name, value in params.items():
        query.pop(name, None)
        if value is not None:
            query[name] = value
    return f"?{query.urlencode()}"


def promotions(text):
    """The editors' picks for this query. Looked up, never created: ``Query.get`` would store every visitor's query
    (a write per search, and what people search for kept without need)."""
    found = Query.objects.filter(query_string=normalise_query_string(text[:MAX_QUERY_LENGTH])).first()
    return list(found.editors_picks.select_related("page")) if found else []


def pages(total, current, request) -> dict:
    last = max(1, min(MAX_PAGE, -(-total // PER_PAGE)))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "page_number": min(current, last),
        "first_number": (min(current, last) - 1) * PER_PAGE + 1,
        "last_page": last,
        "previous_page": current - 1 if current > 1 else None,
        "next_page": current + 1 if current < last else None,
        "page_query": query.urlencode(),
        "beyond_last": current > last,
    }


@require_GET
def suggest(request):
    # Only the words: quotes, NUL and other punctuation mean something to a full-text engine, nothing to a visitor.
    prefix = " ".join(words(request.GET.get("q", "")[:MAX_QUERY_LENGTH]))
    if len(prefix) < SUGGEST_MIN_LENGTH:
        return JsonResponse({"suggestions": []})
    return JsonResponse({"suggestions": get_engine().suggest(prefix, request)})
