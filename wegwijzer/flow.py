"""The visitor's way through the wegwijzer: one question per screen, then the result. GET only, nothing stored."""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext as _

from herstelnetwerk import gazetteer

from . import counting
from .answers import Questionnaire
from .matching import HERE, NEARBY, ONLINE, REGION, RELAXED, Match


def step_number(query, count) -> int:
    try:
        number = int(query.get("step", "1"))
    except ValueError:
        return 1
    return min(max(number, 1), count)


def step_context(page, request) -> dict:
    questionnaire = Questionnaire(page)
    questions = questionnaire.questions
    if not questions:
        return {"questions": []}
    answers = questionnaire.read(request.GET)
    number = step_number(request.GET, len(questions))
    question = questions[number - 1]
    back_to_result = request.GET.get("then") == "result"
    to_result = back_to_result or number == len(questions)
    follow = {} if to_result else {"step": number + 1}
    action = page.result_url if to_result else page.url
    chosen = answers.values(question.key)
    if back_to_result:
        back_url = f"{page.result_url}?{answers.query()}"
    elif number > 1:
        back_url = f"{page.url}?{answers.query(step=number - 1)}"
    else:
        back_url = None
    return {
        "questions": questions,
        "question": question,
        "number": number,
        "answers": answers,
        "options": [(option, option.value in chosen) for option in question.options.values()],
        "action": action,
        "hidden": [*answers.pairs(leave_out=(question.key,)), *follow.items()],
        "skip_url": f"{action}?{answers.without(question.key).query(**follow)}",
        "back_url": back_url,
        "back_to_result": back_to_result,
        "result_now_url": f"{page.result_url}?{answers.query()}",
        "to_result": to_result,
        "place_names": place_names() if question.key == "place" else (),
    }


def place_names() -> list[str]:
    """Every municipality, town and village of the region, for the place field's suggestions."""
    names = {
        name
        for municipality in gazetteer.MUNICIPALITIES
        for name in (municipality, *gazetteer.towns_of(municipality))
    }
    return sorted(names)


def result_context(page, request) -> dict:
    questionnaire = Questionnaire(page)
    answers = questionnaire.read(request.GET)
    match = Match(questionnaire, answers)
    occurrences = match.occurrences()
    organisations = match.organisations()
    for organisation in organisations.items:
        organisation.public_url = organisation.get_url(request)
    if not getattr(request, "is_preview", False):
        found_nearby = HERE in (occurrences.level, organisations.level)
        place = match.municipality.name if match.municipality else ""
        counting.record(answers.need, place, found_nearby)
    share_url = request.build_absolute_uri(f"{page.result_url}?{answers.query()}")
    return {
        "answers": answers,
        "chips": chips(page, questionnaire, answers, match),
        "municipality": match.municipality,
        "unknown_place": answers.place if answers.place and match.municipality is None else "",
        "occurrences": occurrences,
        "occurrences_note": widening_note(occurrences.level, match),
        "organisations": organisations,
        "organisations_note": widening_note(organisations.level, match),
        "stories": match.stories(occurrences.items),
        "share_url": share_url,
        "mailto": "mailto:?"
        + urlencode({"subject": _("My result in the wegwijzer"), "body": share_url}, quote_via=quote),
    }


def chips(page, questionnaire, answers, match) -> list[dict]:
    """Each question with the answer given, a link to change it and, when answered, one to remove it."""
    found = []
    for number, question in enumerate(questionnaire.questions, start=1):
        if question.key == "place":
            labels = [place_label(answers.place, match.municipality)] if answers.place else []
        else:
            labels = [question.options[value].label for value in answers.values(question.key)]
        found.append(
            {
                "question": question.heading,
                "answer": ", ".join(labels),
                "change_url": f"{page.url}?{answers.query(step=number, then='result')}",
                "remove_url": f"{page.result_url}?{answers.without(question.key).query()}" if labels else "",
            }
        )
    return found


def place_label(place, municipality) -> str:
    if municipality is None or place.casefold() == municipality.name.casefold():
        return place
    return _("%(place)s (municipality of %(municipality)s)") % {
        "place": place,
        "municipality": municipality.name,
    }


def widening_note(level, match) -> str:
    """What a section says when it had to look further than the place asked for, in plain words."""
    municipality = match.municipality
    if level == RELAXED:
        return _("Nothing fits all your answers. This is what there is. You can change your answers above.")
    if municipality is None or level == HERE:
        return ""
    names = {
        "in_municipality": gazetteer.in_place(municipality.name),
        "in_subregion": gazetteer.in_place(municipality.subregion.title),
    }
    return {
        NEARBY: _("Nothing %(in_municipality)s fits. This is nearby, %(in_subregion)s."),
        ONLINE: _("Nothing %(in_subregion)s fits. This is online: you can join from home."),
        REGION: _("Nothing %(in_subregion)s fits. This is elsewhere in Noord-Holland-Noord."),
    }[level] % names
