"""The mentale agenda: ``AgendaPage`` and its ``ActivityPage`` children, with their schedules."""

from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from herstelnetwerk.blocks import BodyStreamBlock
from herstelnetwerk.models import BasePage, ImageMixin
from herstelnetwerk.page_forms import PageForm
from herstelnetwerk.validators import LinkSchemeValidator

from . import jsonld, listing
from .feed_responses import calendar_response
from .recurrence import WEEKDAY_CODES, occurrences


class ActivityType(models.TextChoices):
    WALK_IN = "inloop", _("Walk-in")
    PEER_GROUP = "lotgenotengroep", _("Peer group")
    NEIGHBOURHOOD_LUNCH = "wijklunch", _("Neighbourhood lunch")
    TRAINING = "training", _("Training or workshop")
    OUTDOORS = "buiten", _("Outdoor activity")
    CREATIVE = "creatief", _("Creative activity")
    INFORMATION = "informatie", _("Information meeting")
    ONLINE = "online", _("Online meeting")


class Recurrence(models.TextChoices):
    ONCE = "once", _("Once")
    WEEKLY = "weekly", _("Weekly (or every few weeks)")
    MONTHLY = "monthly", _("Monthly, on a weekday")


class MonthWeek(models.IntegerChoices):
    FIRST = 1, _("first")
    SECOND = 2, _("second")
    THIRD = 3, _("third")
    FOURTH = 4, _("fourth")
    LAST = -1, _("last")


class Registration(models.TextChoices):
    NONE = "none", _("No need to register: just come")
    LINK = "link", _("Register through a website")
    EMAIL = "email", _("Register by e-mail")
    PHONE = "phone", _("Register by phone")


WEEKDAY_CHOICES = list(
    zip(
        WEEKDAY_CODES,
        [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")],
        strict=True,
    )
)


class ActivityPageForm(PageForm):
    weekdays = forms.MultipleChoiceField(
        label=_("on"), choices=WEEKDAY_CHOICES, widget=forms.CheckboxSelectMultiple, required=False
    )


class AgendaPage(RoutablePageMixin, BasePage):
    """The agenda: upcoming occurrences of its activities, filtered, grouped by day, with iCalendar feeds."""

    parent_page_types = ["herstelnetwerk.HomePage"]
    subpage_types = ["agenda.ActivityPage"]
    max_count = 1
    template = "agenda/pages/agenda_page.html"

    class Meta:
        verbose_name = _("agenda")

    @property
    def feed_url(self):
        return f"{self.url}feed.ics"

    @path("")
    def upcoming(self, request):
        return self.render(request, context_overrides=listing.upcoming_context(self, request))

    @path("archief/", name="archive")
    def archive(self, request):
        return self.render(
            request,
            context_overrides=listing.archive_context(self, request),
            template="agenda/pages/agenda_archive.html",
        )

    @path("feed.ics/", name="feed")
    def feed(self, request):
        filters, activities = listing.feed_activities(self, request)
        return calendar_response(
            request, activities, name=self.title, filename="agenda.ics", variant=sorted(filters.items())
        )


class ActivityPage(ImageMixin, RoutablePageMixin, BasePage):
    """Something to go to: a walk-in, a group, a lunch, a training. ``intro`` is its summary in lists."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    activity_type = models.CharField(_("kind of activity"), max_length=20, choices=ActivityType.choices)
    themes = ParentalManyToManyField("herstelnetwerk.Theme", verbose_name=_("themes"), blank=True)
    organiser = models.ForeignKey(
        "socialmap.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        # Deleting an organisation that still organises activities is refused (the admin explains which ones).
        on_delete=models.PROTECT,
        related_name="activities",
    )
    location = models.ForeignKey(
        "socialmap.Location",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("For meetings online (video call).")
    )

    start_date = models.DateField(_("date"), help_text=_("For a recurring activity: the first date."))
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("until"), null=True, blank=True)
    recurrence = models.CharField(
        _("repeats"), max_length=10, choices=Recurrence.choices, default=Recurrence.ONCE
    )
    interval = models.PositiveSmallIntegerField(
        _("every how many weeks"), default=1, help_text=_("1 is every week, 2 every other week.")
    )
    weekdays = models.JSONField(_("on"), default=list, blank=True)
    month_week = models.SmallIntegerField(
        _("which week of the month"), choices=MonthWeek.choices, null=True, blank=True
    )
    end_date = models.DateField(_("last date"), null=True, blank=True, help_text=_("Empty: it goes on."))

    is_free = models.BooleanField(_("free"), default=True)
    cost = models.CharField(
        _("cost"), max_length=120, blank=True, help_text=_("For example: € 3,50 for lunch.")
    )
    registration = models.CharField(
        _("registration"), max_length=10, choices=Registration.choices, default=Registration.NONE
    )
    registration_detail = models.CharField(
        _("where to register"),
        max_length=200,
        blank=True,
        help_text=_("The website, e-mail address or phone."),
        validators=[LinkSchemeValidator()],
    )
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    for_relatives = models.BooleanField(_("for relatives (naasten)"), default=False)
    for_professionals = models.BooleanField(_("for professionals"), default=False)
    accessibility_notes = models.TextField(_("accessibility"), blank=True, max_length=600)
    contact_name = models.CharField(_("contact person"), max_length=100, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    base_form_class = ActivityPageForm
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("activity_type"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        *ImageMixin.image_panels,
        MultiFieldPanel(
            [
                FieldPanel("start_date"),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("recurrence"),
                FieldRowPanel([FieldPanel("interval"), FieldPanel("month_week")]),
                FieldPanel("weekdays"),
                FieldPanel("end_date"),
                InlinePanel("exceptions", heading=_("Cancelled and extra dates"), label=_("Date")),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("location"), FieldPanel("online_url"), FieldPanel("accessibility_notes")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("is_free"),
                FieldPanel("cost"),
                FieldPanel("registration"),
                FieldPanel("registration_detail"),
            ],
            heading=_("How to join"),
        ),
        MultiFieldPanel(
            [FieldPanel("minimum_age"), FieldPanel("for_relatives"), FieldPanel("for_professionals")],
            heading=_("For whom"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_phone"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("activity_type"),
        index.FilterField("is_free"),
        index.FilterField("start_date"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("organiser", [index.SearchField("name")]),
        index.RelatedFields("location", [index.SearchField("city")]),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("activity_type"),
        APIField("start_date"),
        APIField("start_time"),
        APIField("end_time"),
        APIField("recurrence"),
        APIField("end_date"),
        APIField("is_free"),
        APIField("cost"),
        APIField("online_url"),
    ]

    parent_page_types = ["agenda.AgendaPage"]
    subpage_types = []
    template = "agenda/pages/activity_page.html"

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end time must be after the start time.")
        if self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last date cannot be before the first date.")
        if self.recurrence != Recurrence.ONCE and not self.weekdays:
            errors["weekdays"] = _("Choose the day(s) of the week on which it repeats.")
        if self.recurrence == Recurrence.MONTHLY and self.month_week is None:
            errors["month_week"] = _("Choose which one in the month, for example the first.")
        if not self.location_id and not self.online_url:
            errors["location"] = _("Choose a place, or give an online link, or both.")
        if self.registration == Registration.LINK:
            try:
                URLValidator(schemes=["http", "https"])(self.registration_detail)
            except ValidationError:
                errors["registration_detail"] = _("Give the web address to register, starting with https://.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_online(self):
        return bool(self.online_url)

    @property
    def subregion(self):
        municipality = self.location.municipality if self.location else None
        return municipality.subregion if municipality else None

    def upcoming_occurrences(self, days=120, limit=8):
        today = timezone.localdate()
        return occurrences(self, today, today + timedelta(days=days))[:limit]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        upcoming = self.upcoming_occurrences()
        context["upcoming"] = upcoming
        context["organiser_url"] = self.organiser.get_url(request) if self.organiser_id else ""
        context["is_past"] = not upcoming and self.last_date < timezone.localdate()
        context["structured_data"] = jsonld.events(self, upcoming, request)
        return context

    @property
    def last_date(self):
        return self.ends_on or timezone.localdate() + timedelta(days=365)

    @property
    def ends_on(self):
        """The activity's last date, or None while a series goes on without an end."""
        return self.start_date if self.recurrence == Recurrence.ONCE else self.end_date

    @property
    def ics_url(self):
        return f"{self.url}activiteit.ics"

    @path("activiteit.ics/", name="ics")
    def ics(self, request):
        activity = ActivityPage.objects.filter(pk=self.pk)
        return calendar_response(request, activity, name=self.title, filename=f"{self.slug}.ics")


class ActivityException(Orderable):
    """A date that differs from the schedule: cancelled, or an extra date."""

    class Kind(models.TextChoices):
        CANCELLED = "cancelled", _("Cancelled")
        EXTRA = "extra", _("Extra date")

    activity = ParentalKey(ActivityPage, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date"))
    kind = models.CharField(_("what"), max_length=10, choices=Kind.choices, default=Kind.CANCELLED)
    note = models.CharField(
        _("note"), max_length=150, blank=True, help_text=_("For example: closed for the holidays.")
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("date exception")
        verbose_name_plural = _("date exceptions")


class ActivityOccurrence(models.Model):
    """One concrete occurrence of an activity, stored so that listings are one indexed range query.

    Derived from the schedule (the source of truth) by ``occurrences.py`` when an activity is published or
    unpublished, for a rolling horizon that a daily ``manage.py refresh_occurrences`` moves along.
    """

    activity = models.ForeignKey(ActivityPage, on_delete=models.CASCADE, related_name="stored_occurrences")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    cancelled = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["starts_at", "activity"], name="agenda_occurrence_start")]
        constraints = [
            models.UniqueConstraint(fields=["activity", "starts_at"], name="agenda_occurrence_unique")
        ]

    def __str__(self):
        return f"{self.activity_id} {self.starts_at:%Y-%m-%d %H:%M}"
