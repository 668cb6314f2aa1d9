"""Coordinators' screens (wagtail-modeladmin): sign-ups with a status history, cohorts with their lists, enrolments."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail_modeladmin.options import ModelAdminGroup
from wagtail_modeladmin.views import EditView

from herstelnetwerk.modeladmin import DeclaredFiltersModelAdmin

from .models import Enrollment, StatusChange, TrainingCohort, VolunteerApplication


class ReadOnlyPanel(FieldPanel):
    """A field shown, not edited; "(leeg)" when it has no value (Wagtail would show "None")."""

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        return _("(empty)") if value is None else super().format_value_for_display(value)


class ApplicationEditView(EditView):
    """Saving a new status records who changed it, from what, to what, with the note."""

    def form_valid(self, form):
        previous = VolunteerApplication.objects.get(pk=self.instance.pk).status
        response = super().form_valid(form)
        if previous != self.instance.status:
            StatusChange.objects.create(
                application=self.instance,
                from_status=previous,
                to_status=self.instance.status,
                note=form.cleaned_data.get("status_note", ""),
                changed_by=self.request.user,
            )
        return response


class ApplicationForm(WagtailAdminModelForm):
    status_note = forms.CharField(
        label=_("Note with this status change"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class VolunteerApplicationAdmin(DeclaredFiltersModelAdmin):
    model = VolunteerApplication
    menu_label = _("Sign-ups")
    menu_icon = "user"
    list_display = ["name", "status", "municipality", "kinds_of_work_display", "created_at"]
    list_filter = ["status", "municipality", "created_at"]
    search_fields = ["name", "email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "email",
        "phone",
        "municipality",
        "kinds_of_work_display",
        "availability",
        "motivation",
        "lived_experience",
        "status",
        "coordinator_notes",
        "consent_at",
        "consent_version",
        "created_at",
    ]
    inspect_template_name = "vrijwilligers/admin/application_inspect.html"
    edit_view_class = ApplicationEditView
    list_export = ["name", "email", "phone", "municipality", "status", "created_at"]
    export_filename = "aanmeldingen"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name", read_only=True),
                    FieldPanel("email", read_only=True),
                    FieldPanel("phone", read_only=True),
                ],
                heading=_("Contact"),
            ),
            FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
            FieldPanel("coordinator_notes"),
        ],
        base_form_class=ApplicationForm,
    )

    def get_queryset(self, request):
        queryset = (
            super().get_queryset(request).filter(anonymised_at__isnull=True, confirmed_at__isnull=False)
        )
        return queryset.select_related("municipality")  # unconfirmed sign-ups do not count yet


class TrainingCohortAdmin(DeclaredFiltersModelAdmin):
    model = TrainingCohort
    menu_label = _("Cohorts")
    menu_icon = "date"
    list_display = ["name", "track", "place", "capacity", "enrolment_deadline"]
    list_filter = ["track", "enrolment_deadline"]
    search_fields = ["name", "place"]
    inspect_view_enabled = True
    inspect_template_name = "vrijwilligers/admin/cohort_inspect.html"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("track")


class EnrollmentAdmin(DeclaredFiltersModelAdmin):
    model = Enrollment
    menu_label = _("Enrolments")
    menu_icon = "list-ul"
    list_display = ["name", "cohort", "status", "created_at", "mail_sent_at"]
    list_filter = ["status", "cohort", "mail_sent_at"]
    search_fields = ["name", "email"]
    list_export = ["name", "email", "phone", "cohort", "status", "created_at"]
    export_filename = "inschrijvingen"
    panels = [
        MultiFieldPanel(
            [FieldPanel("name", read_only=True), FieldPanel("email", read_only=True)], heading=_("Contact")
        ),
        FieldPanel("cohort"),
        FieldPanel("status"),
        ReadOnlyPanel("mail_sent_at"),
    ]

    def get_queryset(self, request):
        return (
            super().get_queryset(request).filter(anonymised_at__isnull=True).select_related("cohort__track")
        )


class VolunteersGroup(ModelAdminGroup):
    menu_label = _("Volunteers")
    menu_icon = "group"
    menu_order = 250
    items = (VolunteerApplicationAdmin, TrainingCohortAdmin, EnrollmentAdmin)
