"""Answers live in the address: read strictly (unknown values dropped), written back in a fixed order."""

import pytest
from django.http import QueryDict

from wegwijzer.answers import MAX_PLACE_LENGTH, Answers, Questionnaire

pytestmark = pytest.mark.django_db


def read(wegwijzer, query):
    return Questionnaire(wegwijzer).read(QueryDict(query))


def test_the_url_round_trips(wegwijzer):
    answers = read(wegwijzer, "fit=avond&need=praten&need=ontmoeten&who=naaste&place=Julianadorp&theme=angst")
    query = answers.query()
    assert query == "who=naaste&place=Julianadorp&need=praten&need=ontmoeten&fit=avond&theme=angst"
    assert read(wegwijzer, query) == answers
    assert read(wegwijzer, answers.query(step=3, then="result")) == answers


def test_unknown_values_are_dropped_and_known_ones_kept(wegwijzer):
    answers = read(
        wegwijzer,
        "who=iedereen&who=mezelf&need=ontmoeten&need=<script>&need=ontmoeten&fit=avond&fit=nacht&theme=onbekend",
    )
    assert answers == Answers(who="mezelf", need=("ontmoeten",), fit=("avond",))


def test_a_single_answer_question_keeps_the_first_valid_value(wegwijzer):
    assert read(wegwijzer, "who=naaste&who=mezelf").who == "naaste"


def test_place_is_trimmed_and_bounded(wegwijzer):
    assert read(wegwijzer, "place=%20%20Den%20%20Helder%20").place == "Den Helder"
    assert len(read(wegwijzer, "place=" + "a" * 500).place) == MAX_PLACE_LENGTH


@pytest.mark.parametrize(
    ("place", "municipality"),
    [
        ("Julianadorp", "Den Helder"),
        ("julianadorp", "Den Helder"),
        ("1781", "Den Helder"),
        ("1781 AB", "Den Helder"),
        ("Wieringerwerf", "Hollands Kroon"),
        ("Schagen", "Schagen"),
        ("Amsterdam", None),
        ("1011", None),
        ("", None),
    ],
)
def test_a_village_or_postcode_finds_its_municipality(place, municipality):
    assert Answers(place=place).municipality_name == municipality


def test_without_a_question_the_theme_answer_is_ignored(wegwijzer):
    wegwijzer.questions = [block for block in wegwijzer.questions.raw_data if block["type"] != "theme"]
    wegwijzer.save()
    assert read(wegwijzer, "theme=angst&need=praten") == Answers(need=("praten",))
