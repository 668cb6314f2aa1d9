"""What the public filter forms share: the valid filters of a query string, and choices read when a form is made
(so that new content shows at once)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Municipality, SubregionPage, Theme
from .visibility import public_pages


class FilterForm(forms.Form):
    """A plain GET form of filters: a wrong value leaves out only its own filter, and the form says why."""

    def valid_filters(self) -> dict:
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "", False)}


def with_everything(choices) -> list:
    """``choices`` after an empty "All" choice, which leaves the filter off."""
    return [("", _("All")), *choices]


def subregion_choices() -> list:
    return with_everything(public_pages(SubregionPage.objects).order_by("title").values_list("slug", "title"))


def municipality_choices() -> list:
    return with_everything(Municipality.objects.order_by("name").values_list("slug", "name"))


def theme_choices() -> list:
    return with_everything(Theme.objects.values_list("slug", "name"))
