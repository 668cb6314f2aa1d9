"""The demo's stories (``demo_stories``), built under the story index with the activities and organisations they
mention as the editor's related items."""

from django.utils.text import slugify
from wagtail.models import Workflow, WorkflowPage

from herstelnetwerk.agenda.models import ActivityPage
from herstelnetwerk.demo import child_page
from herstelnetwerk.models import SubregionPage, Theme
from herstelnetwerk.socialmap.models import Organisation

from .demo_stories import STORIES
from .models import StoryIndexPage, StoryPage, StoryRelatedActivity


def build(home, stdout):
    index = child_page(
        home,
        StoryIndexPage,
        "verhalen",
        title="Verhalen",
        intro="Mensen vertellen hoe zij hun weg vonden. Herstel is geen rechte lijn: het is een kronkelweg.",
        show_in_menus=True,
    )
    if index is None:
        return  # the site has stories of its own
    assign_review_workflow(index)
    subregions = {page.slug: page for page in SubregionPage.objects.all()}
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    activities = {page.slug: page for page in ActivityPage.objects.filter(slug__in=mentioned("activities"))}
    organisations = Organisation.objects.in_bulk(mentioned("organisations"), field_name="slug")
    for story in STORIES:
        child_page(
            index,
            StoryPage,
            slugify(story["title"]),
            on_create=lambda page, tags=story["tags"]: page.tags.add(*tags),
            title=story["title"],
            intro=story["intro"],
            author=story["author"],
            author_name=story["name"],
            age_group=story["age"],
            subregion=subregions.get(story["subregion"]),
            themes=[themes[slug] for slug in story["themes"] if slug in themes],
            content_warning=story["warning"],
            body=[
                *map(block, story["paragraphs"]),
                ("what_helped", {"heading": "Wat mij hielp", "items": story["helped"]}),
            ],
            related_organisations=[
                organisations[slug] for slug in story["organisations"] if slug in organisations
            ],
            related_activities=[
                StoryRelatedActivity(activity=activities[slug])
                for slug in story["activities"]
                if slug in activities
            ],
        )
    stdout.write(f"Stories: {index.get_children().count()} stories.")


def mentioned(kind) -> list[str]:
    """The slugs of the activities or organisations that the stories mention."""
    return sorted({slug for story in STORIES for slug in story[kind]})


def block(paragraph):
    """A paragraph of a story as a stream block: a quote when it starts with "> "."""
    if paragraph.startswith("> "):
        return ("quote", {"quote": paragraph[2:], "attribution": ""})
    return ("paragraph", f"<p>{paragraph}</p>")


def assign_review_workflow(index):
    """New stories under the index go through "Verhaal review" (created by a migration) before publication."""
    workflow = Workflow.objects.filter(name="Verhaal review").first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
