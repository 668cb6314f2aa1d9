"""Admin-only helpers for the activity form: its schedule read back in words while the editor types."""

from django import forms
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import ActivityPage, MonthWeek, Recurrence
from .recurrence import WEEKDAY_CODES
from .schedule_text import describe


class ScheduleForm(forms.Form):
    """The schedule fields of the activity form, as the browser has them now (all optional: it may be half done)."""

    start_date = forms.DateField(required=False)
    start_time = forms.TimeField(required=False)
    end_time = forms.TimeField(required=False)
    recurrence = forms.ChoiceField(choices=Recurrence.choices, required=False)
    interval = forms.IntegerField(min_value=1, max_value=52, required=False)
    weekdays = forms.MultipleChoiceField(choices=[(code, code) for code in WEEKDAY_CODES], required=False)
    month_week = forms.TypedChoiceField(
        choices=MonthWeek.choices, coerce=int, required=False, empty_value=None
    )
    end_date = forms.DateField(required=False)


@require_GET
def schedule_text_view(request):
    form = ScheduleForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"text": ""})
    values = {key: value for key, value in form.cleaned_data.items() if value not in (None, "")}
    values.setdefault("recurrence", Recurrence.ONCE)
    return JsonResponse({"text": describe(ActivityPage(**values))})
