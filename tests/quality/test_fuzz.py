"""Fuzzing gate: hostile values in every public GET parameter and form, and the API v3 schema.

Whatever arrives, the site answers without a server error, never echoes markup it was sent, and writes nothing
for a submission it rejects. The forms come from the crawl, so a feature's new form is fuzzed without a list.
"""

import re

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.generation.hypothesis.reporting import UnsatisfiableSchema

from tests.support.artifacts import record_counts
from tests.support.crawl import one_per_shape

pytestmark = [pytest.mark.gate, pytest.mark.xdist_group("demo_server")]

MARKUP = "<script>alert('x')</script>"
HOSTILE = [
    MARKUP,
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "%00",
    "\x00",
    "../../etc/passwd",
    "{{ settings.SECRET_KEY }}",
    "9" * 40,
    "-1",
    "0",
    "nan",
    "2026-02-30",
    "ﷺ" * 50,
    "👩🏽‍⚕️" * 20,
    "\u202e\u200b\ufeff",
    "a" * 5000,
]
values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=300),
    st.integers().map(str),
    st.lists(st.sampled_from(HOSTILE), min_size=2, max_size=3),
)
#: Pages whose parameters arrive in links rather than a form: the wegwijzer's result keeps its answers in the address.
LINKED_PARAMETERS = {"/wegwijzer/resultaat/": ["who", "place", "need", "fit", "theme", "step", "then"]}
HTML_FRAGMENT = re.compile(r"<(script|img)\b[^>]*(alert|onerror)", re.IGNORECASE)


def fuzz(strategy, check) -> int:
    """Run ``check`` on examples drawn from ``strategy``; return how many ran."""
    count = 0

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(strategy)
    def run(example):
        nonlocal count
        count += 1
        check(example)

    run()
    return count


def assert_safe(response, sent):
    assert response.status_code < 500, f"{response.status_code} for {response.url} with {sent!r}"
    reflected = HTML_FRAGMENT.search(response.text)
    assert not reflected, f"markup reflected by {response.url}: {reflected.group(0)!r}"


def forms(public_pages, method):
    found = {}
    for page in public_pages:
        for form in page.forms:
            if form.method == method:
                found.setdefault((form.action, tuple(sorted(form.fields))), form)
    return list(found.values())


def test_hostile_get_parameters_never_break_a_page(demo_server, public_pages):
    session = requests.Session()
    get_forms = forms(public_pages, "get")
    targets = [(form.action, [*form.fields, "page"]) for form in get_forms]
    # Every other kind of page gets the parameters a visitor or a bot is most likely to try.
    actions = {form.action for form in get_forms}
    targets += [(page.url, ["page", "q"]) for page in one_per_shape(public_pages) if page.url not in actions]
    targets += [(demo_server.url + path, names) for path, names in LINKED_PARAMETERS.items()]
    examples = 0

    for url, names in targets:

        def check(params, url=url):
            assert_safe(session.get(url, params=params, timeout=30), params)

        examples += fuzz(st.dictionaries(st.sampled_from(names), values, min_size=1), check)

    record_counts("fuzz_get", urls=len(targets), examples=examples)
    assert examples


def row_counts(demo_site):
    """Rows per table of the demo database (sessions aside), to prove that rejected input wrote nothing."""
    return demo_site.query(
        "import json; from django.apps import apps;"
        "print(json.dumps({m._meta.db_table: m._base_manager.count() for m in apps.get_models()"
        " if m._meta.db_table != 'django_session'}))"
    )


def test_rejected_form_submissions_fail_cleanly_and_write_nothing(demo_site, demo_server, public_pages):
    post_forms = forms(public_pages, "post")
    before = row_counts(demo_site)
    examples = 0

    for form in post_forms:
        session = requests.Session()
        referer = session.get(form.action, timeout=30).url
        token = session.cookies.get("csrftoken")
        fields = [name for name in form.fields if name != "csrfmiddlewaretoken"]
        # A form with a token refuses a post without one; the correction form has none on purpose (corrections.py).
        guarded = "csrfmiddlewaretoken" in form.fields

        def check(example, form=form, session=session, token=token, referer=referer, guarded=guarded):
            data, with_token = example
            # Required consent is never given, so a valid submission cannot happen by chance.
            payload = {name: value for name, value in data.items() if "consent" not in name}
            if with_token and token:
                payload["csrfmiddlewaretoken"] = token
            response = session.post(
                form.action, data=payload, headers={"Referer": referer}, timeout=30, allow_redirects=False
            )
            assert_safe(response, payload)
            assert response.status_code not in {301, 302, 303}, f"{form.action} accepted {payload!r}"
            if guarded and not with_token:
                assert response.status_code == 403

        examples += fuzz(st.tuples(st.dictionaries(st.sampled_from(fields), values), st.booleans()), check)

    record_counts("fuzz_forms", forms=len(post_forms), examples=examples)
    assert post_forms, "the crawl found no public forms"
    assert row_counts(demo_site) == before


def test_the_api_never_fails_on_generated_requests(demo_server):
    """schemathesis draws valid and invalid requests for every operation of the OpenAPI schema."""
    schema = schemathesis.openapi.from_url(f"{demo_server.url}/api/v3/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    examples = 0

    def check(case):
        response = case.call(base_url=demo_server.url, timeout=30)
        assert response.status_code < 500, f"{response.status_code} for {case.method} {case.formatted_path}"

    unsatisfiable = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                examples += fuzz(operation.as_strategy(generation_mode=mode), check)
            except UnsatisfiableSchema:  # e.g. an enum of snippet types that is empty while none is exposed
                unsatisfiable.append(f"{mode.value} {operation.label}")

    record_counts("fuzz_api", operations=len(operations), examples=examples, not_generated=unsatisfiable)
    assert operations


def test_the_entry_update_form_behind_a_review_link_never_fails_and_never_changes_the_live_entry(
    demo_site, demo_server
):
    """The social map's update form (reached from a signed link in a review mail, so not found by the crawl)."""
    entry = (
        "from herstelnetwerk.socialmap.models import Organisation as O;"
        "o = O.objects.live().exclude(email='').order_by('pk').first();"
        "print(repr((o.pk, o.live, o.description, o.phone, o.email, o.website)))"
    )
    before = demo_site.query(entry)
    token = demo_site.query(
        "from herstelnetwerk.socialmap.models import Organisation as O;"
        "from herstelnetwerk.socialmap.review import review_token;"
        "print(review_token(O.objects.live().exclude(email='').order_by('pk').first()))"
    )
    session = requests.Session()
    link = f"{demo_server.url}/sociale-kaart/controleren/"
    form = session.get(link, params={"token": token}, timeout=30)
    assert form.status_code == 200
    fields = sorted(
        set(re.findall(r'name="([\w-]+)"', form.text)) - {"csrfmiddlewaretoken", "confirm", "update"}
    )
    assert "entry-description" in fields and any(name.endswith("-hours-TOTAL_FORMS") for name in fields)

    def check(data):
        payload = {**data, "update": "1", "csrfmiddlewaretoken": session.cookies.get("csrftoken")}
        response = session.post(
            link,
            params={"token": token},
            data=payload,
            headers={"Referer": form.url},
            timeout=30,
            allow_redirects=False,
        )
        assert_safe(response, payload)

    examples = fuzz(st.dictionaries(st.sampled_from(fields), values), check)

    record_counts("fuzz_entry_update_form", fields=len(fields), examples=examples)
    assert demo_site.query(entry) == before, "only ever a draft: the live entry is unchanged"
