"""Ervaringsverhalen: a ``StoryIndexPage`` with ``StoryPage`` children, and consent records kept apart.

Consent lives in its own model (``StoryConsent``), edited in its own admin screen that only users with the
``verhalen`` consent permissions see. It is never a field of the page, so it cannot reach a template, a feed, the
search index or the API by accident.

Consent belongs to the story as content, not to one page: every story carries a ``consent_reference`` that a copy
(or a translation) keeps, and a consent record is filed under it. Once consent is withdrawn, no page with that
reference can be live: ``StoryPage.save`` refuses it, which every way to publish goes through (publish, bulk
publish, scheduled publish, revert, a copy that keeps the original live, workflow approval).
"""

import math
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from herstelnetwerk.models import BasePage, ImageMixin

from . import feeds, listing
from .blocks import StoryStreamBlock

WORDS_PER_MINUTE = 200
CONSENT_WITHDRAWN = _("Consent for this story was withdrawn; it cannot be saved or published again.")


class ConsentWithdrawn(ValidationError):
    """A story (or a copy of it) whose author withdrew consent was about to go live."""

    def __init__(self):
        super().__init__(CONSENT_WITHDRAWN, code="consent_withdrawn")


class StoryIndexPage(RoutablePageMixin, BasePage):
    parent_page_types = ["herstelnetwerk.HomePage"]
    subpage_types = ["verhalen.StoryPage"]
    max_count = 1
    template = "verhalen/pages/story_index_page.html"

    class Meta:
        verbose_name = _("story index")

    @path("")
    def stories(self, request):
        return self.render(request, context_overrides=listing.listing_context(self, request))

    @path("tag/<slug:tag>/", name="tag")
    def tag(self, request, tag):
        return self.render(request, context_overrides=listing.listing_context(self, request, tag=tag))

    @path("rss.xml/", name="rss")
    def rss(self, request):
        return feeds.StoriesRssFeed(self)(request)

    @path("atom.xml/", name="atom")
    def atom(self, request):
        return feeds.StoriesAtomFeed(self)(request)


class StoryTag(TaggedItemBase):
    content_object = ParentalKey("verhalen.StoryPage", on_delete=models.CASCADE, related_name="tagged_items")


class Author(models.TextChoices):
    FIRST_NAME = "first_name", _("First name")
    PSEUDONYM = "pseudonym", _("Pseudonym")
    ANONYMOUS = "anonymous", _("Anonymous")


class AgeGroup(models.TextChoices):
    YOUNG = "12-17", _("12 to 17")
    YOUNG_ADULT = "18-25", _("18 to 25")
    ADULT = "26-64", _("26 to 64")
    OLDER = "65+", _("65 and older")


class ContentWarning(models.TextChoices):
    NONE = "", _("None")
    SUICIDE = "suicide", _("Suicide")
    SELF_HARM = "self_harm", _("Self-harm")
    ADDICTION = "addiction", _("Addiction")
    ABUSE = "abuse", _("Abuse or violence")
    OTHER = "other", _("Something else (describe it)")


class StoryPage(ImageMixin, BasePage):
    author = models.CharField(
        _("how the author is named"), max_length=12, choices=Author.choices, default=Author.ANONYMOUS
    )
    author_name = models.CharField(
        _("first name or pseudonym"),
        max_length=60,
        blank=True,
        help_text=_("Left empty for an anonymous story."),
    )
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Only with the author's consent. An anonymous story never shows a photo."),
    )
    portrait_alt = models.CharField(_("description of the portrait"), max_length=200, blank=True)
    age_group = models.CharField(_("age group"), max_length=6, choices=AgeGroup.choices, blank=True)
    subregion = models.ForeignKey(
        "herstelnetwerk.SubregionPage",
        verbose_name=_("subregion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    themes = ParentalManyToManyField("herstelnetwerk.Theme", verbose_name=_("themes"), blank=True)
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))
    content_warning = models.CharField(
        _("content warning"), max_length=12, choices=ContentWarning.choices, blank=True, default=""
    )
    content_warning_text = models.CharField(
        _("content warning, in your own words"),
        max_length=200,
        blank=True,
        help_text=_("Shown before the story. For example: this story is about a suicide attempt."),
    )
    body = StreamField(StoryStreamBlock(), verbose_name=_("story"))
    related_organisations = ParentalManyToManyField(
        "socialmap.Organisation", verbose_name=_("related organisations"), blank=True
    )
    reading_minutes = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)
    consent_reference = models.UUIDField(
        _("consent reference"),
        default=uuid.uuid4,
        editable=False,
        db_index=True,
        help_text=_("Shared by a story and its copies: the consent records are filed under it."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldPanel("author_name"),
                FieldPanel("portrait"),
                FieldPanel("portrait_alt"),
                FieldPanel("age_group"),
            ],
            heading=_("Author"),
        ),
        MultiFieldPanel(
            [FieldPanel("content_warning"), FieldPanel("content_warning_text")], heading=_("Content warning")
        ),
        FieldPanel("body"),
        *ImageMixin.image_panels,
        MultiFieldPanel(
            [
                FieldPanel("subregion"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Themes and place"),
        ),
        MultiFieldPanel(
            [FieldPanel("related_organisations"), InlinePanel("related_activities", label=_("Activity"))],
            heading=_("Related"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("subregion"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("display_author"),
        APIField("age_group"),
        APIField("content_warning"),
        APIField("reading_minutes"),
        APIField("body"),
    ]

    parent_page_types = ["verhalen.StoryIndexPage"]
    subpage_types = []
    template = "verhalen/pages/story_page.html"

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def is_anonymous(self):
        return self.author == Author.ANONYMOUS

    @property
    def display_author(self) -> str:
        return str(_("Anonymous")) if self.is_anonymous or not self.author_name else self.author_name

    @property
    def shown_portrait(self):
        return None if self.is_anonymous else self.portrait

    image_refusal = _(
        "An anonymous story never shows an image: a picture can give away who wrote it. "
        "Remove the image or choose a name."
    )

    @property
    def image_allowed(self) -> bool:
        return not self.is_anonymous

    @property
    def shows_image(self) -> bool:
        """An anonymous story never shows an image, even one set before it became anonymous."""
        return self.image_id is not None and self.image_allowed

    @property
    def consent_withdrawn(self) -> bool:
        return StoryConsent.objects.filter(
            story_reference=self.consent_reference, withdrawn_on__isnull=False
        ).exists()

    @property
    def warning(self) -> str:
        if not self.content_warning:
            return ""
        return self.content_warning_text or str(self.get_content_warning_display())

    def clean(self):
        super().clean()
        errors = {}
        if self.is_anonymous and self.portrait_id:
            errors["portrait"] = _(
                "An anonymous story never shows a photo. Remove the portrait or choose a name."
            )
        if not self.is_anonymous and not self.author_name:
            errors["author_name"] = _("Give the first name or pseudonym, or choose anonymous.")
        if self.portrait_id and not self.portrait_alt:
            errors["portrait_alt"] = _("Describe the portrait for people who cannot see it.")
        if self.content_warning == ContentWarning.OTHER and not self.content_warning_text:
            errors["content_warning_text"] = _("Describe the content warning.")
        if self.consent_withdrawn:
            errors["title"] = CONSENT_WITHDRAWN
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.live and self.consent_withdrawn:
            raise ConsentWithdrawn
        words = (
            len(strip_tags(" ".join(str(block.render_as_block()) for block in self.body)).split())
            if self.body
            else 0
        )
        self.reading_minutes = max(1, math.ceil(words / WORDS_PER_MINUTE))
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        """A revision's content keeps the page's consent reference: an old revision cannot shed a withdrawal."""
        page = super().with_content_json(content)
        page.consent_reference = self.consent_reference
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.story_context(self, request))
        return context


class StoryRelatedActivity(Orderable):
    story = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_activities")
    activity = models.ForeignKey(
        "agenda.ActivityPage", verbose_name=_("activity"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("activity")]


class StoryConsent(models.Model):
    """How and when the author agreed to publication, and a private way to reach them. Never public.

    Kept when the story is deleted (to prove consent or its withdrawal later): the record then keeps the title and
    the consent reference of the story.
    """

    class HowGiven(models.TextChoices):
        WRITTEN = "written", _("In writing (signed form)")
        EMAIL = "email", _("By e-mail")
        CONVERSATION = "conversation", _("In a conversation (noted down)")

    story = models.OneToOneField(
        StoryPage, verbose_name=_("story"), null=True, on_delete=models.SET_NULL, related_name="consent"
    )
    story_title = models.CharField(_("title of the story"), max_length=255, editable=False, blank=True)
    story_reference = models.UUIDField(_("consent reference"), editable=False, null=True, db_index=True)
    given_on = models.DateField(_("consent given on"))
    how_given = models.CharField(_("how consent was given"), max_length=15, choices=HowGiven.choices)
    withdrawn_on = models.DateField(
        _("consent withdrawn on"),
        null=True,
        blank=True,
        help_text=_("Filling this in takes the story and every copy of it offline at once."),
    )
    review_on = models.DateField(
        _("ask again on"),
        null=True,
        blank=True,
        help_text=_("When to check with the author that the story may stay online. Shown on the dashboard."),
    )
    contact_note = models.TextField(
        _("private contact note"),
        blank=True,
        help_text=_("How to reach the author. Only people with this permission see it."),
    )

    panels = [
        FieldPanel("story"),
        FieldPanel("given_on"),
        FieldPanel("how_given"),
        FieldPanel("withdrawn_on"),
        FieldPanel("review_on"),
        FieldPanel("contact_note"),
    ]

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self):
        return self.story_title or str(self.story or "")

    def save(self, *args, **kwargs):
        if self.story is not None:
            self.story_title = self.story.title
            self.story_reference = self.story.consent_reference
        super().save(*args, **kwargs)
        if self.withdrawn_on and self.story_reference:
            take_offline(self.story_reference)

    def clean(self):
        if self.withdrawn_on and self.given_on and self.withdrawn_on < self.given_on:
            raise ValidationError({"withdrawn_on": _("Withdrawal cannot be before consent was given.")})


def take_offline(reference):
    """Every page of a story whose consent was withdrawn: unpublished, out of moderation, no longer scheduled."""
    for page in StoryPage.objects.filter(consent_reference=reference):
        if page.live:
            page.unpublish()
        if (workflow_state := page.current_workflow_state) is not None:
            workflow_state.cancel()
        page.revisions.update(approved_go_live_at=None)
        if page.go_live_at:
            Page.objects.filter(pk=page.pk).update(go_live_at=None)
