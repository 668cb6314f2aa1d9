from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from herstelnetwerk import plugins

from . import coordinator_views as views
from . import dashboard, demo, protection
from .admin import VolunteersGroup

modeladmin_register(VolunteersGroup)

hooks.register("before_delete_page", protection.before_delete_page)
hooks.register("before_bulk_action", protection.before_bulk_action)


@hooks.register(plugins.DEMO_CONTENT)
def demo_volunteering():
    return [plugins.DemoContent(_("Volunteering"), demo.build, order=50)]


@hooks.register("register_admin_urls")
def coordinator_urls():
    return [
        path(
            "vrijwilligers/groep/<int:cohort_id>/aanwezigheid/",
            views.attendance,
            name="vrijwilligers_attendance",
        ),
        path(
            "vrijwilligers/groep/<int:cohort_id>/aanwezigheid/<int:session_id>/",
            views.attendance,
            name="vrijwilligers_attendance_session",
        ),
        path(
            "vrijwilligers/groep/<int:cohort_id>/afronding/",
            views.completions,
            name="vrijwilligers_completions",
        ),
        path("vrijwilligers/groep/<int:cohort_id>/bericht/", views.message, name="vrijwilligers_message"),
        path("vrijwilligers/groep/<int:cohort_id>/export/", views.export, name="vrijwilligers_cohort_export"),
        path(
            "vrijwilligers/inschrijving/<int:enrollment_id>/afronding/",
            views.override_completion,
            name="vrijwilligers_override_completion",
        ),
        path(
            "vrijwilligers/inschrijving/<int:enrollment_id>/bewijs/",
            views.certificate,
            name="vrijwilligers_certificate",
        ),
    ]


@hooks.register("construct_homepage_panels")
def coordinators_care_panel(request, panels):
    if (panel := dashboard.volunteers_panel(request.user)) is not None:
        panels.append(panel)
