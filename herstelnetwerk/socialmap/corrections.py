"""Suggest a correction: a short form on organisation and activity pages that becomes a task for the editors.

Spam is turned away without third parties: a hidden field people leave empty, a signed start time (a form sent
within seconds of showing it is a bot's), and a per-address limit.

The form has no CSRF token: its token would set a cookie on every organisation and activity page, and no shared cache
could keep them. A forged suggestion could do nothing the forger cannot do directly (it carries no one's session or
rights, and an editor reads it before anything changes), so there is nothing for the token to protect.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from herstelnetwerk.honeypot import HoneypotMixin
from herstelnetwerk.ratelimit import over_limit
from herstelnetwerk.visibility import public_pages

from .models import Correction, Organisation

SALT = "socialmap.correction"
MAX_AGE_SECONDS = 7 * 24 * 60 * 60  # a page may be cached for a while


def started_token() -> str:
    return signing.dumps(time.time(), salt=SALT)


class CorrectionForm(HoneypotMixin):
    message = forms.CharField(
        label=_("What is wrong?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 4})
    )
    email = forms.EmailField(
        label=_("Your e-mail (optional)"),
        required=False,
        help_text=_("Only if you would like an answer. Only the editors see it."),
    )
    organisation = forms.SlugField(required=False, widget=forms.HiddenInput)
    page = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1, widget=forms.HiddenInput)
    started = forms.CharField(widget=forms.HiddenInput, max_length=200)

    def clean_started(self):
        try:
            started = signing.loads(self.cleaned_data["started"], salt=SALT, max_age=MAX_AGE_SECONDS)
        except (signing.BadSignature, TypeError, ValueError) as error:
            raise forms.ValidationError(_("This form has expired. Reload the page and try again.")) from error
        if (
            not isinstance(started, int | float)
            or time.time() - started < settings.SOCIALMAP_CORRECTION_MIN_SECONDS
        ):
            raise forms.ValidationError(_("This form could not be sent."))
        return started

    def clean(self):
        data = super().clean()
        if bool(data.get("organisation")) == bool(data.get("page")):
            raise forms.ValidationError(_("This form could not be sent."))
        return data


def item(data):
    """The organisation or live, public page the correction is about (404 when there is none)."""
    if data["organisation"]:
        return {"organisation": get_object_or_404(Organisation, slug=data["organisation"])}
    page = get_object_or_404(public_pages(Page.objects), pk=data["page"])
    return {"page": page}


@csrf_exempt
@require_POST
def suggest(request):
    if over_limit(request, "socialmap:correction", settings.SOCIALMAP_CORRECTION_LIMIT):
        return TemplateResponse(request, "socialmap/correction_limited.html", status=429)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, "socialmap/correction_sent.html", {"form": form}, status=400)
    Correction.objects.create(
        **item(form.cleaned_data), message=form.cleaned_data["message"], email=form.cleaned_data["email"]
    )
    return TemplateResponse(request, "socialmap/correction_sent.html", {"form": None})
