from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from herstelnetwerk import plugins
from herstelnetwerk.routing import file_routes

from . import demo
from .listing import recent, related
from .models import StoryConsent, StoryIndexPage, StoryPage


class StoryConsentViewSet(ModelViewSet):
    """Consent records: only users with the consent permissions (the "Verhaalbegeleiding" group) see this menu."""

    model = StoryConsent
    icon = "lock"
    menu_label = _("Story consent")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["story", "given_on", "how_given", "withdrawn_on"]
    list_filter = ["how_given", "withdrawn_on"]
    form_fields = ["story", "given_on", "how_given", "withdrawn_on", "contact_note"]
    search_fields = ["story__title"]
    search_backend_name = None


@hooks.register("register_admin_viewset")
def consent_viewset():
    return StoryConsentViewSet("story_consent")


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
    index = StoryIndexPage.objects.live().first()
    if index is None:
        return []
    return [
        stories_section(
            recent(3), "recent-stories", _("Stories of recovery"), index.url, _("No stories yet."), 40
        )
    ]


@hooks.register(plugins.SUBREGION_PAGE_SECTIONS)
def local_stories(page, request):
    index = StoryIndexPage.objects.live().first()
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
