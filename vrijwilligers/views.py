"""The public volunteer pages: sign up, enrol, confirm and cancel by signed links, "mijn inschrijvingen".

Links from e-mails open a page with a button; only the button (POST) changes anything, so a mail scanner that
follows links confirms and cancels nothing.
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Count
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import enrolment, overview, signups
from .forms import EnrollmentForm, OverviewRequestForm, SignUpForm
from .ratelimit import over_limit

TOO_MANY = gettext_lazy("You sent this form many times in a short while. Please try again in an hour.")
ALREADY_ENROLLED = gettext_lazy(
    "You are already enrolled for this group with this e-mail address. You don't need to do anything else. "
    "Did you not get an e-mail? Look in your spam folder, or contact us."
)


def personal(response):
    """A page about one person: never kept by a shared cache, nor stored by the browser."""
    response["Cache-Control"] = "private, no-store"
    return response


def sign_up(page, request):
    form = SignUpForm(request.POST or None, consent_text=page.consent_text)
    if request.method == "POST":
        if over_limit(request, "signup"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            application = form.save(commit=False)
            application.consent_at = timezone.now()
            application.consent_version = page.consent_version
            signups.submit(application)
            return HttpResponseRedirect(page.url + "bedankt/")
    return page.render(request, context_overrides={"form": form})


def track_context(track):
    from .models import Enrollment

    cohorts = list(
        track.cohort_set.filter(enrolment_deadline__gte=timezone.localdate()).prefetch_related("sessions")
    )
    confirmed = {
        row["cohort"]: row["n"]
        for row in Enrollment.objects.filter(cohort__in=cohorts, status__in=Enrollment.HOLDS_A_PLACE)
        .values("cohort")
        .annotate(n=Count("pk"))
    }
    for cohort in cohorts:
        cohort.places_left = max(cohort.capacity - confirmed.get(cohort.pk, 0), 0)
    return {"cohorts": cohorts}


def open_cohort(track, cohort_id):
    cohort = track.cohort_set.filter(pk=cohort_id, enrolment_deadline__gte=timezone.localdate()).first()
    if cohort is None:
        raise Http404
    return cohort


def enrol(track, request, cohort_id):
    cohort = open_cohort(track, cohort_id)
    index = track.get_parent().specific
    form = EnrollmentForm(request.POST or None, consent_text=index.consent_text)
    if request.method == "POST":
        if over_limit(request, "enrol"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            data = form.cleaned_data
            try:
                enrollment = enrolment.enrol(
                    cohort.pk,
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    consent_version=index.consent_version,
                )
            except enrolment.AlreadyEnrolled:
                form.add_error("email", ALREADY_ENROLLED)
            else:
                request.session["vrijwilligers_enrollment"] = enrollment.pk
                return HttpResponseRedirect(track.url + "ingeschreven/")
    return track.render(
        request, context_overrides={"cohort": cohort, "form": form}, template="vrijwilligers/pages/enrol.html"
    )


def enrolled(track, request):
    from .models import Enrollment

    pk = request.session.get("vrijwilligers_enrollment")
    enrollment = (
        Enrollment.objects.select_related("cohort").filter(pk=pk, cohort__track=track).first() if pk else None
    )
    if enrollment is None:
        return HttpResponseRedirect(track.url)
    return personal(
        track.render(
            request,
            context_overrides={"enrollment": enrollment},
            template="vrijwilligers/pages/enrolled.html",
        )
    )


def cancel(index, request):
    """Show what will be cancelled (GET), cancel it (POST): a link checker opening the mail never cancels.

    The signed token travels in the query string: Wagtail's page URLs allow only letters, digits, - and _.
    """
    try:
        enrollment = enrolment.enrollment_for_token(request.GET.get("token", ""))
    except enrolment.LinkExpired:
        response = index.render(request, template="vrijwilligers/pages/cancel_expired.html")
        response.status_code = 410
        return personal(response)
    if enrollment is None:
        raise Http404
    if request.method == "POST":
        try:
            enrolment.cancel(enrollment.pk)
        except ObjectDoesNotExist as error:
            raise Http404 from error
        messages.success(request, _("Your enrolment is cancelled. Thank you for letting us know."))
        return HttpResponseRedirect(request.get_full_path())
    return personal(
        index.render(
            request, context_overrides={"enrollment": enrollment}, template="vrijwilligers/pages/cancel.html"
        )
    )


def confirm(index, request):
    """Confirm an enrolment's address, or take an offered place, by the signed link from the mail."""
    try:
        enrollment = enrolment.enrollment_for_token(request.GET.get("token", ""), salt=enrolment.CONFIRM_SALT)
    except enrolment.LinkExpired:
        response = index.render(request, template="vrijwilligers/pages/cancel_expired.html")
        response.status_code = 410
        return personal(response)
    if enrollment is None:
        raise Http404
    if request.method == "POST":
        enrolment.confirm(enrollment.pk)
        return HttpResponseRedirect(request.get_full_path())
    return personal(
        index.render(
            request,
            context_overrides={"enrollment": enrollment, "lapsed": is_lapsed(enrollment)},
            template="vrijwilligers/pages/confirm.html",
        )
    )


def is_lapsed(enrollment):
    return enrollment.respond_before is not None and enrollment.respond_before < timezone.now()


def confirm_sign_up(index, request):
    confirmed = None
    if request.method == "POST":
        confirmed = signups.confirm(request.GET.get("token", "")) is not None
    return personal(
        index.render(
            request,
            context_overrides={"confirmed": confirmed},
            template="vrijwilligers/pages/signup_confirm.html",
        )
    )


def overview_request(index, request):
    """Ask for the link to "mijn inschrijvingen": the same answer whether the address is known or not."""
    form = OverviewRequestForm(request.POST or None)
    if request.method == "POST":
        if over_limit(request, "overview"):
            form.add_error(None, TOO_MANY)
        elif form.is_valid():
            overview.request_link(form.cleaned_data["email"])
            return HttpResponseRedirect(index.url + "mijn-inschrijvingen/verstuurd/")
    return index.render(
        request, context_overrides={"form": form}, template="vrijwilligers/pages/overview_request.html"
    )


def overview_page(index, request):
    """One person's sign-ups and enrolments: cancel, read the briefing, add a session to the calendar."""
    from .models import Enrollment

    token = request.GET.get("token", "")
    email = overview.email_for_token(token)
    if email is None:
        response = index.render(request, template="vrijwilligers/pages/overview_expired.html")
        response.status_code = 410
        return personal(response)
    enrollments = overview.enrollments_of(email)
    if request.method == "POST":
        chosen = enrollments.filter(pk=request.POST.get("enrollment")).first()
        if chosen is None:
            raise Http404
        if request.POST.get("action") == "cancel" and chosen.status != Enrollment.Status.CANCELLED:
            enrolment.cancel(chosen.pk)
            messages.success(request, _("Your enrolment is cancelled. Thank you for letting us know."))
        elif request.POST.get("action") == "read" and chosen.briefing_read_at is None:
            Enrollment.objects.filter(pk=chosen.pk).update(briefing_read_at=timezone.now())
            messages.success(request, _("Thank you: you have read the preparation."))
        return HttpResponseRedirect(request.get_full_path())
    return personal(
        index.render(
            request,
            context_overrides={
                "enrollments": list(enrollments),
                "sign_ups": list(overview.sign_ups_of(email)),
                "token": token,
            },
            template="vrijwilligers/pages/overview.html",
        )
    )


def overview_calendar(index, request):
    """One session as an .ics file, for someone whose overview link is valid and who has a place in its cohort."""
    from . import emails
    from .models import Enrollment

    email = overview.email_for_token(request.GET.get("token", ""))
    if email is None:
        raise Http404
    enrollment = (
        overview.enrollments_of(email)
        .filter(status__in=Enrollment.HOLDS_A_PLACE, cohort__sessions__pk=request.GET.get("session") or 0)
        .first()
    )
    if enrollment is None:
        raise Http404
    session = enrollment.cohort.sessions.get(pk=request.GET["session"])
    track = enrollment.cohort.track
    response = HttpResponse(
        emails.sessions_calendar(track, enrollment.cohort, [session]),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{track.slug}-{session.pk}.ics"'
    return personal(response)
