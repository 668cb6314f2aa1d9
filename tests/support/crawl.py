"""Find every public page of a running site by following its links, the way a visitor (or a search engine) would.

The gates use the pages found here, so a page type added by a later feature is checked without being listed.
"""

import re
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import requests

#: Paths that are not public pages: the admin, files, feeds and data exports.
SKIPPED = re.compile(r"^/(admin|documenten|media|static|api)/|\.(ics|xml|json|csv|txt|rss|atom)$|/feed/?$")


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(
        default_factory=dict
    )  # name -> input type ("text", "select", "checkbox", ...)
    choices: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class CrawledPage:
    url: str
    html: str
    links: list[str]
    forms: list[Form]

    @property
    def path(self):
        return urlsplit(self.url).path

    @property
    def shape(self):
        """Pages of one kind share a shape: the path with its last segment wildcarded below the top level."""
        segments = [s for s in self.path.split("/") if s]
        if len(segments) > 1:
            segments[-1] = "*"
        return "/" + "/".join(segments)


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.forms, self._select = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self.forms.append(Form(attrs.get("action") or "", (attrs.get("method") or "get").lower()))
        elif self.forms and tag in ("input", "textarea", "select") and attrs.get("name"):
            form, name = self.forms[-1], attrs["name"]
            form.fields[name] = attrs.get("type", "text") if tag == "input" else tag
            if tag == "select":
                self._select = name
            if attrs.get("type") in ("checkbox", "radio") and "value" in attrs:
                form.choices.setdefault(name, []).append(attrs["value"])
        elif tag == "option" and self._select and self.forms:
            self.forms[-1].choices.setdefault(self._select, []).append(attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def parse(url, html) -> CrawledPage:
    parser = PageParser()
    parser.feed(html)
    for form in parser.forms:
        form.action = urljoin(url, form.action or url)
    return CrawledPage(url, html, [urljoin(url, link) for link in parser.links], parser.forms)


def crawl(base_url: str, limit: int = 400, session=None) -> list[CrawledPage]:
    """Breadth-first over same-site HTML pages (query strings dropped), starting at the home page."""
    session = session or requests.Session()
    host = urlsplit(base_url).netloc
    queue, seen, pages = deque([base_url + "/"]), {base_url + "/"}, []
    while queue and len(pages) < limit:
        url = queue.popleft()
        response = session.get(url, timeout=30)
        if response.status_code != 200 or "text/html" not in response.headers.get("Content-Type", ""):
            continue
        page = parse(url, response.text)
        pages.append(page)
        for link in page.links:
            link = urldefrag(link).url.split("?")[0]
            parts = urlsplit(link)
            same_site = parts.scheme in ("http", "https") and parts.netloc == host
            if same_site and link not in seen and not SKIPPED.search(parts.path):
                seen.add(link)
                queue.append(link)
    return pages


def one_per_shape(pages: list[CrawledPage]) -> list[CrawledPage]:
    chosen = {}
    for page in pages:
        chosen.setdefault(page.shape, page)
    return list(chosen.values())
