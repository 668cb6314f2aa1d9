"""A wagtail-modeladmin base whose lists filter only by what they declare.

wagtail-modeladmin's index view passes every query-string parameter it does not know to ``QuerySet.filter()``, so
``?track__owner__password__startswith=pbkdf2`` filtered a list by a user's password hash, one character at a time,
and an unknown field gave a server error. Here only the parameters of the declared ``list_filter`` reach the
queryset (search, ordering and pagination have their own parameters); everything else is ignored, and a declared
filter given a value it cannot use shows the unfiltered list instead of an error (and a search, whatever it holds).
"""

from django.contrib.admin.filters import FieldListFilter
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import get_fields_from_path
from django.db import models
from django.http import HttpResponseRedirect
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import IndexView, InspectView


class DeclaredFiltersIndexView(IndexView):
    def get_filters_params(self, params=None):
        lookup_params = super().get_filters_params(params)
        declared = self.declared_filter_parameters()
        return {key: value for key, value in lookup_params.items() if key in declared}

    def declared_filter_parameters(self) -> set[str]:
        """The query-string parameters the declared list filters read (for ``field``: ``field__exact``, ...)."""
        names = set()
        for list_filter in self.list_filter or ():
            if callable(list_filter):
                spec = list_filter(self.request, {}, self.model, self.model_admin)
            else:
                field, filter_class = (
                    list_filter
                    if isinstance(list_filter, (tuple, list))
                    else (list_filter, FieldListFilter.create)
                )
                field_path = None
                if not isinstance(field, models.Field):
                    field_path, field = field, get_fields_from_path(self.model, field)[-1]
                spec = filter_class(
                    field, self.request, {}, self.model, self.model_admin, field_path=field_path
                )
            names.update(spec.expected_parameters())
        return names

    def get_search_results(self, request, queryset, search_term):
        # PostgreSQL refuses NUL in text; nobody types one.
        return super().get_search_results(request, queryset, search_term.replace("\x00", ""))

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except IncorrectLookupParameters:
            # A declared filter with a value it cannot use (``?created_at__gte=not-a-date``): show the whole list.
            return HttpResponseRedirect(request.path)


class PlainInspectView(InspectView):
    """wagtail-modeladmin's inspect view in plain Dutch: "Gegevens" instead of "Bezig met inspecteren", labels that
    start with a capital, "Ja"/"Nee" instead of True/False and an empty value instead of "None"."""

    page_title = _("Details")

    def get_meta_title(self):
        return _("Details of %(object)s") % {"object": self.verbose_name}

    def get_field_label(self, field_name, field=None):
        return capfirst(super().get_field_label(field_name, field))

    def get_field_display_value(self, field_name, field=None):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        return self.model_admin.get_empty_value_display(field_name) if value is None else value


class DeclaredFiltersModelAdmin(ModelAdmin):
    """Use instead of ``ModelAdmin`` for every list: see the module's docstring."""

    index_view_class = DeclaredFiltersIndexView
    inspect_view_class = PlainInspectView
