"""Every combination of the demo's answers leads somewhere: matching items, or a widened result that says so."""

import itertools
from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from wegwijzer.answers import Questionnaire
from wegwijzer.flow import widening_note
from wegwijzer.matching import HERE, Match
from wegwijzer.models import WegwijzerPage

pytestmark = pytest.mark.django_db

#: No place, a village, a postcode, and an island with little offer.
PLACES = ["", "Julianadorp", "1741", "Texel"]


def test_every_combination_of_the_demo_finds_something_or_says_it_widened(demo):
    """Every need with every condition in every kind of place. "For whom" only reorders (its options require
    nothing), so its answers take turns rather than multiplying the combinations."""
    questionnaire = Questionnaire(WegwijzerPage.objects.get())
    options = {question.key: ["", *question.options] for question in questionnaire.questions}
    assert set(options) == {"who", "place", "need", "fit", "theme"}
    assert not any(option.requires for option in questionnaire.question("who").options.values())
    combinations = list(itertools.product(options["need"], options["fit"], PLACES))
    for number, (need, fit, place) in enumerate(combinations):
        who = options["who"][number % len(options["who"])]
        given = {"who": who, "need": need, "fit": fit, "place": place}
        answers = questionnaire.read(
            QueryDict(urlencode({key: value for key, value in given.items() if value}))
        )
        match = Match(questionnaire, answers)
        sections = [match.occurrences(), match.organisations()]
        assert any(found.items for found in sections), answers
        for found in sections:
            if found.level > HERE and match.municipality is not None:
                assert widening_note(found.level, match), answers
    assert len(combinations) == 7 * 8 * len(PLACES)
    # The theme question, one theme at a time (the demo is loaded once: it takes a while).
    for theme in questionnaire.question("theme").options:
        match = Match(questionnaire, questionnaire.read(QueryDict(f"theme={theme}&place=Julianadorp")))
        assert match.occurrences().items or match.organisations().items, theme
