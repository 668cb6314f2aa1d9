from django import forms
from django.utils.translation import gettext_lazy as _

from .engines.base import MAX_QUERY_LENGTH, SearchQuery


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    type = forms.MultipleChoiceField(required=False)
    subregion = forms.MultipleChoiceField(required=False)
    theme = forms.MultipleChoiceField(required=False)

    def __init__(self, *args, types, subregions, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [(key, str(item.label)) for key, item in types.items()]
        self.fields["subregion"].choices = [(slug, title) for slug, title in subregions]
        self.fields["theme"].choices = [(slug, name) for slug, name in themes]

    def clean_q(self):
        text = self.cleaned_data["q"]
        if len(text) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(
                _("Use at most %(max)s characters. We searched for the first %(max)s.")
                % {"max": MAX_QUERY_LENGTH}
            )
        return text

    def query(self, page: int) -> SearchQuery:
        """The query from the valid fields; a too long text is cut, unknown facet values are dropped."""
        self.is_valid()
        data = self.cleaned_data
        raw = self.data.get("q", "") if "q" in self.errors else data.get("q", "")
        return SearchQuery(
            text=printable(raw[:MAX_QUERY_LENGTH]).strip(),
            types=frozenset(data.get("type", ())),
            subregions=frozenset(data.get("subregion", ())),
            themes=frozenset(data.get("theme", ())),
            page=page,
        )


def printable(text: str) -> str:
    """The text without control characters (a NUL is refused by PostgreSQL and means nothing to a visitor)."""
    return "".join(char for char in text if char.isprintable() or char == " ")
