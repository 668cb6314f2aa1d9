"""Story lists: filters from the query string, newest first, a fixed number of queries."""

from django import forms
from django.db.models import Case, Prefetch, Value, When, prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from herstelnetwerk import content_version
from herstelnetwerk.filters import FilterForm, subregion_choices, theme_choices, with_everything
from herstelnetwerk.pagination import paginate
from herstelnetwerk.top_pages import top_page_with_pk
from herstelnetwerk.visibility import public, public_pages

PER_PAGE = 12


class StoryFilterForm(FilterForm):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    subregion = forms.ChoiceField(label=_("Subregion"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = theme_choices()
        self.fields["tag"].choices = with_everything(
            Tag.objects.filter(verhalen_storytag_items__isnull=False)
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )
        self.fields["subregion"].choices = subregion_choices(self.request)


def published_stories():
    from .models import StoryPage

    return StoryPage.objects.live().filter(public())


def card_themes():
    from herstelnetwerk.models import Theme as ThemeModel

    return Prefetch("themes", queryset=ThemeModel.objects.only("name", "slug"))


def with_cards(stories):
    return stories.select_related("subregion").prefetch_related(card_themes())


def filtered(filters):
    stories = published_stories()
    if "theme" in filters:
        stories = stories.filter(themes__slug=filters["theme"])
    if "tag" in filters:
        stories = stories.filter(tags__slug=filters["tag"])
    if "subregion" in filters:
        stories = stories.filter(subregion__slug=filters["subregion"])
    return stories.distinct().order_by("-first_published_at", "-pk")


def listing_context(index, request, tag=None):
    tag_object = Tag.objects.filter(slug=tag).first() if tag else None
    if tag and tag_object is None:
        raise Http404
    data = request.GET.copy()
    if tag:
        data["tag"] = tag
    form = StoryFilterForm(data or None, request=request)
    filters = form.valid_filters() if data else {}
    paginated = paginate(request, with_cards(filtered(filters)), PER_PAGE)
    return {
        "filter_form": form,
        "paginated": paginated,
        "stories": paginated.page_obj,
        "filtered": bool(filters),
        "tag": tag_object,
    }


def story_context(story, request) -> dict:
    related = list(
        published_stories()
        .filter(themes__in=story.themes.values("pk"))
        .exclude(pk=story.pk)
        .select_related("subregion")
        .distinct()
        .order_by("-first_published_at")[:3]
    )
    prefetch_related_objects([story, *related], card_themes())  # the story's themes and the cards': one query
    if subregion := top_page_with_pk(request, story.subregion_id):
        story.subregion = subregion  # a child of the home page, read with the top pages
    return {
        "story_themes": list(story.themes.all()),
        "story_tags": list(story.tags.all()),
        "related_stories": list(related),
        "related_activities": public_related_activities(story),
        "related_organisations": [
            (organisation, organisation.get_url(request))
            for organisation in story.related_organisations.filter(live=True)
        ],
    }


def public_related_activities(story) -> list:
    """The story's related activities that visitors may see, in the editor's order."""
    from herstelnetwerk.agenda.models import ActivityPage

    chosen = list(story.related_activities.values_list("activity_id", flat=True))
    if not chosen:
        return []
    found = public_pages(ActivityPage.objects.filter(pk__in=chosen)).in_bulk()
    return [found[pk] for pk in chosen if pk in found]


def recent(limit=3, **filters):
    return list(with_cards(filtered(filters))[:limit])


def mentioning(organisation, limit=3):
    """The newest public stories that name ``organisation`` among their related organisations: one query, once per
    content version (``herstelnetwerk/content_version.py``)."""

    def newest():
        stories = published_stories().filter(related_organisations=organisation).select_related("subregion")
        return list(stories.order_by("-first_published_at", "-pk")[:limit])

    return content_version.cached(f"verhalen:mentioning:{organisation.pk}:{limit}", newest)


def related(theme_slugs, subregion_id=None, limit=3):
    """Stories with one of these themes, those from the subregion first, newest first: one query."""
    here = Case(When(subregion_id=subregion_id, then=0), default=1) if subregion_id else Value(1)
    stories = filtered({}).filter(themes__slug__in=list(theme_slugs)).annotate(here=here)
    return list(stories.order_by("here", "-first_published_at", "-pk")[:limit])
