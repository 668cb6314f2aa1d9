"""What the public filter forms share: the valid filters of a query string, and choices read when a form is made
(so that new content shows at once)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Municipality, SubregionPage, Theme
from .top_pages import top_pages


class FilterForm(forms.Form):
    """A plain GET form of filters: a wrong value leaves out only its own filter, and the form says why.

    ``request`` is the request being answered: the subregions are among the pages it has read already.
    """

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def valid_filters(self) -> dict:
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "", False)}


def with_everything(choices) -> list:
    """``choices`` after an empty "All" choice, which leaves the filter off."""
    return [("", _("All")), *choices]


def subregion_choices(request) -> list:
    """The live, public subregions (children of the home page), by name."""
    subregions = sorted(
        (page for page in top_pages(request) if page.specific_class is SubregionPage),
        key=lambda page: page.title,
    )
    return with_everything((page.slug, page.title) for page in subregions)


def municipality_choices() -> list:
    return with_everything(Municipality.objects.order_by("name").values_list("slug", "name"))


def theme_choices() -> list:
    return with_everything(Theme.choices())
