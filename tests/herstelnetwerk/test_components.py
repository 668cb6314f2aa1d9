"""The shared form components render accessible, valid markup."""

from django import forms
from django.template.loader import render_to_string


class ExampleForm(forms.Form):
    name = forms.CharField(label="Naam", help_text="Je voornaam is genoeg.")


def test_form_field_links_help_and_errors_once():
    form = ExampleForm(data={"name": ""})
    html = render_to_string("components/form_field.html", {"field": form["name"]})

    assert html.count('id="id_name_error"') == 1
    assert html.count('id="id_name_helptext"') == 1
    assert 'aria-describedby="id_name_helptext id_name_error"' in html
    assert 'aria-invalid="true"' in html
    assert '<label for="id_name">' in html
