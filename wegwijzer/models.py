"""The wegwijzer page, with the questions editors arrange, and the anonymous daily counts of what is asked."""

from django.conf import settings
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField

from herstelnetwerk.models import BasePage

from . import flow
from .blocks import QuestionsBlock


class WegwijzerPage(RoutablePageMixin, BasePage):
    """A few calm questions, one per screen, that lead to this week's local offer. Everything is in the address."""

    questions = StreamField(
        QuestionsBlock(),
        verbose_name=_("questions"),
        help_text=_(
            "One question per screen, in this order. Each answer says which themes, kinds and conditions it "
            "stands for. Leave out the theme question to skip it."
        ),
    )
    result_intro = models.CharField(
        _("text above the result"),
        max_length=250,
        blank=True,
        help_text=_("For example: this is what there is for you near you, this week."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("questions"), FieldPanel("result_intro")]

    parent_page_types = ["herstelnetwerk.HomePage"]
    subpage_types = []
    max_count = 1
    template = "wegwijzer/pages/step.html"

    class Meta:
        verbose_name = _("wegwijzer")

    @path("")
    def step(self, request):
        return self.render(request, context_overrides=flow.step_context(self, request))

    @path("resultaat/", name="result")
    def result(self, request):
        response = self.render(
            request,
            context_overrides=flow.result_context(self, request),
            template="wegwijzer/pages/result.html",
        )
        # Every result is counted (``counting.py``): a shared cache in front must pass each one on.
        patch_cache_control(response, private=True, max_age=settings.ANONYMOUS_CACHE_SECONDS)
        return response

    @property
    def result_url(self):
        return f"{self.url}resultaat/"


class AskedCount(models.Model):
    """How often a need was asked for in a place on a day, and whether anything was found there.

    Aggregate only: no visitor, address, time of day or free text; the place is a municipality of the region.
    """

    day = models.DateField(_("day"))
    need = models.CharField(_("need"), max_length=40, blank=True)
    place = models.CharField(_("municipality"), max_length=80, blank=True)
    found_nearby = models.BooleanField(_("found nearby"), default=True)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("asked in the wegwijzer")
        verbose_name_plural = _("asked in the wegwijzer")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "need", "place", "found_nearby"], name="wegwijzer_one_count_a_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.need or '-'} {self.place or '-'}: {self.count}"
