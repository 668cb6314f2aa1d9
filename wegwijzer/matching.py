"""Matching answers to the local offer: one scored query per content type, widened step by step when nothing fits.

Every item gets a *nearness* (0 in the visitor's municipality, 1 elsewhere in its subregion, 2 online, 3 elsewhere
in the region) and a *relevance* (how many of the chosen options' themes, kinds and preferences it meets). The
options' requirements filter; the nearest level that has anything is shown, most relevant first. When even the
whole region has nothing, the requirements and topics are let go, and the page says so.
"""

from dataclasses import dataclass
from datetime import time
from functools import cached_property, reduce
from operator import add, and_, or_

from django.db.models import Case, Exists, F, OuterRef, Prefetch, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from herstelnetwerk import gazetteer, plugins
from herstelnetwerk.agenda.models import ActivityPage, Registration
from herstelnetwerk.socialmap.models import Cost, Location, OpeningHours, Organisation, Service
from herstelnetwerk.visibility import public_pages

from .blocks import Flag
from .sources import next_occurrences

HERE, NEARBY, ONLINE, REGION, RELAXED = range(5)
EVENING_STARTS = time(17)
AGENDA_DAYS = 14
THEME_WEIGHT = KIND_WEIGHT = 2


@dataclass(frozen=True)
class Found:
    """What a section shows, and how far it had to widen: one of HERE, NEARBY, ONLINE, REGION, RELAXED."""

    items: list
    level: int

    @property
    def widened(self) -> bool:
        return self.level > HERE


def weighted(conditions) -> Case | Value:
    """The sum of the weights of the conditions an item meets, as one SQL expression."""
    parts = [Case(When(condition, then=Value(weight)), default=Value(0)) for condition, weight in conditions]
    return reduce(add, parts) if parts else Value(0)


class Match:
    """The chosen options of a visitor's answers, turned into queries."""

    def __init__(self, questionnaire, answers):
        options = questionnaire.chosen(answers)
        self.answers = answers
        self.themes = sorted({slug for option in options for slug in option.themes})
        self.activity_types = sorted({kind for option in options for kind in option.activity_types})
        self.organisation_kinds = sorted({kind for option in options for kind in option.organisation_kinds})
        self.requires = {flag for option in options for flag in option.requires}
        self.prefers = {flag for option in options for flag in option.prefers} - self.requires

    @cached_property
    def municipality(self):
        """The ``Municipality`` of the place answered (with its subregion), or None."""
        name = self.answers.municipality_name
        return gazetteer.municipality(name) if name else None

    # Activities

    def activity_flags(self) -> dict[str, Q]:
        return {
            Flag.WALK_IN: Q(registration=Registration.NONE),
            Flag.FREE: Q(is_free=True),
            Flag.WHEELCHAIR: Q(location__wheelchair_accessible=True),
            Flag.ONLINE: ~Q(online_url=""),
            Flag.FOR_RELATIVES: Q(for_relatives=True),
            Flag.FOR_PROFESSIONALS: Q(for_professionals=True),
        }

    def activity_topic(self) -> Q | None:
        """True for an activity with a chosen theme or kind; None when no option names themes or kinds."""
        theme = Q(
            Exists(
                ActivityPage.themes.through.objects.filter(
                    activitypage=OuterRef("pk"), theme__slug__in=self.themes
                )
            )
        )
        kind = Q(activity_type__in=self.activity_types)
        parts = [q for q, wanted in ((theme, self.themes), (kind, self.activity_types)) if wanted]
        return reduce(or_, parts) if parts else None

    def activities(self, relaxed=False):
        activities = public_pages(ActivityPage.objects)
        if relaxed:
            return activities
        flags = self.activity_flags()
        for flag in self.requires & flags.keys():
            activities = activities.filter(flags[flag])
        topic = self.activity_topic()
        return activities.filter(topic) if topic is not None else activities

    def activity_scores(self, activities) -> dict[int, tuple[int, int]]:
        """Activity pk -> (nearness, relevance): the one scored query for activities."""
        flags = self.activity_flags()
        topic = [(self.activity_topic(), THEME_WEIGHT)] if self.themes or self.activity_types else []
        relevance = weighted([*topic, *((flags[flag], 1) for flag in self.prefers & flags.keys())])
        rows = activities.annotate(nearness=self.activity_nearness(), relevance=relevance).values_list(
            "pk", "nearness", "relevance"
        )
        return {pk: (near, score) for pk, near, score in rows}

    def activity_nearness(self):
        municipality = self.municipality
        return self.nearness(
            Q(location__municipality=municipality),
            Q(location__municipality__subregion=municipality and municipality.subregion_id),
            ~Q(online_url=""),
        )

    def fits_time(self, start) -> bool:
        """Whether an occurrence starting at ``start`` meets the required times of day or week (any of them)."""
        times = self.requires & Flag.TIMES
        if not times:
            return True
        evening = start.time() >= EVENING_STARTS
        return (
            (Flag.WEEKEND in times and start.weekday() >= 5)
            or (Flag.EVENING in times and evening)
            or (Flag.DAYTIME in times and not evening)
        )

    def occurrences(self, limit=5) -> Found:
        found = self._occurrences(limit, relaxed=False)
        return found if found.items else self._occurrences(limit, relaxed=True)

    def _occurrences(self, limit, relaxed) -> Found:
        """The nearest ring's schedules are expanded first, the next ring's only when it has nothing: on a large
        region, usually just the activities of one municipality are expanded."""
        activities = self.activities(relaxed).select_related("location__municipality")
        scores = self.activity_scores(activities)

        def choose(candidates):
            first_of_each = {}
            for candidate in candidates:
                if relaxed or self.fits_time(candidate.start):
                    first_of_each.setdefault(candidate.activity_id, candidate)
            ranked = sorted(
                first_of_each.values(),
                key=lambda item: (item.start.date(), -scores[item.activity_id][1], item.start),
            )
            return ranked[:limit]

        for level in sorted({nearness for nearness, _relevance in scores.values()}):
            ring = activities.alias(nearness=self.activity_nearness()).filter(nearness=level)
            if items := next_occurrences(ring, AGENDA_DAYS, choose):
                return Found(items, RELAXED if relaxed else level)
        return Found([], RELAXED)

    # Organisations

    def organisation_flags(self) -> dict[str, Q]:
        pk = OuterRef("pk")
        opening = OpeningHours.objects.filter(location__organisation=pk)
        return {
            Flag.WALK_IN: Q(walk_in=True),
            Flag.FREE: Q(Exists(Service.objects.filter(organisation=pk, cost=Cost.FREE))),
            Flag.WHEELCHAIR: Q(Exists(Location.objects.filter(organisation=pk, wheelchair_accessible=True))),
            Flag.ONLINE: ~Q(website=""),
            Flag.DAYTIME: Q(Exists(opening.filter(opens__lt=EVENING_STARTS))),
            Flag.EVENING: Q(Exists(opening.filter(closes__gt=EVENING_STARTS))),
            Flag.WEEKEND: Q(Exists(opening.filter(weekday__gte=5))),
        }

    def organisation_topic(self) -> Q | None:
        pk = OuterRef("pk")
        themes = Q(
            Exists(Organisation.themes.through.objects.filter(organisation=pk, theme__slug__in=self.themes))
        ) | Q(
            Exists(
                Service.themes.through.objects.filter(service__organisation=pk, theme__slug__in=self.themes)
            )
        )
        kind = Q(kind__in=self.organisation_kinds)
        parts = [q for q, wanted in ((themes, self.themes), (kind, self.organisation_kinds)) if wanted]
        return reduce(or_, parts) if parts else None

    def organisations(self, limit=4) -> Found:
        """The one scored query for organisations: those that meet the requirements first (when none does, the
        requirements are let go), then the nearest, walk-in, free and most relevant."""
        flags = self.organisation_flags()
        topic = self.organisation_topic()
        requirements = [flags[flag] for flag in (self.requires - Flag.TIMES) & flags.keys()]
        if times := self.requires & Flag.TIMES:
            requirements.append(reduce(or_, (flags[flag] for flag in times)))
        if topic is not None:
            requirements.append(topic)
        served = Organisation.municipalities_served.through.objects.filter(organisation=OuterRef("pk"))
        places = Location.objects.filter(organisation=OuterRef("pk"))
        municipality = self.municipality
        subregion_id = municipality and municipality.subregion_id
        nearness = self.nearness(
            Q(Exists(served.filter(municipality=municipality)))
            | Q(Exists(places.filter(municipality=municipality))),
            Q(Exists(served.filter(municipality__subregion=subregion_id)))
            | Q(Exists(places.filter(municipality__subregion=subregion_id))),
        )
        relevance = weighted(
            [
                *([(topic, KIND_WEIGHT)] if topic is not None else []),
                *((flags[flag], 1) for flag in self.prefers & flags.keys()),
            ]
        )
        ranked = (
            Organisation.objects.live()
            .annotate(
                fits=weighted([(reduce(and_, requirements), 1)]) if requirements else Value(1),
                nearness=nearness,
                relevance=relevance,
                free=weighted([(flags[Flag.FREE], 1)]),
            )
            .order_by("-fits", "nearness", "-walk_in", "-free", "-relevance", "name")
            .prefetch_related(self.nearest_place())[:limit]
        )
        items = list(ranked)
        if not items:
            return Found([], RELAXED)
        first = items[0]
        shown = [item for item in items if (item.fits, item.nearness) == (first.fits, first.nearness)]
        return Found(shown, first.nearness if first.fits else RELAXED)

    def nearest_place(self) -> Prefetch:
        """Each organisation's one place shown (in the visitor's municipality if it has one there), with its
        opening hours today: the first place per organisation by a window function, however many it has."""
        municipality = self.municipality
        order = [F("name").asc()]
        if municipality is not None:
            order.insert(0, Case(When(municipality=municipality, then=Value(0)), default=Value(1)).asc())
        first = Window(RowNumber(), partition_by=F("organisation_id"), order_by=order)
        places = (
            Location.objects.select_related("municipality")
            .prefetch_related(
                Prefetch(
                    "opening_hours",
                    queryset=OpeningHours.objects.filter(weekday=timezone.localdate().weekday()),
                    to_attr="hours_today_shown",
                )
            )
            .annotate(place_rank=first)
            .filter(place_rank=1)
        )
        return Prefetch("locations", queryset=places, to_attr="places_shown")

    # Stories and the rest

    def stories(self, occurrences, limit=3) -> list:
        """Content sharing a theme (stories, through the core's hook): the chosen themes, else the activities'."""
        themes = self.themes or sorted(
            set(
                ActivityPage.themes.through.objects.filter(
                    activitypage__in=[item.activity.pk for item in occurrences]
                ).values_list("theme__slug", flat=True)
            )
        )
        if not themes:
            return []
        subregion = self.municipality.subregion_id if self.municipality else None
        return plugins.collect(plugins.RELATED_CONTENT, themes, subregion, limit)[:limit]

    def nearness(self, here: Q, nearby: Q, online: Q | None = None):
        if self.municipality is None:
            return Value(HERE)
        whens = [When(here, then=Value(HERE)), When(nearby, then=Value(NEARBY))]
        if online is not None:
            whens.append(When(online, then=Value(ONLINE)))
        return Case(*whens, default=Value(REGION))
