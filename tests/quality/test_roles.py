"""Roles gate: each role walks every admin and public URL it can reach, also with hostile parameters.

Anonymous visitors, an editor (Redactie), a volunteer coordinator (Vrijwilligerscoördinatie), a story guide
(Verhaalbegeleiding) and a superuser log in to the served demo site. Each follows the links of the admin from the
URL patterns that take no argument (so a new admin screen is walked without being listed) and sends every page shape
once more with hostile query parameters: unknown ORM lookups, huge numbers, NUL, quotes and script tags.

It fails on any 5xx, and on any page that shows a role data it must not see: volunteers' and participants' contact
details to the editor and the guide, consent notes and consent forms to anyone but the guide and the superuser, a
password hash to anyone.
"""

import re
import secrets
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
import requests
from django.urls import URLPattern, URLResolver, get_resolver

from tests.support.artifacts import artifact_path, record_counts
from tests.support.crawl import PageParser
from tests.support.demo_server import EDITOR_PASSWORD, EDITOR_USERNAME

pytestmark = [pytest.mark.gate, pytest.mark.xdist_group("demo_server")]

ADMIN_PAGES_PER_ROLE = 220
SECRETS = {
    "volunteer": "geheim-aanmelder@voorbeeld.nl",
    "participant": "geheim-deelnemer@voorbeeld.nl",
    "consent note": "GEHEIM-CONTACT-0612",
    "consent form": "GEHEIM-TOESTEMMINGSFORMULIER",
}
#: What each role must never see (every role: password hashes, see ``HASH``).
FORBIDDEN = {
    "anonymous": set(SECRETS),
    "editor": {"volunteer", "participant", "consent note", "consent form"},
    "coordinator": {"consent note", "consent form"},
    "guide": {"volunteer", "participant"},
    "superuser": set(),
}
HASH = re.compile(r"\b(md5|pbkdf2_sha256|argon2|bcrypt(_sha256)?|scrypt)\$")
#: Links that change state on GET or end the session, and Wagtail's deliberate error page.
UNSAFE = re.compile(r"logout|/unpublish/|/workflow/cancel|/lock/|/unlock/|/failwhale/")
MARKUP = "<script>alert('x')</script>"
HOSTILE_VALUES = {
    "q": f"\"'>{MARKUP}",
    "p": "9" * 30,
    "page": "-1",
    "ordering": "';--",
    "o": "\x00",
    "id": str(2**63),
    "collection_id": "9" * 25,
    "tag": MARKUP,
    "locale": "../../etc/passwd",
    "status": "'\"",
}
UNKNOWN_LOOKUPS = {
    "track__owner__password__startswith": "pbkdf2",
    "owner__password__regex": "^md5",
    "nonexistent__field": "1",
    "pk__in": "1,2,x",
}
#: The modeladmin lists of the volunteers plugin: their lookups are fixed on the h13-people branch (issue 13, item 1).
VOLUNTEER_ADMIN = re.compile(r"^/admin/vrijwilligers/")


@dataclass
class Finding:
    role: str
    url: str
    problem: str


@dataclass
class Walk:
    pages: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def admin_seed_paths() -> list[str]:
    """Every admin URL pattern without arguments, from the URL resolver (menus, lists, reports, settings)."""
    found = []

    def walk(patterns, prefix):
        for pattern in patterns:
            route = str(pattern.pattern).lstrip("^").rstrip("$").replace("\\Z", "")
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + route)
            elif isinstance(pattern, URLPattern) and not re.search(r"[<(\[\\?*+]", route):
                found.append("/" + prefix + route)

    walk(get_resolver().url_patterns, "")
    return sorted({path for path in found if path.startswith("/admin/") and not UNSAFE.search(path)})


def shape(path: str) -> str:
    return re.sub(r"/\d+(?=/)", "/N", path)


def check(role, response, walk):
    url = urlsplit(response.url).path + (
        f"?{urlsplit(response.url).query}" if urlsplit(response.url).query else ""
    )
    if response.status_code >= 500:
        walk.findings.append(Finding(role, url, f"{response.status_code}"))
        return
    text = response.text if "text" in response.headers.get("Content-Type", "") else ""
    for name in FORBIDDEN[role]:
        if SECRETS[name] in text:
            walk.findings.append(Finding(role, url, f"shows the {name}"))
    if HASH.search(text):
        walk.findings.append(Finding(role, url, "shows a password hash"))
    if MARKUP in text:
        walk.findings.append(Finding(role, url, "reflects markup"))


def log_in(base_url, username, password) -> requests.Session:
    session = requests.Session()
    session.get(f"{base_url}/admin/login/", timeout=30)
    response = session.post(
        f"{base_url}/admin/login/",
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        headers={"Referer": f"{base_url}/admin/login/"},
        timeout=30,
    )
    assert response.status_code == 200 and "sessionid" in session.cookies, f"{username} could not log in"
    return session


def crawl_admin(role, session, base_url, walk):
    host = urlsplit(base_url).netloc
    queue = [base_url + path for path in admin_seed_paths()]
    seen = set(queue)
    while queue and len(walk.pages) < ADMIN_PAGES_PER_ROLE:
        batch, queue = queue[:16], queue[16:]
        with ThreadPoolExecutor(8) as pool:
            responses = list(pool.map(lambda url: session.get(url, timeout=60, allow_redirects=False), batch))
        for response in responses:
            walk.pages[urlsplit(response.url).path] = response.status_code
            check(role, response, walk)
            if response.status_code != 200 or "text/html" not in response.headers.get("Content-Type", ""):
                continue
            parser = PageParser()
            parser.feed(response.text)
            for link in parser.links:
                link = urldefrag(urljoin(response.url, link)).url.split("?")[0]
                parts = urlsplit(link)
                if (
                    parts.netloc == host
                    and parts.path.startswith("/admin/")
                    and not UNSAFE.search(parts.path)
                    and link not in seen
                ):
                    seen.add(link)
                    queue.append(link)


def hostile_requests(role, session, base_url, paths, walk):
    """Each page shape once with hostile values, once with lookups across relations."""
    shapes = {}
    for path in paths:
        shapes.setdefault(shape(path), path)
    targets = [(path, params) for path in shapes.values() for params in (HOSTILE_VALUES, UNKNOWN_LOOKUPS)]
    with ThreadPoolExecutor(8) as pool:
        responses = list(
            pool.map(
                lambda target: session.get(
                    base_url + target[0], params=target[1], timeout=60, allow_redirects=False
                ),
                targets,
            )
        )
    for response in responses:
        check(role, response, walk)
    return len(targets)


@pytest.fixture(scope="module")
def roles(demo_site, demo_server):
    """Log-ins for every role, and data each role may or may not see, written into the demo site."""
    password = secrets.token_urlsafe(16)
    demo_site.query(
        "from datetime import date; from django.contrib.auth.models import Group, User;"
        "from django.core.files.base import ContentFile; from django.utils import timezone;"
        "from wagtail.documents import get_document_model; from wagtail.models import Collection;"
        "from verhalen.models import StoryConsent, StoryPage;"
        "from vrijwilligers.models import Enrollment, TrainingCohort, VolunteerApplication;"
        f"password = {password!r};"
        "coordinator = User.objects.create_user('coordinator', password=password);"
        "coordinator.groups.add(Group.objects.get(name='Vrijwilligerscoördinatie'));"
        "guide = User.objects.create_user('begeleider', password=password);"
        "guide.groups.add(Group.objects.get(name='Verhaalbegeleiding'));"
        "User.objects.create_superuser('beheerder', password=password);"
        "VolunteerApplication.objects.create(name='Anna Aanmelder', email="
        f"{SECRETS['volunteer']!r}, phone='0612345678', consent_at=timezone.now(), consent_version=1,"
        " availability='dinsdag', motivation='Ik wil helpen.');"
        "Enrollment.objects.create(cohort=TrainingCohort.objects.first(), name='Dirk Deelnemer', email="
        f"{SECRETS['participant']!r}, consent_at=timezone.now(), consent_version=1, status='cancelled',"
        " cancelled_at=timezone.now());"
        "story = StoryPage.objects.exclude(consent__isnull=False).first();"
        "StoryConsent.objects.create(story=story, given_on=date(2026, 3, 1), how_given='written',"
        f" contact_note={SECRETS['consent note']!r});"
        "document = get_document_model()(title="
        f"{SECRETS['consent form']!r}, collection=Collection.objects.get(name='Toestemmingen'));"
        "document.file.save('toestemming.txt', ContentFile(b'handtekening'), save=False); document.save();"
        "print('ok')"
    )
    return {
        "editor": (EDITOR_USERNAME, EDITOR_PASSWORD),
        "coordinator": ("coordinator", password),
        "guide": ("begeleider", password),
        "superuser": ("beheerder", password),
    }


@pytest.fixture(scope="module")
def walks(roles, demo_server, public_pages):
    base_url = demo_server.url
    walks = {}

    anonymous = Walk()
    session = requests.Session()
    public_paths = [urlsplit(page.url).path for page in public_pages]
    for path in [*public_paths, *admin_seed_paths()[:40]]:
        response = session.get(base_url + path, timeout=60, allow_redirects=False)
        anonymous.pages[path] = response.status_code
        check("anonymous", response, anonymous)
    hostile_requests("anonymous", session, base_url, public_paths, anonymous)
    walks["anonymous"] = anonymous

    for role, (username, password) in roles.items():
        walk = Walk()
        session = log_in(base_url, username, password)
        crawl_admin(role, session, base_url, walk)
        ok_paths = [path for path, status in walk.pages.items() if status == 200]
        hostile_requests(role, session, base_url, ok_paths + public_paths[:20], walk)
        walks[role] = walk

    artifact_path("roles-findings.txt").write_text(
        "".join(f"{f.role}\t{f.problem}\t{f.url}\n" for walk in walks.values() for f in walk.findings)
    )
    record_counts(
        "roles",
        **{role: {"pages": len(walk.pages), "findings": len(walk.findings)} for role, walk in walks.items()},
    )
    return walks


def findings(walks, volunteer_admin):
    return [
        f"{finding.role}: {finding.url} {finding.problem}"
        for walk in walks.values()
        for finding in walk.findings
        if bool(VOLUNTEER_ADMIN.search(urlsplit(finding.url).path)) == volunteer_admin
    ]


def test_every_role_walks_the_site_without_errors_or_leaks(walks):
    assert walks["editor"].pages and walks["coordinator"].pages and walks["superuser"].pages
    assert findings(walks, volunteer_admin=False) == []


def test_the_volunteer_admin_takes_hostile_lookups_without_errors_or_leaks(walks):
    assert findings(walks, volunteer_admin=True) == []
