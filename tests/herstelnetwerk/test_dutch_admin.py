"""A Dutch admin without English (issue 17): every list, create, edit and inspect screen, read as a superuser.

The screens come from the registries (snippet viewsets, wagtail-modeladmin, page types, reports, workflows), so a new
one is walked without being listed here. What a screen says is its visible text plus the texts a screen reader or a
tooltip gives (``title``, ``aria-label``, ``placeholder``, ``alt``); what editors typed (the values of fields, the
cells of a list) is user content and is left out by reading the screens of the demo site, whose content is Dutch.
"""

import io
import re
from html.parser import HTMLParser

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import Page, Task, Workflow
from wagtail.snippets.models import get_snippet_models
from wagtail_modeladmin.helpers import AdminURLHelper

from herstelnetwerk.models import Municipality
from vrijwilligers.models import Enrollment, TrainingCohort, VolunteerApplication

#: Whole English words that must not appear in a Dutch admin (case-sensitive: "Add", not "add" in a URL).
ENGLISH = re.compile(
    r"\b(True|False|display|approval|Approval|Moderators|Inspecting|Edit|Delete|Add|Back to|Cancel|Save|"
    r"Search|Choose|Kinds of work|Created at|None)\b"
    r"|Bezig met inspecteren|lijst van groep"
)
SPOKEN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
VOID = {"input", "img", "br", "meta", "link", "hr", "source", "path", "use", "col", "wbr"}
#: Text nodes that are not the interface: scripts, styles, templates of JavaScript widgets, field contents.
SILENT = {"script", "style", "template", "textarea", "option", "noscript"}


class InterfaceText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.stack = [], []  # stack of (tag, silent)

    @property
    def silent(self):
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        # Not shown and not spoken: scripts, templates, field contents and hidden elements (an empty counter).
        silent = self.silent or tag in SILENT or "hidden" in attributes
        if not silent:
            self.parts.extend(attributes[name] for name in SPOKEN_ATTRIBUTES if attributes.get(name))
        if tag not in VOID:
            self.stack.append((tag, silent))

    def handle_endtag(self, tag):
        if any(open_tag == tag for open_tag, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        if not self.silent and data.strip():
            self.parts.append(data.strip())


def interface_text(html: str) -> str:
    parser = InterfaceText()
    parser.feed(html)
    return "\n".join(parser.parts)


def english_in(html: str) -> list[str]:
    return [line for line in interface_text(html).splitlines() if ENGLISH.search(line)]


def snippet_screens():
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        yield reverse(viewset.get_url_name("list"))
        yield reverse(viewset.get_url_name("add"))
        first = model.objects.order_by("pk").first()
        if first is not None:
            yield reverse(viewset.get_url_name("edit"), args=[first.pk])


def modeladmin_screens():
    """Every wagtail-modeladmin list, create, edit and inspect screen (inspect where it is enabled)."""
    for model in (VolunteerApplication, TrainingCohort, Enrollment):
        helper = AdminURLHelper(model)
        yield helper.get_action_url("index")
        yield helper.get_action_url("create")
        first = model.objects.order_by("pk").first()
        assert first is not None, model
        yield helper.get_action_url("edit", first.pk)
        try:
            yield helper.get_action_url("inspect", first.pk)
        except NoReverseMatch:
            assert model is Enrollment  # the one without an inspect view


def page_screens():
    seen = set()
    for page in Page.objects.filter(depth__gt=1).order_by("path"):
        if page.content_type_id in seen or page.specific_class is Page:
            continue
        seen.add(page.content_type_id)
        yield reverse("wagtailadmin_pages:edit", args=[page.pk])
        yield reverse("wagtailadmin_explore", args=[page.pk])
        for child_type in page.specific_class.creatable_subpage_models():
            if not child_type.can_create_at(page):
                continue
            content_type = ContentType.objects.get_for_model(child_type)
            yield reverse(
                "wagtailadmin_pages:add", args=[content_type.app_label, content_type.model, page.pk]
            )


def report_and_workflow_screens():
    yield reverse("wagtailadmin_home")
    for name in (
        "locked_pages",
        "workflow",
        "workflow_tasks",
        "site_history",
        "aging_pages",
        "page_types_usage",
    ):
        yield reverse(f"wagtailadmin_reports:{name}")
    yield reverse("wagtailadmin_workflows:index")
    yield reverse("wagtailadmin_workflows:task_index")
    for workflow in Workflow.objects.all():
        yield reverse("wagtailadmin_workflows:edit", args=[workflow.pk])
    for task in Task.objects.all():
        yield reverse("wagtailadmin_workflows:edit_task", args=[task.pk])


@pytest.fixture
def demo_admin(client, django_user_model, db):
    call_command("load_demo", stdout=io.StringIO())
    VolunteerApplication.objects.create(
        name="Sanne de Vries",
        email="sanne@example.org",
        municipality=Municipality.objects.first(),
        kinds_of_work=["maatje"],
        availability="Dinsdag",
        motivation="Iets terugdoen.",
        consent_at=timezone.now(),
        confirmed_at=timezone.now(),
        consent_version=1,
    )
    Enrollment.objects.create(
        cohort=TrainingCohort.objects.first(),
        name="Kees Bakker",
        email="kees@example.org",
        status=Enrollment.Status.CONFIRMED,
        consent_at=timezone.now(),
        consent_version=1,
        confirmed_at=timezone.now(),
    )
    user = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_workflow_and_task_names_are_dutch(demo_admin):
    names = [*Workflow.objects.values_list("name", flat=True), *Task.objects.values_list("name", flat=True)]
    assert names, "the migrations create the workflows"
    assert not [name for name in names if ENGLISH.search(name) or "Moderator" in name], names


@pytest.mark.django_db
def test_every_admin_screen_speaks_dutch(demo_admin):
    screens = [
        *snippet_screens(),
        *modeladmin_screens(),
        *page_screens(),
        *report_and_workflow_screens(),
    ]
    assert len(screens) > 40
    found = {}
    for url in screens:
        response = demo_admin.get(url, HTTP_ACCEPT_LANGUAGE="nl")
        if response.status_code != 200:
            found[url] = response.status_code
        elif words := english_in(response.content.decode()):
            found[url] = words[:5]
    assert not found, "\n".join(f"{url}: {words}" for url, words in found.items())


def test_the_check_sees_english_outside_field_values():
    html = (
        '<td><span title="Edit">Bewerk</span></td><textarea>True story</textarea>'
        "<td>Kinds of work display</td><option>False</option>"
    )
    assert english_in(html) == ["Edit", "Kinds of work display"]
    assert english_in('<div hidden>None</div><p>Bewaar</p><button aria-label="Delete">x</button>') == [
        "Delete"
    ]
