"""The mentaal-sociale kaart: organisations and the places where they (and activities) can be found."""

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from herstelnetwerk.models import BasePage, ImageMixin
from herstelnetwerk.top_pages import top_page
from herstelnetwerk.visibility import first_public

from . import exports, listing
from .widgets import coordinates_panel


class OrganisationKind(models.TextChoices):
    MENTAL_HEALTH_CARE = "ggz", _("Mental health care provider (GGZ)")
    WELFARE = "welzijn", _("Welfare organisation")
    RECOVERY = "herstel", _("Self-help and recovery organisation")
    GENERAL_PRACTICE = "huisarts", _("GP / mental health practice nurse (POH-GGZ)")
    SOCIAL_TEAM = "sociaal-team", _("Social (neighbourhood) team / municipality")
    HOUSING = "woningcorporatie", _("Housing association")
    VOLUNTEERS = "vrijwilligers", _("Volunteer organisation")
    SPORTS = "vereniging", _("Sports club / association")
    OTHER = "overig", _("Other")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    INSURANCE = "insurance", _("Paid by health insurance")
    MUNICIPALITY = "wmo", _("Paid by the municipality (Wmo)")
    PAID = "paid", _("You pay yourself")


class OrganisationQuerySet(models.QuerySet):
    def live(self):
        """What visitors may see: published organisations (a draft of a live one still shows the live row)."""
        return self.filter(live=True)


class Organisation(
    ImageMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """An organisation on the social map, saved as a draft, previewed and published like a page.

    Its services are edited inline and its places (with their opening hours and exceptions) are its children, so a
    revision holds the whole entry: a draft from the organisation's own update form is approved in one step.
    """

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        unique=True,
        blank=True,
        help_text=_("The last part of the web address. Filled in from the name when left empty."),
    )
    kind = models.CharField(_("kind of organisation"), max_length=30, choices=OrganisationKind.choices)
    description = models.TextField(
        _("short description"), max_length=600, blank=True, help_text=_("Plain language (B1).")
    )
    themes = ParentalManyToManyField("herstelnetwerk.Theme", verbose_name=_("themes"), blank=True)
    municipalities_served = ParentalManyToManyField(
        "herstelnetwerk.Municipality", verbose_name=_("municipalities served"), blank=True
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    walk_in = models.BooleanField(_("walk in without an appointment"), default=False)
    closed_on_holidays = models.BooleanField(
        _("closed on public holidays"),
        default=False,
        help_text=_("Closed on the days in the region's holiday list, unless a place has its own exception."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that this is still right."),
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organisation")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="organisation",
        for_concrete_model=False,
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        TitleFieldPanel("name", placeholder=False),
        # ASCII slugs, as the model's SlugField and ``slugify`` make them ("herstelcafe", not "herstelcafé").
        FieldPanel("slug", widget=SlugInput(attrs={"data-w-slug-allow-unicode-value": "false"})),
        FieldPanel("kind"),
        FieldPanel("description"),
        *ImageMixin.image_panels,
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("municipalities_served", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website"), FieldPanel("walk_in")],
            heading=_("Contact"),
        ),
        FieldPanel("closed_on_holidays"),
        InlinePanel("services", heading=_("Services"), label=_("Service")),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("walk_in"),
        index.FilterField("live"),  # search offers live organisations only
    ]

    class Meta:
        ordering = ["name"]
        # Lists and sections show organisations by name, a page at a time: read in index order, not sorted.
        indexes = [models.Index(fields=["name"], name="socialmap_organisation_name")]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def serializable_data(self):
        """The revision's content. Places (with their hours and exceptions) are kept only when they were changed in
        memory, as the update form does: a draft from the admin never carries, and so never restores, the places."""
        data = super().serializable_data()
        if not self.locations.is_deferring:
            data.pop("locations", None)
        return data

    def with_content_json(self, content):
        """The organisation as a revision has it. A revision with places (the update form's) keeps the places added
        since it was made: publishing it changes the drafted places and never deletes a newer one. A check is never
        undone: ``last_reviewed`` stays the later of the live row's and the revision's."""
        obj = super().with_content_json(content)
        checked = [day for day in (obj.last_reviewed, self.last_reviewed) if day]
        obj.last_reviewed = max(checked) if checked else None
        if "locations" in content:
            drafted = [place.pk for place in obj.locations.all() if place.pk]
            newer = list(Location.objects.filter(organisation=self.pk).exclude(pk__in=drafted))
            if newer:
                obj.locations = [*obj.locations.all(), *newer]
        return obj

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().filter(live=True)

    def full_clean(self, *args, **kwargs):
        self.slug = self.slug or self.unique_slug()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.slug = self.slug or self.unique_slug()
        self.last_reviewed = self.last_reviewed or timezone.localdate()
        super().save(*args, **kwargs)

    def unique_slug(self) -> str:
        """A slug from the name, with "-2", "-3"... when another organisation has it already."""
        base = slugify(self.name)[:140] or "organisatie"
        others = Organisation.objects.exclude(pk=self.pk)
        slug, number = base, 1
        while others.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def get_preview_template(self, request, mode_name):
        return "socialmap/pages/organisation_page.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), **listing.preview_context(self, request)}

    def get_url(self, request=None) -> str:
        """This organisation's page on the social map ("" without one); with a request, from its top pages."""
        page = first_public(SocialMapPage) if request is None else top_page(request, SocialMapPage)
        return page.organisation_url(self) if page else ""


class Service(Orderable, ClusterableModel):
    """What an organisation offers, edited inline on the organisation."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), max_length=600, blank=True)
    themes = ParentalManyToManyField("herstelnetwerk.Theme", verbose_name=_("themes"), blank=True)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    referral_needed = models.BooleanField(_("referral needed"), default=False)
    target_groups = models.CharField(
        _("for whom"),
        max_length=200,
        blank=True,
        help_text=_("For example: adults, young people 12+, relatives."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("cost"), FieldPanel("referral_needed")]),
        FieldPanel("target_groups"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.name


class Location(index.Indexed, ClusterableModel):
    """A physical place: where an organisation receives people, or where an activity happens."""

    organisation = ParentalKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="locations",
        null=True,
        blank=True,
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=150)
    street_address = models.CharField(_("street and number"), max_length=150)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("town"), max_length=80)
    municipality = models.ForeignKey(
        "herstelnetwerk.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="locations",
        verbose_name=_("municipality"),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessibility_notes = models.CharField(_("accessibility notes"), max_length=250, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("street_address"),
        FieldPanel("postal_code"),
        FieldPanel("city"),
        FieldPanel("municipality"),
        coordinates_panel(),
        FieldPanel("wheelchair_accessible"),
        FieldPanel("accessibility_notes"),
        FieldPanel("organisation"),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening hours")),
        InlinePanel(
            "hour_exceptions",
            heading=_("Exceptions to the opening hours"),
            label=_("Exception"),
            help_text=_("A period when this place is closed or has other hours: holidays, a renovation."),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return f"{self.name}, {self.city}" if self.city else self.name

    def schema_org_address(self) -> dict:
        """The address and, when known, the coordinates as schema.org JSON-LD (for events and organisations)."""
        data = {
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.street_address,
                "postalCode": self.postal_code,
                "addressLocality": self.city,
                "addressCountry": "NL",
            }
        }
        if self.latitude is not None and self.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        return data


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OpeningHours(Orderable):
    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    note = models.CharField(
        _("note"), max_length=100, blank=True, help_text=_("For example: walk-in, no appointment.")
    )

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})


class OpeningHoursException(Orderable):
    """A period in which a place is closed, or open at other hours; several rows for one day give several ranges."""

    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="hour_exceptions")
    starts = models.DateField(_("from"))
    ends = models.DateField(_("until"), help_text=_("The last day. The same as the first for a single day."))
    closed = models.BooleanField(_("closed"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=100, blank=True, help_text=_("For example: renovation."))

    panels = [
        FieldRowPanel([FieldPanel("starts"), FieldPanel("ends"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        ordering = ["starts", "opens"]
        verbose_name = _("exception to the opening hours")
        verbose_name_plural = _("exceptions to the opening hours")

    def clean(self):
        errors = {}
        if self.starts and self.ends and self.ends < self.starts:
            errors["ends"] = _("The last day cannot be before the first.")
        if not self.closed:
            if not (self.opens and self.closes):
                errors["opens"] = _("Give the other hours, or tick closed.")
            elif self.closes <= self.opens:
                errors["closes"] = _("Closing time must be after opening time.")
        if errors:
            raise ValidationError(errors)


class Holiday(models.Model):
    """A day (or days) in the region's holiday list: organisations that follow it are closed then."""

    name = models.CharField(_("name"), max_length=100)
    starts = models.DateField(_("from"))
    ends = models.DateField(_("until"), help_text=_("The last day. The same as the first for a single day."))

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("starts"), FieldPanel("ends")])]

    class Meta:
        ordering = ["starts"]
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")

    def __str__(self):
        return self.name

    def clean(self):
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": _("The last day cannot be before the first.")})


class SocialMapPage(RoutablePageMixin, BasePage):
    """The mentaal-sociale kaart: organisations with filters and a map, a page per organisation, open data."""

    parent_page_types = ["herstelnetwerk.HomePage"]
    subpage_types = []
    max_count = 1
    template = "socialmap/pages/social_map_page.html"

    class Meta:
        verbose_name = _("social map")

    @path("")
    def organisations(self, request):
        return self.render(request, context_overrides=listing.listing_context(self, request))

    @path("controleren/", name="review")
    def review(self, request):
        """The link in a review request: "Alles klopt nog", the entry's update form (changes become a draft for the
        editors), or a friendly page when the link does not work."""
        from . import review, update

        organisation = review.organisation_for(request.GET.get("token", ""))
        confirmed = sent = False
        forms = None
        if organisation is not None:
            posted = request.method == "POST"
            forms = update.UpdateForms(
                organisation, request.POST if posted and "update" in request.POST else None
            )
            if posted and "update" in request.POST:
                sent = forms.is_valid()
                if sent:
                    forms.save_draft()
            elif posted:
                review.confirm(organisation)
                confirmed = True
        response = self.render(
            request,
            context_overrides={
                "organisation": organisation,
                "confirmed": confirmed,
                "sent": sent,
                "forms": forms,
            },
            template="socialmap/pages/review_page.html",
        )
        response.status_code = 200 if organisation else 400
        add_never_cache_headers(response)  # a personal link: never kept by Varnish or a browser cache
        return response

    @path("<slug:slug>/", name="organisation")
    def organisation(self, request, slug):
        return self.render(
            request,
            context_overrides=listing.detail_context(self, request, slug),
            template="socialmap/pages/organisation_page.html",
        )

    @path("kaart.json/", name="markers")
    def markers(self, request):
        return exports.markers_response(self, request)

    @path("export.csv/", name="export_csv")
    def export_csv(self, request):
        return exports.csv_response()

    @path("schedules.csv/", name="export_schedules")
    def export_schedules(self, request):
        return exports.schedules_csv_response()

    @path("export.json/", name="export_json")
    def export_json(self, request):
        return exports.hsds_response(self, request)

    def organisation_url(self, organisation):
        return f"{self.url}{organisation.slug}/"


class Correction(models.Model):
    """A visitor's note that something on an organisation or activity page is wrong: a task for the editors.

    Nothing on the site changes until an editor acts on it; the visitor's e-mail is seen only in the admin.
    """

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="corrections",
        verbose_name=_("organisation"),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("page"),
    )
    message = models.TextField(_("what is wrong"), max_length=2000)
    email = models.EmailField(_("e-mail for a reply"), blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    handled = models.BooleanField(_("handled"), default=False)

    panels = [
        FieldPanel("message", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("handled"),
    ]

    class Meta:
        ordering = ["handled", "-created_at"]
        verbose_name = _("suggested correction")
        verbose_name_plural = _("suggested corrections")
        constraints = [
            models.CheckConstraint(
                condition=Q(organisation__isnull=False) | Q(page__isnull=False), name="correction_has_an_item"
            )
        ]

    def __str__(self):
        return str(self.organisation or self.page)

    @property
    def item_url(self) -> str:
        """Where the item is edited in the admin."""
        if self.organisation_id:
            return reverse("wagtailsnippets_socialmap_organisation:edit", args=[self.organisation_id])
        return reverse("wagtailadmin_pages:edit", args=[self.page_id])


class ReviewRequest(models.Model):
    """One e-mail asking an organisation to check its entry: at most one per organisation for each check due."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="review_requests", verbose_name=_("organisation")
    )
    last_reviewed = models.DateField(_("checked before"), help_text=_("The check this request follows up."))
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    address = models.EmailField(_("sent to"), blank=True, help_text=_("The address the mail went to."))
    failed_at = models.DateTimeField(
        _("mail did not arrive"),
        null=True,
        blank=True,
        help_text=_("The mail server refused the address, or the last attempt to send failed."),
    )
    failure = models.CharField(_("why the mail did not arrive"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "last_reviewed"], name="one_review_request_per_check"
            )
        ]

    def __str__(self):
        return str(self.organisation)
