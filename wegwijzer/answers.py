"""A visitor's answers: read from the query string (unknown values are dropped), and written back to it.

Nothing is stored: the answers live in the address, so a result can be kept, shared and printed.
"""

from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import urlencode

from herstelnetwerk import gazetteer

MAX_PLACE_LENGTH = 60
#: Query-string key of each question, in the order they are written to an address.
KEYS = ("who", "place", "need", "fit", "theme")


@dataclass(frozen=True)
class Option:
    """An answer with its mappings; the theme question's options are the themes themselves."""

    value: str
    label: str
    themes: frozenset = frozenset()
    activity_types: frozenset = frozenset()
    organisation_kinds: frozenset = frozenset()
    requires: frozenset = frozenset()
    prefers: frozenset = frozenset()

    @classmethod
    def from_block(cls, value):
        return cls(
            value=value["value"],
            label=value["label"],
            **{
                name: frozenset(value[name] or ())
                for name in ("themes", "activity_types", "organisation_kinds", "requires", "prefers")
            },
        )


@dataclass(frozen=True)
class Question:
    key: str
    heading: str
    help_text: str
    options: dict = field(default_factory=dict)

    @property
    def multiple(self) -> bool:
        return self.key in ("need", "fit", "theme")


class Questionnaire:
    """The questions of a wegwijzer page in the editors' order, with the themes as options of the theme question."""

    def __init__(self, page):
        self.page = page

    @cached_property
    def questions(self) -> list[Question]:
        from herstelnetwerk.models import Theme

        found = []
        for block in self.page.questions:
            if block.block_type == "theme":
                options = {
                    slug: Option(slug, name, themes=frozenset({slug})) for slug, name in Theme.choices()
                }
            else:
                options = {
                    option["value"]: Option.from_block(option) for option in block.value.get("options", ())
                }
            found.append(
                Question(block.block_type, block.value["heading"], block.value["help_text"], options)
            )
        return found

    def question(self, key) -> Question | None:
        return next((question for question in self.questions if question.key == key), None)

    def read(self, query) -> "Answers":
        """The answers in a query string, keeping only values that are options of a question on this page."""
        values = {}
        for question in self.questions:
            if question.key == "place":
                values["place"] = " ".join(query.get("place", "").split())[:MAX_PLACE_LENGTH]
            else:
                chosen = [value for value in query.getlist(question.key) if value in question.options]
                chosen = tuple(dict.fromkeys(chosen))
                values[question.key] = chosen if question.multiple else next(iter(chosen), "")
        return Answers(**values)

    def chosen(self, answers) -> list[Option]:
        """The options the answers chose, over every question."""
        return [
            question.options[value]
            for question in self.questions
            if question.key != "place"
            for value in answers.values(question.key)
        ]


@dataclass(frozen=True)
class Answers:
    who: str = ""
    place: str = ""
    need: tuple = ()
    fit: tuple = ()
    theme: tuple = ()

    def values(self, key) -> tuple:
        value = getattr(self, key)
        return (value,) if isinstance(value, str) and value else value if isinstance(value, tuple) else ()

    def without(self, key) -> "Answers":
        return replace(self, **{key: "" if key in ("who", "place") else ()})

    def pairs(self, *, leave_out=()) -> list[tuple[str, str]]:
        return [(key, value) for key in KEYS if key not in leave_out for value in self.values(key)]

    def query(self, **extra) -> str:
        """The answers (and ``extra`` parameters) as a query string, in a fixed order: the URL round-trips."""
        return urlencode([*self.pairs(), *((name, value) for name, value in extra.items() if value)])

    def __bool__(self):
        return bool(self.pairs())

    @cached_property
    def municipality_name(self) -> str | None:
        """The municipality of the place: a postcode first, else the first town, village or municipality named."""
        if not self.place:
            return None
        if found := gazetteer.municipality_for_postcode(self.place):
            return found
        places = gazetteer.find_places(self.place)
        return places[0].municipality if places else None
