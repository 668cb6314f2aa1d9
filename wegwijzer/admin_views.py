"""Editors' views: try a combination of answers and see what it returns (and why), and what visitors ask."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from . import counting
from .answers import Questionnaire
from .flow import place_names, widening_note
from .matching import Match
from .models import WegwijzerPage


def try_answers(request):
    """Every question on one screen; the items the answers return, with their nearness and relevance."""
    page = get_object_or_404(WegwijzerPage.objects.order_by("pk")[:1])
    questionnaire = Questionnaire(page)
    answers = questionnaire.read(request.GET)
    context = {
        "page": page,
        "questions": [
            (
                question,
                [
                    (option, option.value in answers.values(question.key))
                    for option in question.options.values()
                ],
            )
            for question in questionnaire.questions
        ],
        "answers": answers,
        "place_names": place_names(),
        "header_title": _("Try the wegwijzer"),
    }
    if request.GET:
        match = Match(questionnaire, answers)
        occurrences, organisations = match.occurrences(limit=10), match.organisations(limit=10)
        context.update(
            match=match,
            occurrences=occurrences,
            occurrences_note=widening_note(occurrences.level, match),
            organisations=organisations,
            organisations_note=widening_note(organisations.level, match),
            stories=match.stories(occurrences.items),
            public_url=f"{page.result_url}?{answers.query()}",
        )
    return TemplateResponse(request, "wegwijzer/admin/try_answers.html", context)


def asked_report(request):
    if not request.user.has_perm("wegwijzer.view_askedcount"):
        raise PermissionDenied
    context = {**counting.report(), "header_title": _("Asked in the wegwijzer")}
    return TemplateResponse(request, "wegwijzer/admin/asked_report.html", context)
