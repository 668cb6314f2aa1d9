"""Coordinators' screens around a cohort: attendance (made for a phone), completions, certificates, a message to
the cohort and the export. Only users who may change enrolments (the "Vrijwilligerscoördinatie" group) get in."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from herstelnetwerk.csv_safety import SafeDictWriter

from . import coordination, emails
from .certificate import certificate_pdf, coordinator_name
from .models import Attendance, CohortMessage, Completion, Enrollment, TrainingCohort

coordinators_only = permission_required("vrijwilligers.change_enrollment", raise_exception=True)


def render(request, template, title, **context):
    return TemplateResponse(request, template, {"page_title": title, "header_icon": "group", **context})


@coordinators_only
def attendance(request, cohort_id, session_id=None):
    cohort = get_object_or_404(TrainingCohort.objects.select_related("track"), pk=cohort_id)
    sessions = list(cohort.sessions.all())
    session = next((s for s in sessions if s.pk == session_id), None) if session_id else None
    if session is None:
        return render(
            request,
            "vrijwilligers/admin/attendance_sessions.html",
            _("Attendance"),
            cohort=cohort,
            sessions=sessions,
        )
    people = list(coordination.participants(cohort))
    if request.method == "POST":
        marks = {person.pk: request.POST.get(f"person-{person.pk}") for person in people}
        coordination.record_attendance(
            session, {pk: status for pk, status in marks.items() if status}, request.user
        )
        messages.success(request, _("Attendance saved."))
        return redirect("vrijwilligers_attendance", cohort_id=cohort.pk)
    marked = dict(Attendance.objects.filter(session=session).values_list("enrollment_id", "status"))
    for person in people:
        person.mark = marked.get(person.pk, "")
    return render(
        request,
        "vrijwilligers/admin/attendance_form.html",
        _("Attendance"),
        cohort=cohort,
        session=session,
        people=people,
        statuses=Attendance.Status.choices,
    )


class OverrideForm(forms.Form):
    completed = forms.BooleanField(label=gettext_lazy("Completed"), required=False)
    reason = forms.CharField(
        label=gettext_lazy("Reason"), max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )


@coordinators_only
def completions(request, cohort_id):
    cohort = get_object_or_404(TrainingCohort.objects.select_related("track"), pk=cohort_id)
    people = list(coordination.participants(cohort).select_related("completion"))
    for person in people:
        person.present = person.attendances.filter(status=Attendance.Status.PRESENT).count()
        person.done = getattr(person, "completion", None)
    return render(
        request,
        "vrijwilligers/admin/completions.html",
        _("Completion"),
        cohort=cohort,
        people=people,
        required=coordination.required_sessions(cohort),
        form=OverrideForm(),
    )


@coordinators_only
def override_completion(request, enrollment_id):
    enrollment = get_object_or_404(Enrollment, pk=enrollment_id, status=Enrollment.Status.CONFIRMED)
    form = OverrideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        coordination.override(
            enrollment,
            completed=form.cleaned_data["completed"],
            reason=form.cleaned_data["reason"],
            user=request.user,
        )
        messages.success(request, _("Completion changed for %(name)s.") % {"name": enrollment.name})
    else:
        messages.error(request, _("Give a reason for the exception."))
    return redirect("vrijwilligers_completions", cohort_id=enrollment.cohort_id)


@coordinators_only
def certificate(request, enrollment_id):
    completion = get_object_or_404(
        Completion.objects.select_related("enrollment__cohort__track"),
        enrollment_id=enrollment_id,
        enrollment__anonymised_at__isnull=True,
    )
    if request.method == "POST":
        transaction.on_commit(lambda: emails.send_certificate.enqueue(completion.pk))
        messages.success(
            request,
            _("The certificate is being e-mailed to %(name)s.") % {"name": completion.enrollment.name},
        )
        return redirect("vrijwilligers_completions", cohort_id=completion.enrollment.cohort_id)
    response = HttpResponse(
        certificate_pdf(completion, coordinator_name(completion.recorded_by or request.user)),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="bewijs-van-deelname-{completion.enrollment_id}.pdf"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


class MessageForm(forms.ModelForm):
    class Meta:
        model = CohortMessage
        fields = ["audience", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}


@coordinators_only
def message(request, cohort_id):
    cohort = get_object_or_404(TrainingCohort, pk=cohort_id)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            sent = form.save(commit=False)
            sent.cohort, sent.sent_by = cohort, request.user
            statuses = (
                Enrollment.HOLDS_A_PLACE if sent.audience == "confirmed" else [Enrollment.Status.WAITING]
            )
            recipients = list(
                cohort.enrollments.filter(status__in=statuses, anonymised_at__isnull=True).values_list(
                    "pk", flat=True
                )
            )
            sent.recipients = len(recipients)
            sent.save()
            for pk in recipients:
                transaction.on_commit(lambda pk=pk: emails.send_cohort_message.enqueue(sent.pk, pk))
        messages.success(request, _("Your message goes to %(count)s people.") % {"count": len(recipients)})
        return redirect("vrijwilligers_message", cohort_id=cohort.pk)
    return render(
        request,
        "vrijwilligers/admin/message.html",
        _("Message to the cohort"),
        cohort=cohort,
        form=form,
        sent=cohort.messages.select_related("sent_by"),
    )


@coordinators_only
def export(request, cohort_id):
    """Attendance per session and completion per person, one row each, formula-safe."""
    cohort = get_object_or_404(TrainingCohort.objects.select_related("track"), pk=cohort_id)
    sessions = list(cohort.sessions.all())
    labels = dict(Attendance.Status.choices)
    columns = (
        [_("Name"), _("E-mail")]
        + [f"{s.starts_at:%d-%m-%Y}" for s in sessions]
        + [_("Hours"), _("Completed on"), _("Reason for the exception")]
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="aanwezigheid-{cohort.pk}.csv"'
    writer = SafeDictWriter(response, fieldnames=columns)
    writer.writeheader()
    for person in coordination.participants(cohort).select_related("completion"):
        marks = dict(person.attendances.values_list("session_id", "status"))
        completion = getattr(person, "completion", None)
        writer.writerow(
            {
                columns[0]: person.name,
                columns[1]: person.email,
                **{columns[2 + i]: str(labels.get(marks.get(s.pk), "")) for i, s in enumerate(sessions)},
                columns[-3]: coordination.hours_attended(person),
                columns[-2]: completion.completed_on.isoformat() if completion else "",
                columns[-1]: completion.override_reason if completion else "",
            }
        )
    return response
