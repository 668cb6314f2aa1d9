"""The content checker of the editor's Checks panel and of the userbar, with the project's own rules.

Wagtail runs axe-core on the preview. Besides Wagtail's rules it now checks that images have a text alternative,
that lists are real lists, and that links with the same text go to the same place (so "klik hier" or "lees meer"
used for two different links is reported), and it reports alt texts that are only a file name or a word like
"afbeelding" or "foto".

A rule for one single "klik hier" link would need a check with its own JavaScript: Wagtail passes checks from Python
without code, and axe-core would compile a check written as text with ``new Function``, which the site's
Content-Security-Policy (``script-src 'self'``) rightly forbids.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

#: Alt texts that say nothing: a file name, an underscore, or only a word for "image".
VAGUE_ALT_TEXT = (
    r"\.(avif|gif|jpg|jpeg|png|svg|webp)$|_|^\s*(afbeelding|foto|plaatje|image|img|beeld)\s*\d*\s*$"
)


class ProjectContentChecker(ContentCheckerItem):
    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "identical-links-same-purpose",
        "list",
        "listitem",
    ]
    axe_custom_checks = [
        {**check, "options": {"pattern": VAGUE_ALT_TEXT}} if check["id"] == "check-image-alt-text" else check
        for check in ContentCheckerItem.axe_custom_checks
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without a text alternative"),
            "help_text": _("Describe what the image shows, or mark it as decorative"),
        },
        "identical-links-same-purpose": {
            "error_name": _("Links with the same text go to different places"),
            "help_text": _("Say where each link goes, instead of “klik hier” or “lees meer”"),
        },
        "list": {
            "error_name": _("List with other content than list items"),
            "help_text": _("Use the list buttons of the editor"),
        },
        "listitem": {
            "error_name": _("List item outside a list"),
            "help_text": _("Use the list buttons of the editor"),
        },
    }


def use_project_content_checker(request, items, page=None):
    """``construct_wagtail_userbar``: the userbar and the editor's Checks panel use the project's rules."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ProjectContentChecker):
            items[index] = ProjectContentChecker(in_editor=item.in_editor)
