"""Volunteers: sign-ups for peer-support work, and training tracks with cohorts, enrolments and waiting lists.

Everything personal lives in plain models (never pages, never indexed, never in the API); coordinators manage them
in wagtail-modeladmin, and only the "Vrijwilligerscoördinatie" group may see them.
"""

from django.conf import settings
from django.contrib import admin
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from herstelnetwerk.models import BasePage
from herstelnetwerk.visibility import public_pages


class KindOfWork(models.TextChoices):
    BUDDY = "maatje", _("Buddy (maatje)")
    WALK_IN_HOST = "inloop", _("Walk-in host")
    GROUP_FACILITATOR = "groep", _("Group facilitator")
    INFO_STAND = "infotafel", _("Information stand")
    TRAINING = "training", _("Training co-facilitator")
    OTHER = "anders", _("Something else")


class VolunteerIndexPage(RoutablePageMixin, BasePage):
    body = RichTextField(
        _("about volunteering"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h2", "h3"]
    )
    consent_text = models.TextField(
        _("consent text"),
        default=(
            "Ik geef toestemming dat het herstelnetwerk mijn gegevens gebruikt om contact met mij op te nemen over "
            "vrijwilligerswerk. De gegevens worden niet gedeeld en na 24 maanden zonder contact gewist."
        ),
        help_text=_("Shown next to the consent checkbox. Changing it starts a new version."),
    )
    consent_version = models.PositiveSmallIntegerField(_("consent text version"), default=1, editable=False)

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("consent_text")]

    parent_page_types = ["herstelnetwerk.HomePage"]
    subpage_types = ["vrijwilligers.TrainingTrackPage"]
    max_count = 1
    template = "vrijwilligers/pages/volunteer_index_page.html"

    class Meta:
        verbose_name = _("volunteering page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tracks"] = public_pages(self.get_children()).specific()
        return context

    def save(self, *args, **kwargs):
        if self.pk:
            previous = type(self).objects.filter(pk=self.pk).values_list("consent_text", flat=True).first()
            if previous is not None and previous != self.consent_text:
                self.consent_version += 1
        super().save(*args, **kwargs)

    @path("")
    def sign_up(self, request):
        from . import views  # the views import the models

        return views.sign_up(self, request)

    @path("bedankt/", name="thanks")
    def thanks(self, request):
        return self.render(request, template="vrijwilligers/pages/thanks.html")

    @path("afmelden/", name="cancel")
    def cancel(self, request):
        from . import views  # the views import the models

        return views.cancel(self, request)

    @path("bevestigen/", name="confirm")
    def confirm(self, request):
        from . import views  # the views import the models

        return views.confirm(self, request)

    @path("aanmelding-bevestigen/", name="confirm_sign_up")
    def confirm_sign_up(self, request):
        from . import views  # the views import the models

        return views.confirm_sign_up(self, request)

    @path("mijn-inschrijvingen/", name="overview_request")
    def overview_request(self, request):
        from . import views  # the views import the models

        return views.overview_request(self, request)

    @path("mijn-inschrijvingen/verstuurd/", name="overview_sent")
    def overview_sent(self, request):
        return self.render(request, template="vrijwilligers/pages/overview_sent.html")

    @path("mijn-inschrijvingen/overzicht/", name="overview")
    def overview(self, request):
        from . import views  # the views import the models

        return views.overview_page(self, request)

    @path("mijn-inschrijvingen/agenda/", name="overview_calendar")
    def overview_calendar(self, request):
        from . import views  # the views import the models

        return views.overview_calendar(self, request)


class TrainingTrackPage(RoutablePageMixin, BasePage):
    body = RichTextField(
        _("about the training"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h2", "h3"]
    )

    briefing = RichTextField(
        _("briefing"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul", "h2", "h3"],
        help_text=_(
            "What people read before the first session. When filled in, they tick 'read' on their "
            "'my enrolments' page."
        ),
    )

    required_sessions = models.PositiveSmallIntegerField(
        _("sessions required for completion"),
        default=0,
        help_text=_("How many sessions someone attends to complete the training. 0 means all sessions."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("briefing"),
        FieldPanel("required_sessions"),
    ]
    parent_page_types = ["vrijwilligers.VolunteerIndexPage"]
    subpage_types = []
    template = "vrijwilligers/pages/training_track_page.html"

    class Meta:
        verbose_name = _("training track")
        verbose_name_plural = _("training tracks")

    @path("")
    def cohorts(self, request):
        from . import views  # the views import the models

        return self.render(request, context_overrides=views.track_context(self))

    @path("inschrijven/<int:cohort_id>/", name="enrol")
    def enrol(self, request, cohort_id):
        from . import views  # the views import the models

        return views.enrol(self, request, cohort_id)

    @path("ingeschreven/", name="enrolled")
    def enrolled(self, request):
        from . import views  # the views import the models

        return views.enrolled(self, request)


class TrainingCohort(ClusterableModel):
    # PROTECT, here and on enrolments: deleting content never deletes coordinators' data or personal data.
    track = models.ForeignKey(
        TrainingTrackPage, verbose_name=_("training"), on_delete=models.PROTECT, related_name="cohort_set"
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("For example: spring 2027, Hoorn."))
    place = models.CharField(_("place"), max_length=200)
    capacity = models.PositiveSmallIntegerField(_("places"))
    enrolment_deadline = models.DateField(_("enrol before"))
    offer_days = models.PositiveSmallIntegerField(
        _("days to take a free place"),
        default=3,
        validators=[MinValueValidator(1)],
        help_text=_("When a place comes free, the first on the waiting list has this many days to take it."),
    )
    reminders_enabled = models.BooleanField(
        _("send reminders"),
        default=True,
        help_text=_(
            "An e-mail 7 days and 1 day before the first session, and 1 day before each next session."
        ),
    )

    panels = [
        FieldPanel("track"),
        FieldPanel("name"),
        FieldPanel("place"),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("enrolment_deadline")]),
        FieldRowPanel([FieldPanel("offer_days"), FieldPanel("reminders_enabled")]),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session"), min_num=1),
    ]

    class Meta:
        ordering = ["enrolment_deadline", "name"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self):
        return f"{self.track.title}: {self.name}"


class TrainingSession(Orderable):
    cohort = ParentalKey(TrainingCohort, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    panels = [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])]

    class Meta(Orderable.Meta):
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")


class Person(models.Model):
    """What sign-ups and enrolments share: contact details, consent, and when we last heard from them."""

    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    consent_at = models.DateTimeField(_("consent given at"))
    consent_version = models.PositiveSmallIntegerField(_("consent text version"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last activity"), auto_now=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class VolunteerApplication(Person):
    class Status(models.TextChoices):
        NEW = "nieuw", _("New")
        CONTACTED = "contact", _("Contacted")
        INTRODUCTION = "kennismaking", _("Introduction")
        ACTIVE = "actief", _("Active")
        STOPPED = "gestopt", _("Stopped")
        DECLINED = "afgewezen", _("Declined")

    municipality = models.ForeignKey(
        "herstelnetwerk.Municipality",
        verbose_name=_("municipality"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kinds_of_work = models.JSONField(_("kinds of work"), default=list)
    availability = models.CharField(_("availability"), max_length=300)
    motivation = models.TextField(_("motivation"), max_length=2000)
    lived_experience = models.TextField(_("lived experience"), max_length=2000, blank=True)
    status = models.CharField(_("status"), max_length=15, choices=Status.choices, default=Status.NEW)
    coordinator_notes = models.TextField(_("coordinator notes"), blank=True)
    confirmed_at = models.DateTimeField(
        _("e-mail address confirmed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Sign-ups count once the link in the e-mail is used; unconfirmed ones are deleted after 48 hours."
        ),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("volunteer sign-up")
        verbose_name_plural = _("volunteer sign-ups")

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    @property
    @admin.display(description=_("kinds of work"))
    def kinds_of_work_display(self):
        labels = dict(KindOfWork.choices)
        return ", ".join(str(labels.get(kind, kind)) for kind in self.kinds_of_work)


class StatusChange(models.Model):
    """One step in a sign-up's status history: who moved it, from what, to what, and why."""

    application = models.ForeignKey(
        VolunteerApplication, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("from"), max_length=15, choices=VolunteerApplication.Status.choices)
    to_status = models.CharField(_("to"), max_length=15, choices=VolunteerApplication.Status.choices)
    note = models.TextField(_("note"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed"), auto_now_add=True)

    class Meta:
        ordering = ["-changed_at"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class Enrollment(Person):
    class Status(models.TextChoices):
        PENDING = "pending", _("Not yet confirmed")
        OFFERED = "offered", _("Place offered")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    #: Statuses that take one of the cohort's places: the place is kept while the person decides.
    HOLDS_A_PLACE = (Status.PENDING, Status.OFFERED, Status.CONFIRMED)

    cohort = models.ForeignKey(
        TrainingCohort, verbose_name=_("cohort"), on_delete=models.PROTECT, related_name="enrollments"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("e-mail address confirmed"), null=True, blank=True, editable=False)
    respond_before = models.DateTimeField(
        _("answer before"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("An unconfirmed enrolment or an offered place lapses at this time and passes on."),
    )
    briefing_read_at = models.DateTimeField(_("briefing read"), null=True, blank=True, editable=False)
    mail_sent_at = models.DateTimeField(
        _("e-mail sent"),
        null=True,
        blank=True,
        help_text=_("Empty when the last e-mail to this person could not be sent: contact them yourself."),
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "cohort",
                condition=~models.Q(status="cancelled"),
                name="one_active_enrolment_per_address",
            )
        ]

    def __str__(self):
        return f"{self.name}: {self.cohort} ({self.get_status_display()})"

    @property
    def waiting_position(self):
        if self.status != self.Status.WAITING:
            return None
        earlier = self.cohort.enrollments.filter(status=self.Status.WAITING)
        return (
            earlier.filter(
                models.Q(created_at__lt=self.created_at)
                | models.Q(created_at=self.created_at, pk__lt=self.pk)
            ).count()
            + 1
        )


class SentReminder(models.Model):
    """A reminder claimed for one person and one session: the unique constraint makes sending it twice impossible."""

    class Kind(models.TextChoices):
        WEEK_BEFORE = "7d", _("7 days before")
        DAY_BEFORE = "1d", _("1 day before")

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="reminders")
    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=2, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint("enrollment", "session", "kind", name="one_reminder_per_session_and_kind")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.session.starts_at:%d-%m-%Y}"


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="attendances")
    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="attendances")
    status = models.CharField(_("attendance"), max_length=10, choices=Status.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint("enrollment", "session", name="one_attendance_per_session")]

    def __str__(self):
        return self.get_status_display()


class Completion(models.Model):
    """A completed training: by the attendance rule, or by a coordinator's decision with a reason."""

    enrollment = models.OneToOneField(Enrollment, on_delete=models.CASCADE, related_name="completion")
    completed_on = models.DateField(_("completed on"))
    override_reason = models.TextField(_("reason for the exception"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    certificate_sent_at = models.DateTimeField(_("certificate e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("completion")
        verbose_name_plural = _("completions")

    def __str__(self):
        return f"{self.completed_on:%d-%m-%Y}"


class CohortMessage(models.Model):
    """A message to a cohort, logged: who sent what, to which group, when, and to how many people."""

    class Audience(models.TextChoices):
        CONFIRMED = "confirmed", _("Everyone with a place")
        WAITING = "waiting", _("Everyone on the waiting list")

    cohort = models.ForeignKey(TrainingCohort, on_delete=models.PROTECT, related_name="messages")
    audience = models.CharField(_("to"), max_length=10, choices=Audience.choices)
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-sent_at"]
        verbose_name = _("message to a cohort")
        verbose_name_plural = _("messages to a cohort")

    def __str__(self):
        return self.subject
