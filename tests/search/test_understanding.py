"""Reading a query: places from the core's gazetteer, kinds and themes from everyday words, crisis words."""

import pytest

from herstelnetwerk import gazetteer
from herstelnetwerk.lexicon import phrases_in
from search.crisis import CRISIS_PHRASES, is_crisis


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("inloop Julianadorp", "Den Helder"),
        ("iets in Den Burg", "Texel"),
        ("Egmond aan Zee wandelen", "Bergen"),
        ("heerhugowaard", "Dijk en Waard"),
        ("'t Zand", "Schagen"),
        ("lotgenoten in Winkel", "Hollands Kroon"),
    ],
)
def test_a_town_leads_to_its_municipality(text, municipality):
    assert gazetteer.find_places(text)[0].municipality == municipality


def test_the_longest_name_wins_and_everyday_words_are_not_places():
    assert [place.name for place in gazetteer.find_places("egmond aan zee")] == ["Egmond aan Zee"]
    assert gazetteer.find_places("een winkel met tweedehands kleding") == []  # "winkel" is a shop here
    assert gazetteer.find_places("groet") == []


@pytest.mark.parametrize(
    ("postcode", "municipality"),
    [("1781", "Den Helder"), ("1791 AB", "Texel"), ("1623", "Hoorn"), ("1851", "Heiloo"), ("1012", None)],
)
def test_a_postcode_leads_to_its_municipality(postcode, municipality):
    assert gazetteer.municipality_for_postcode(postcode) == municipality


def test_every_town_and_postcode_belongs_to_one_municipality():
    owners = {}
    for municipality, (towns, ranges) in gazetteer.MUNICIPALITIES.items():
        for town in towns:
            assert owners.setdefault(gazetteer.name_key(town), municipality) == municipality, town
        for low, high in ranges:
            for number in range(low, high + 1):
                assert gazetteer.municipality_for_postcode(str(number)) == municipality, number
    assert len(gazetteer.MUNICIPALITIES) == 17


def test_phrases_are_found_as_whole_words_longest_first():
    assert phrases_in("Ik hoor stemmen horen soms", ["stemmen horen", "horen"]) == [("stemmen horen", 2, 4)]
    assert phrases_in("burn-out", ["burn-out"]) == [("burn-out", 0, 2)]
    assert phrases_in("rood", ["rood staan"]) == []


# Reviewed list: every phrase is recognised, and everyday sentences about grief or a shop are not a crisis.
@pytest.mark.parametrize("phrase", CRISIS_PHRASES)
def test_every_crisis_phrase_is_recognised(phrase):
    assert is_crisis(phrase)
    assert is_crisis(f"ik {phrase.upper()} help")


@pytest.mark.parametrize(
    "text", ["rouw na de dood van mijn vader", "dood moe", "leven met angst", "meer zin in het leven"]
)
def test_everyday_sentences_are_not_a_crisis(text):
    assert not is_crisis(text)


@pytest.mark.parametrize("text", ["zelfmoord", "Zelfdoding", "ik wil dood", "niet meer leven", "suïcidaal"])
def test_crisis_queries_show_the_crisis_lines_above_what_helps(client, home_page, text):
    html = client.get("/zoeken/", {"q": text}).content.decode()

    assert 'class="crisis-help"' in html
    assert "0800-0113" in html and 'href="tel:112"' in html
