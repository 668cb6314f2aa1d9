"""Every public page type is valid HTML (the Nu Html Checker) and has its text alternatives and labels."""

import json
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings

from tests.support.artifacts import record_counts

pytestmark = [pytest.mark.gate, pytest.mark.xdist_group("demo_server")]

VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def validate(files: list[Path]) -> list[dict]:
    """Run vnu once over all files; return its error messages."""
    result = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--errors-only",
            "--exit-zero-always",
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(result.stderr)["messages"]


def pages_in_every_state(demo_server, public_pages):
    """The crawled pages, each GET form submitted once with its first choices, and the not-found page."""
    import requests

    documents = {page.url: page.html for page in public_pages}
    for page in public_pages:
        for form in page.forms:
            if form.method == "get" and form.choices:
                params = {name: values[-1] for name, values in form.choices.items() if values}
                response = requests.get(form.action, params=params, timeout=30)
                documents.setdefault(response.url, response.text)
    missing = requests.get(f"{demo_server.url}/deze-pagina-bestaat-niet/", timeout=30)
    assert missing.status_code == 404
    documents[missing.url] = missing.text
    return documents


def test_every_public_page_is_valid_html(demo_server, public_pages, tmp_path):
    documents = pages_in_every_state(demo_server, public_pages)
    files = {}
    for number, (url, html) in enumerate(documents.items()):
        path = tmp_path / f"page-{number}.html"
        path.write_text(html)
        files[str(path)] = url

    errors = validate(list(files))

    record_counts("html_validity", documents_checked=len(files), errors=len(errors))
    report = [
        f"{files.get(e.get('url', '').removeprefix('file:'))}: {e['message']} [{e.get('extract')!r}]"
        for e in errors
    ]
    assert not report, "\n".join(report)


class TextAlternatives(HTMLParser):
    """Collects images without alt text and form fields without a label."""

    UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}

    def __init__(self):
        super().__init__()
        self.images_without_alt, self.fields, self.labelled_ids, self.open_labels = [], [], set(), 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img" and "alt" not in attrs:
            self.images_without_alt.append(attrs.get("src"))
        elif tag == "label":
            self.open_labels += 1
            if attrs.get("for"):
                self.labelled_ids.add(attrs["for"])
        elif tag in ("input", "select", "textarea") and attrs.get("type") not in self.UNLABELLED_TYPES:
            labelled = self.open_labels or attrs.get("aria-label") or attrs.get("aria-labelledby")
            if not labelled:
                self.fields.append(attrs.get("id") or attrs.get("name"))

    def handle_endtag(self, tag):
        if tag == "label":
            self.open_labels -= 1

    @property
    def fields_without_label(self):
        return [field for field in self.fields if field not in self.labelled_ids]


def test_every_image_has_alt_text_and_every_field_a_label(public_pages):
    problems = []
    for page in public_pages:
        checker = TextAlternatives()
        checker.feed(page.html)
        problems += [f"{page.url}: image without alt: {src}" for src in checker.images_without_alt]
        problems += [f"{page.url}: field without label: {name}" for name in checker.fields_without_label]

    assert public_pages, "the crawl found no pages"
    assert not problems, "\n".join(problems)
