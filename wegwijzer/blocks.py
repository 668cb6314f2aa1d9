"""The questions of the wegwijzer, as editors arrange them: one block per question, options with their mappings."""

from django import forms
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from herstelnetwerk.agenda.models import ActivityType
from herstelnetwerk.socialmap.models import OrganisationKind


class Flag:
    """Conditions an option can require (every result must meet them) or prefer (results meeting them rank higher)."""

    WALK_IN = "walk_in"
    FREE = "free"
    WHEELCHAIR = "wheelchair"
    DAYTIME = "daytime"
    EVENING = "evening"
    WEEKEND = "weekend"
    ONLINE = "online"
    FOR_RELATIVES = "for_relatives"
    FOR_PROFESSIONALS = "for_professionals"

    #: The times of day and week: requiring several means any of them will do.
    TIMES = frozenset({DAYTIME, EVENING, WEEKEND})

    choices = [
        (WALK_IN, _("walk in without registering")),
        (FREE, _("free")),
        (WHEELCHAIR, _("wheelchair accessible")),
        (DAYTIME, _("during the day (starts before 17:00)")),
        (EVENING, _("in the evening (starts at 17:00 or later)")),
        (WEEKEND, _("at the weekend")),
        (ONLINE, _("online")),
        (FOR_RELATIVES, _("for relatives (naasten)")),
        (FOR_PROFESSIONALS, _("for professionals and volunteers")),
    ]


def theme_choices():
    from herstelnetwerk.models import Theme

    return Theme.choices()


def checkboxes(choices, label, help_text):
    return blocks.MultipleChoiceBlock(
        choices=choices, required=False, label=label, help_text=help_text, widget=forms.CheckboxSelectMultiple
    )


class OptionBlock(blocks.StructBlock):
    """An answer a visitor can choose, and what it means for the matching."""

    label = blocks.CharBlock(label=_("answer"), max_length=80)
    value = blocks.CharBlock(
        label=_("short name"),
        max_length=40,
        validators=[validate_slug],
        help_text=_(
            "Used in the address of the result and in the counts, for example 'ontmoeten'. Keep it stable."
        ),
    )
    themes = checkboxes(theme_choices, _("themes"), _("Results with one of these themes match."))
    activity_types = checkboxes(
        ActivityType.choices, _("kinds of activity"), _("Activities of these kinds match.")
    )
    organisation_kinds = checkboxes(
        OrganisationKind.choices, _("kinds of organisation"), _("Organisations of these kinds match.")
    )
    requires = checkboxes(Flag.choices, _("requires"), _("Every result must meet these conditions."))
    prefers = checkboxes(Flag.choices, _("prefers"), _("Results that meet these come first."))

    class Meta:
        icon = "list-ul"
        label = _("option")


class QuestionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("question"), max_length=120)
    help_text = blocks.CharBlock(label=_("explanation"), max_length=250, required=False)


class ChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("answers"), min_num=1)

    class Meta:
        icon = "list-ul"


class PlaceQuestionBlock(QuestionBlock):
    """The place: a town, village, municipality or 4-digit postcode, found with the core's gazetteer."""

    class Meta:
        icon = "site"
        label = _("place")


class ThemeQuestionBlock(QuestionBlock):
    """The themes (the theme snippets) as answers; leave the block out to skip this question."""

    class Meta:
        icon = "tag"
        label = _("theme")


class QuestionsBlock(blocks.StreamBlock):
    who = ChoiceQuestionBlock(label=_("for whom (one answer)"))
    place = PlaceQuestionBlock()
    need = ChoiceQuestionBlock(label=_("what is needed (several answers)"))
    fit = ChoiceQuestionBlock(label=_("what suits (several answers)"))
    theme = ThemeQuestionBlock()

    class Meta:
        block_counts = {name: {"max_num": 1} for name in ("who", "place", "need", "fit", "theme")}
