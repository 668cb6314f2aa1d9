from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.viewsets.model import ModelViewSet

from herstelnetwerk import plugins
from herstelnetwerk.routing import file_routes
from herstelnetwerk.top_pages import top_page

from . import dashboard, demo
from .listing import mentioning, recent, related
from .models import CONSENT_WITHDRAWN, StoryConsent, StoryIndexPage, StoryPage


class StoryConsentViewSet(ModelViewSet):
    """Consent records: only users with the consent permissions (the "Verhaalbegeleiding" group) see this menu."""

    model = StoryConsent
    icon = "lock"
    menu_label = _("Story consent")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["story_title", "story", "given_on", "how_given", "withdrawn_on"]
    list_filter = ["how_given", "withdrawn_on"]
    form_fields = ["story", "given_on", "how_given", "withdrawn_on", "review_on", "contact_note"]
    search_fields = ["story__title"]
    search_backend_name = None


@hooks.register("register_admin_viewset")
def consent_viewset():
    return StoryConsentViewSet("story_consent")


def withdrawn_stories(pages, with_descendants=False):
    """The stories among ``pages`` (and below them) whose consent was withdrawn."""
    found = []
    for page in pages:
        stories = StoryPage.objects.descendant_of(page, inclusive=True) if with_descendants else None
        for story in stories if stories is not None else [page.specific]:
            if isinstance(story, StoryPage) and story.consent_withdrawn:
                found.append(story)
    return found


def refuse(request, stories):
    titles = ", ".join(f"“{story.title}”" for story in stories)
    messages.error(request, f"{CONSENT_WITHDRAWN} {titles}")
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_explore_root")


@hooks.register("before_bulk_action")
def no_bulk_publishing_without_consent(request, action_type, objects, action):
    if action_type != "publish" or not objects or not hasattr(objects[0], "specific"):
        return None
    with_descendants = action.get_execution_context().get("include_descendants", False)
    if stories := withdrawn_stories(objects, with_descendants):
        return refuse(request, stories)
    return None


@hooks.register("before_edit_page")
def say_why_a_story_stays_offline(request, page):
    """Opening a withdrawn story (also where a refused approval lands) says why it cannot be published."""
    if request.method == "GET" and withdrawn_stories([page]):
        messages.warning(request, CONSENT_WITHDRAWN)


@hooks.register("before_copy_page")
def no_copies_without_consent(request, page):
    if stories := withdrawn_stories([page]):
        return refuse(request, stories)
    return None


@hooks.register(plugins.SITE_URLS)
def feed_urls():
    return file_routes("xml", name="verhalen_feeds")


def stories_section(stories, heading_id, heading, more_url, empty_text, order):
    context = {
        "stories": stories,
        "heading": heading,
        "heading_id": heading_id,
        "more_url": more_url,
        "more_label": _("All stories"),
        "empty_text": empty_text,
    }
    return plugins.Section("verhalen/includes/stories_section.html", context, order=order)


@hooks.register(plugins.HOME_PAGE_SECTIONS)
def recent_stories(page, request):
    index = top_page(request, StoryIndexPage)
    if index is None:
        return []
    return [
        stories_section(
            recent(3), "recent-stories", _("Stories of recovery"), index.url, _("No stories yet."), 40
        )
    ]


@hooks.register(plugins.SUBREGION_PAGE_SECTIONS)
def local_stories(page, request):
    index = top_page(request, StoryIndexPage)
    if index is None:
        return []
    return [
        stories_section(
            recent(3, subregion=page.slug),
            "local-stories",
            _("Stories from this subregion"),
            f"{index.url}?subregion={page.slug}",
            _("No stories from this subregion yet."),
            40,
        )
    ]


@hooks.register(plugins.ORGANISATION_PAGE_SECTIONS)
def stories_mentioning(organisation, request):
    """The stories whose editors linked them to this organisation: one query, at most three, only when there are."""
    index = top_page(request, StoryIndexPage)
    stories = mentioning(organisation, limit=3) if index is not None else []
    if not stories:
        return []
    return [stories_section(stories, "organisation-stories", _("Stories about this place"), "", "", 40)]


@hooks.register(plugins.SEARCHABLE_TYPES)
def searchable_stories():
    return [
        plugins.SearchableType(
            StoryPage, _("Story"), order=10, subregion_lookup="subregion", theme_lookup="themes"
        )
    ]


@hooks.register(plugins.DEMO_CONTENT)
def demo_stories():
    return [plugins.DemoContent(_("Stories"), demo.build, order=40)]


@hooks.register(plugins.RELATED_CONTENT)
def stories_sharing_a_theme(theme_slugs, subregion_id, limit):
    stories = related(theme_slugs, subregion_id, limit)
    return [
        plugins.RelatedItem(story.title, story.url, story.intro, str(_("Story")), order=40)
        for story in stories
    ]


@hooks.register("construct_homepage_panels")
def story_care_panel(request, panels):
    panels.append(dashboard.story_panel(request.user))
