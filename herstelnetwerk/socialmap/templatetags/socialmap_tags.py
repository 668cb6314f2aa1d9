from urllib.parse import quote

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def organisation_facts(organisation):
    """Short facts for a card: free, walk-in, no referral needed (annotated by ``listing.with_facts``)."""
    facts = []
    if organisation.offers_free_help:
        facts.append(_("Free help"))
    if organisation.walk_in:
        facts.append(_("Walk in without an appointment"))
    if organisation.offers_help_without_referral:
        facts.append(_("No referral needed"))
    return facts


@register.filter
def map_link(place):
    """A link to the place on OpenStreetMap: at its coordinates, or a search for its address."""
    if place.latitude is not None and place.longitude is not None:
        lat, lng = f"{place.latitude:f}", f"{place.longitude:f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=17/{lat}/{lng}"
    return "https://www.openstreetmap.org/search?query=" + quote(f"{place.street_address} {place.city}")


@register.inclusion_tag("socialmap/includes/suggest_correction.html", takes_context=True)
def suggest_correction(context, organisation=None, page=None):
    """The "suggest a correction" form for an organisation or a page, with a fresh signed start time."""
    from herstelnetwerk.socialmap.corrections import CorrectionForm, started_token

    initial = {"started": started_token(), "organisation": organisation.slug if organisation else ""}
    if page is not None:
        initial["page"] = page.pk
    return {"form": CorrectionForm(initial=initial), "csrf_token": context.get("csrf_token")}
