"""Matching: requirements filter, relevance orders, and the place widens step by step, saying so."""

from datetime import time, timedelta

import pytest
from django.http import QueryDict
from django.utils import timezone

from tests.agenda.factories import AgendaPageFactory, LocationFactory, weekly
from tests.socialmap.factories import OrganisationFactory, PlaceFactory, ServiceFactory
from wegwijzer.answers import Questionnaire
from wegwijzer.flow import widening_note
from wegwijzer.matching import HERE, NEARBY, ONLINE, REGION, RELAXED, Match

pytestmark = pytest.mark.django_db
EVERY_DAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def match(wegwijzer, query):
    questionnaire = Questionnaire(wegwijzer)
    return Match(questionnaire, questionnaire.read(QueryDict(query)))


@pytest.fixture
def agenda(home_page):
    return AgendaPageFactory(parent=home_page)


def activity(agenda, municipality=None, online=False, **fields):
    location = LocationFactory(municipality=municipality, city=municipality.name) if municipality else None
    return weekly(
        agenda,
        days=EVERY_DAY,
        start_date=timezone.localdate() - timedelta(days=7),
        location=location,
        online_url="https://meet.example/groep" if online or not location else "",
        **fields,
    )


def titles(found):
    return [item.activity.title for item in found.items]


@pytest.fixture
def widening(agenda, den_helder, kop):
    """A peer group in each ring around Schagen: the place, its subregion, online and elsewhere."""
    return {
        "here": activity(agenda, kop["schagen"], title="In Schagen", activity_type="lotgenotengroep"),
        "nearby": activity(
            agenda, kop["hollands_kroon"], title="In Hollands Kroon", activity_type="lotgenotengroep"
        ),
        "online": activity(agenda, title="Online", activity_type="lotgenotengroep"),
        "region": activity(agenda, den_helder, title="In Den Helder", activity_type="lotgenotengroep"),
    }


def test_the_place_widens_to_the_subregion_then_online_then_the_region(wegwijzer, widening):
    query = "place=Schagen&need=ontmoeten"
    steps = []
    for ring in ("here", "nearby", "online", "region"):
        found = match(wegwijzer, query).occurrences()
        steps.append((found.level, titles(found)))
        widening[ring].unpublish()
    assert steps == [
        (HERE, ["In Schagen"]),
        (NEARBY, ["In Hollands Kroon"]),
        (ONLINE, ["Online"]),
        (REGION, ["In Den Helder"]),
    ]
    found = match(wegwijzer, query).occurrences()
    assert (found.level, found.items) == (RELAXED, [])


def test_each_widening_is_said_plainly(wegwijzer, kop):
    subject = match(wegwijzer, "place=Sint+Maarten")
    assert subject.municipality == kop["schagen"]
    assert widening_note(HERE, subject) == ""
    assert "Schagen" in widening_note(NEARBY, subject)
    assert "Kop van Noord-Holland" in widening_note(ONLINE, subject)
    assert "Kop van Noord-Holland" in widening_note(REGION, subject)
    assert widening_note(RELAXED, subject)


def test_without_a_place_the_whole_region_is_near(wegwijzer, widening):
    found = match(wegwijzer, "need=ontmoeten").occurrences()
    assert found.level == HERE
    assert set(titles(found)) == {"In Schagen", "In Hollands Kroon", "Online", "In Den Helder"}


def test_when_nothing_fits_the_requirements_are_let_go(wegwijzer, agenda, kop):
    activity(agenda, kop["schagen"], title="Creatief atelier", activity_type="creatief", is_free=False)
    found = match(wegwijzer, "place=Schagen&need=ontmoeten&fit=gratis").occurrences()
    assert (found.level, titles(found)) == (RELAXED, ["Creatief atelier"])


def test_the_evening_requirement_keeps_only_evening_occurrences(wegwijzer, agenda, kop):
    activity(agenda, kop["schagen"], title="Ochtendinloop", start_time=time(10), end_time=time(12))
    activity(agenda, kop["schagen"], title="Avondinloop", start_time=time(19), end_time=time(21))
    assert titles(match(wegwijzer, "place=Schagen&need=ontmoeten&fit=avond").occurrences()) == ["Avondinloop"]
    assert titles(match(wegwijzer, "place=Schagen&need=ontmoeten&fit=overdag").occurrences()) == [
        "Ochtendinloop"
    ]
    both = match(wegwijzer, "place=Schagen&need=ontmoeten&fit=overdag&fit=avond").occurrences()
    assert set(titles(both)) == {"Ochtendinloop", "Avondinloop"}


def test_activities_come_soonest_first_then_most_relevant(wegwijzer, agenda, kop):
    activity(
        agenda, kop["schagen"], title="Inloop", activity_type="inloop", start_time=time(20), end_time=time(21)
    )
    activity(
        agenda, kop["schagen"], title="Naastengroep", activity_type="lotgenotengroep", for_relatives=True
    )
    tomorrow_only = weekly(
        agenda,
        days=[(timezone.localdate() + timedelta(days=1)).strftime("%a").upper()[:2]],
        title="Morgen",
        activity_type="inloop",
        location=LocationFactory(municipality=kop["schagen"]),
        start_date=timezone.localdate() - timedelta(days=7),
    )
    found = titles(match(wegwijzer, "who=naaste&place=Schagen&need=ontmoeten").occurrences())
    assert found[:2] == ["Naastengroep", "Inloop"]  # both today: the one for relatives first
    assert found[2] == tomorrow_only.title


def test_organisations_walk_in_and_free_first_and_widening(wegwijzer, kop, den_helder):
    def organisation(name, municipality, walk_in=False, cost="paid"):
        found = OrganisationFactory(name=name, kind="herstel", walk_in=walk_in)
        PlaceFactory(organisation=found, municipality=municipality)
        ServiceFactory(organisation=found, cost=cost)
        return found

    organisation("Betaald", kop["schagen"])
    organisation("Gratis", kop["schagen"], cost="free")
    organisation("Binnenloop", kop["schagen"], walk_in=True)
    organisation("Buren", kop["hollands_kroon"], walk_in=True, cost="free")
    found = match(wegwijzer, "place=Schagen&need=ontmoeten").organisations()
    assert (found.level, [item.name for item in found.items]) == (HERE, ["Binnenloop", "Gratis", "Betaald"])
    found = match(wegwijzer, "place=Schagen&need=ontmoeten&fit=binnenlopen&fit=gratis").organisations()
    assert (found.level, [item.name for item in found.items]) == (NEARBY, ["Buren"])
    found = match(wegwijzer, "place=Julianadorp&need=ontmoeten&fit=binnenlopen&fit=gratis").organisations()
    assert (found.level, [item.name for item in found.items]) == (REGION, ["Buren"])


def test_organisations_match_by_theme_of_a_service_or_kind(wegwijzer, kop, themes):
    debts = OrganisationFactory(name="Schuldhulp", kind="overig")
    ServiceFactory(organisation=debts, themes=[themes["schulden"]])
    OrganisationFactory(name="Woningcorporatie", kind="woningcorporatie")
    OrganisationFactory(name="Sportclub", kind="vereniging")
    found = match(wegwijzer, "need=geld-werk-wonen").organisations()
    assert sorted(item.name for item in found.items) == ["Schuldhulp", "Woningcorporatie"]
