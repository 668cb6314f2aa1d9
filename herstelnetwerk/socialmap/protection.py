"""An organisation that activities name as their organiser is not deleted: the editor is told which ones first."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

#: How many activities the message names before "and N more".
NAMED = 5


def refuse_deletion(request, instances):
    """``before_delete_snippet``: a redirect with an explanation when an organisation is still an organiser."""
    from .models import Organisation

    organisations = [instance for instance in instances if isinstance(instance, Organisation)]
    if not organisations:
        return None
    for organisation in organisations:
        titles = list(organisation.activities.order_by("title").values_list("title", flat=True))
        if not titles:
            continue
        named = ", ".join(titles[:NAMED])
        if len(titles) > NAMED:
            named = format_lazy(_("{named} and {count} more"), named=named, count=len(titles) - NAMED)
        messages.error(
            request,
            format_lazy(
                _(
                    "{organisation} cannot be deleted: it organises these activities: {activities}. "
                    "Choose another organiser for them first, or delete them."
                ),
                organisation=organisation.name,
                activities=named,
            ),
        )
        return redirect(reverse("wagtailsnippets_socialmap_organisation:edit", args=[organisation.pk]))
    return None
