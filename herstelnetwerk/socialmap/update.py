"""An organisation updates its own entry from the link in a review mail, without an account.

The form is filled in with the live entry: description and contact, services, and each place's opening hours and
exceptions. Sending it saves a *draft revision* of the organisation (never the live row) and starts the organisation's
workflow, so the change lands as a task for the editors (Redactie): they compare it with the live entry, preview it
and approve it, and only then is it live. The draft counts as a check: ``last_reviewed`` is the day it was sent.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import OpeningHours, OpeningHoursException, Service, Weekday

MAX_ROWS = 20


class EntryForm(forms.Form):
    description = forms.CharField(
        label=_("Short description"),
        max_length=600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Plain language (B1)."),
    )
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")


class ServiceForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1, max_value=2**31 - 1)
    name = forms.CharField(label=_("Name"), max_length=150)
    description = forms.CharField(
        label=_("Description"), max_length=600, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class HoursForm(forms.Form):
    weekday = forms.TypedChoiceField(label=_("Day"), choices=Weekday.choices, coerce=int)
    opens = forms.TimeField(label=_("Opens"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    closes = forms.TimeField(
        label=_("Closes"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    note = forms.CharField(label=_("Note"), max_length=100, required=False)

    def clean(self):
        return model_clean(OpeningHours, super().clean())


class ExceptionForm(forms.Form):
    starts = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    ends = forms.DateField(label=_("Until"), widget=forms.DateInput(attrs={"type": "date"}))
    closed = forms.BooleanField(label=_("Closed"), required=False)
    opens = forms.TimeField(
        label=_("Opens"), required=False, widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    closes = forms.TimeField(
        label=_("Closes"), required=False, widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    note = forms.CharField(label=_("Note"), max_length=100, required=False)

    def clean(self):
        return model_clean(OpeningHoursException, super().clean())


def model_clean(model, data):
    """The model's own rules (closing after opening, the last day not before the first), on the form's fields."""
    try:
        model(**{key: value for key, value in data.items() if key != "DELETE"}).clean()
    except ValidationError as error:
        raise ValidationError(
            [message for messages in error.message_dict.values() for message in messages]
        ) from error
    return data


def formset(form, extra):
    return forms.formset_factory(
        form, extra=extra, can_delete=True, max_num=MAX_ROWS, validate_max=True, absolute_max=MAX_ROWS
    )


ServiceFormSet = formset(ServiceForm, extra=1)
HoursFormSet = formset(HoursForm, extra=2)
ExceptionFormSet = formset(ExceptionForm, extra=1)


class UpdateForms:
    """The entry, its services, and per place its hours and exceptions: bound together, validated together."""

    def __init__(self, organisation, data=None):
        self.organisation = organisation
        self.places = list(organisation.locations.prefetch_related("opening_hours", "hour_exceptions"))
        services = list(organisation.services.all())
        self.entry = EntryForm(
            data,
            prefix="entry",
            initial={name: getattr(organisation, name) for name in EntryForm.base_fields},
        )
        self.services = ServiceFormSet(
            data,
            prefix="services",
            initial=[{"id": s.pk, "name": s.name, "description": s.description} for s in services],
        )
        self.place_forms = [
            (
                place,
                HoursFormSet(
                    data,
                    prefix=f"place-{place.pk}-hours",
                    initial=[
                        {"weekday": h.weekday, "opens": h.opens, "closes": h.closes, "note": h.note}
                        for h in place.opening_hours.all()
                    ],
                ),
                ExceptionFormSet(
                    data,
                    prefix=f"place-{place.pk}-exceptions",
                    initial=[
                        {
                            "starts": e.starts,
                            "ends": e.ends,
                            "closed": e.closed,
                            "opens": e.opens,
                            "closes": e.closes,
                            "note": e.note,
                        }
                        for e in place.hour_exceptions.all()
                    ],
                ),
            )
            for place in self.places
        ]

    def all(self):
        yield self.entry
        yield self.services
        for _place, hours, exceptions in self.place_forms:
            yield hours
            yield exceptions

    def is_valid(self) -> bool:
        results = [form.is_valid() for form in self.all()]  # every form, so that every error is shown at once
        return all(results)

    def save_draft(self):
        """A draft revision of the organisation with the changes, sent to the workflow; the live row is untouched."""
        organisation = self.organisation
        for name, value in self.entry.cleaned_data.items():
            setattr(organisation, name, value)
        organisation.last_reviewed = timezone.localdate()
        existing = {service.pk: service for service in organisation.services.all()}
        services = []
        for data in kept(self.services):
            service = existing.get(data.get("id")) or Service(organisation=organisation)
            service.name, service.description = data["name"], data["description"]
            service.sort_order = len(services)
            services.append(service)
        organisation.services = services
        for place, hours, exceptions in self.place_forms:
            place.opening_hours = [
                OpeningHours(location=place, sort_order=n, **without_delete(data))
                for n, data in enumerate(kept(hours))
            ]
            place.hour_exceptions = [
                OpeningHoursException(location=place, sort_order=n, **without_delete(data))
                for n, data in enumerate(kept(exceptions))
            ]
        organisation.locations = self.places
        revision = organisation.save_revision(log_action=True)
        workflow = organisation.get_workflow()
        if workflow is not None and not organisation.workflow_in_progress:
            workflow.start(organisation, None)
        return revision


def kept(formset):
    """The rows of a valid formset that were filled in and not deleted."""
    return [
        form.cleaned_data
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


def without_delete(data):
    return {key: value for key, value in data.items() if key != "DELETE"}
