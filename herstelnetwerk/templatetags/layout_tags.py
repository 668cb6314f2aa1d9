"""Small helpers for the site's layout: how many filters a visitor chose (the "Filters (2)" disclosure on phones)."""

from django import template

register = template.Library()


@register.simple_tag
def active_filter_count(form) -> int:
    """The filters of a bound ``FilterForm`` that narrow the list (valid and not empty)."""
    if form is None or not form.is_bound:
        return 0
    return len(form.valid_filters())


@register.simple_tag
def chosen_count(*choices) -> int:
    """How many values are chosen across several lists (the search page's facets)."""
    return sum(len(values or ()) for values in choices)
