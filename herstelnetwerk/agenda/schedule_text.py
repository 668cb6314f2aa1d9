"""An activity's schedule in one plain sentence: "Elke 2e dinsdag van de maand, 10:00 tot 12:00, vanaf 6 januari".

The admin's activity form shows it while the editor fills in the schedule (through ``schedule_text_view``), so
that what the form will do is read back in words before saving.
"""

from datetime import date

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from .recurrence import WEEKDAY_CODES


def weekday_names() -> dict[str, str]:
    names = [
        _("Monday"),
        _("Tuesday"),
        _("Wednesday"),
        _("Thursday"),
        _("Friday"),
        _("Saturday"),
        _("Sunday"),
    ]
    return dict(zip(WEEKDAY_CODES, (str(name).lower() for name in names), strict=True))


def ordinals() -> dict[int, str]:
    return {1: _("1st"), 2: _("2nd"), 3: _("3rd"), 4: _("4th"), -1: _("last")}


def day_text(day: date) -> str:
    today = timezone.localdate()
    return date_format(day, "j F" if day.year == today.year else "j F Y")


def times_text(activity) -> str:
    start = activity.start_time.strftime("%H:%M")
    return f"{start}\N{EN DASH}{activity.end_time:%H:%M}" if activity.end_time else start


def describe(activity) -> str:
    """The schedule of ``activity`` (saved or not) in words; empty while the schedule is incomplete."""
    if not activity.start_date or not activity.start_time:
        return ""
    if activity.recurrence == "once":
        when = _("Once, on %(date)s") % {
            "date": f"{date_format(activity.start_date, 'l')} {day_text(activity.start_date)}"
        }
        return f"{when}, {times_text(activity)}"
    names = weekday_names()
    days = [names[code] for code in WEEKDAY_CODES if code in (activity.weekdays or [])]
    if not days:
        return ""
    day_list = str(get_text_list(days, _("and")))
    if activity.recurrence == "monthly":
        if activity.month_week not in ordinals():
            return ""
        pattern = _("Every %(nth)s %(days)s of the month") % {
            "nth": ordinals()[activity.month_week],
            "days": day_list,
        }
    elif (activity.interval or 1) > 1:
        pattern = _("Every %(weeks)s weeks on %(days)s") % {"weeks": activity.interval, "days": day_list}
    else:
        pattern = _("Every %(days)s") % {"days": day_list}
    parts = [pattern, times_text(activity), _("from %(date)s") % {"date": day_text(activity.start_date)}]
    if activity.end_date:
        parts.append(_("until %(date)s") % {"date": day_text(activity.end_date)})
    return ", ".join(parts)
