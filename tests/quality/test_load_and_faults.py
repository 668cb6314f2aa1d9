"""Load and fault gate: concurrent visitors get no server errors, and a database outage is survived.

Bounded (a few hundred requests on loopback) and without timing assertions: figures go to test-artifacts/.
"""

import json
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice
from urllib.parse import urlsplit

import pytest
import requests

from tests.support.artifacts import record_counts
from tests.support.demo_server import POSTGRES_URL, QUEUE, DemoSite, Server, Worker
from tests.support.smtp_sink import SilentMailServer, SmtpSink
from tests.support.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.gate, pytest.mark.xdist_group("demo_server")]

READS = 400
CONCURRENCY = 16


def timed_get(session, url):
    started = time.perf_counter()
    response = session.get(url, timeout=60)
    return response.status_code, time.perf_counter() - started


def test_concurrent_reads_get_no_server_errors(demo_server, public_pages):
    urls = list(islice(cycle(page.url for page in public_pages), READS))
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(pool_maxsize=CONCURRENCY))

    with ThreadPoolExecutor(CONCURRENCY) as pool:
        results = list(pool.map(lambda url: timed_get(session, url), urls))

    statuses = [status for status, _seconds in results]
    seconds = sorted(seconds for _status, seconds in results)
    record_counts(
        "load_reads",
        requests=len(results),
        concurrency=CONCURRENCY,
        server_errors=sum(status >= 500 for status in statuses),
        median_ms=round(statistics.median(seconds) * 1000),
        p95_ms=round(seconds[int(len(seconds) * 0.95)] * 1000),
    )
    assert statuses.count(200) == len(urls), sorted(set(statuses))


@pytest.fixture(scope="module")
def site_behind_a_proxy(tmp_path_factory):
    """The demo site on PostgreSQL, reached through a proxy that the test can cut."""
    site = DemoSite.build(tmp_path_factory.mktemp("faults"), "faults", engine_url=POSTGRES_URL)
    database = urlsplit(site.database_url)
    proxy = TcpProxy(database.hostname, database.port)
    proxy.start()
    proxied_url = site.database_url.replace(f":{database.port}/", f":{proxy.port}/")
    with Server(site, workers=1, threads=2, DATABASE_URL=proxied_url) as server:
        yield server, proxy
    proxy.stop()
    site.drop()


def test_a_database_outage_shows_a_readable_page_and_the_site_recovers(site_behind_a_proxy):
    server, proxy = site_behind_a_proxy
    assert requests.get(server.url + "/", timeout=30).status_code == 200

    proxy.stop()
    during = requests.get(server.url + "/", timeout=30)

    assert during.status_code == 500
    assert "Er ging iets mis" in during.text
    assert "0800-0113" in during.text, "the crisis line must be on the error page too"

    proxy.start()
    after = requests.get(server.url + "/", timeout=30)
    assert after.status_code == 200
    record_counts("database_outage", during=during.status_code, after=after.status_code)


ENROLMENTS = 40
PLACES = 10


def enrol_once(url, number):
    session = requests.Session()
    session.get(url, timeout=60)
    data = {
        "name": f"Deelnemer {number}",
        "email": f"load-{number}@example.org",
        "consent": "on",
        "csrfmiddlewaretoken": session.cookies["csrftoken"],
    }
    return session.post(
        url, data=data, headers={"Referer": url}, timeout=60, allow_redirects=False
    ).status_code


def test_concurrent_enrolments_never_overbook_and_lose_nothing(demo_site):
    """40 people enrol at once for 10 places: 10 hold one (to confirm), 30 wait at positions 1..30, none lost."""
    cohort = json.loads(
        demo_site.query(
            "import json; from django.utils import timezone; from vrijwilligers.models import TrainingCohort as C;"
            "c = C.objects.filter(enrolment_deadline__gte=timezone.localdate()).select_related('track').first();"
            f"c.pk, c.name, c.capacity = None, 'Drukbezocht', {PLACES}; c.save();"
            "print(json.dumps({'pk': c.pk, 'url': c.track.url}))"
        )
    )
    with Server(demo_site) as server:
        url = f"{server.url}{cohort['url']}inschrijven/{cohort['pk']}/"
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            statuses = list(pool.map(lambda number: enrol_once(url, number), range(ENROLMENTS)))

    stored = json.loads(
        demo_site.query(
            "import json; from vrijwilligers.models import Enrollment as E;"
            f"rows = E.objects.filter(cohort_id={cohort['pk']});"
            "print(json.dumps({'stored': rows.count(), 'holding': rows.filter(status__in=E.HOLDS_A_PLACE).count(),"
            " 'positions': [e.waiting_position for e in rows.filter(status='waiting')]}))"
        )
    )
    positions = stored.pop("positions")
    record_counts(
        "load_enrolments", requests=ENROLMENTS, accepted=statuses.count(302), waiting=len(positions), **stored
    )
    assert statuses.count(302) == ENROLMENTS, sorted(set(statuses))
    assert stored == {"stored": ENROLMENTS, "holding": PLACES}
    assert sorted(positions) == list(range(1, ENROLMENTS - PLACES + 1))


def cohort_to_enrol_in(demo_site):
    return json.loads(
        demo_site.query(
            "import json; from django.utils import timezone; from vrijwilligers.models import TrainingCohort as C;"
            "c = C.objects.filter(enrolment_deadline__gte=timezone.localdate()).select_related('track').first();"
            "print(json.dumps({'pk': c.pk, 'url': c.track.url}))"
        )
    )


def stored_enrolment(demo_site, email):
    return json.loads(
        demo_site.query(
            "import json; from vrijwilligers.models import Enrollment;"
            f"e = Enrollment.objects.filter(email={email!r}).first();"
            "print(json.dumps(e and {'mail_sent': e.mail_sent_at is not None}))"
        )
    )


def test_a_mail_server_that_never_answers_stalls_nothing(demo_site):
    """The SMTP server accepts and stays silent: visitors still enrol at once and the home page stays fast.

    Mail leaves the request through the database queue; the worker meets the silent server, gives up after
    EMAIL_TIMEOUT, logs the failure without personal data, keeps ``mail_sent_at`` empty and queues a retry.
    """
    cohort = cohort_to_enrol_in(demo_site)
    with SilentMailServer() as smtp, Server(demo_site, TEST_SMTP_ADDRESS=smtp.address, **QUEUE) as server:
        url = f"{server.url}{cohort['url']}inschrijven/{cohort['pk']}/"
        with ThreadPoolExecutor(4) as pool:
            enrolments = [pool.submit(timed_enrol, url, f"stil-{number}") for number in range(3)]
            home = [timed_get(requests.Session(), server.url + "/") for _ in range(5)]
        enrolled = [future.result() for future in enrolments]
        worker = demo_site.manage(
            "db_worker",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            env={"TEST_SMTP_ADDRESS": smtp.address, **QUEUE},
        )
    log = worker.stdout + worker.stderr
    retries = demo_site.query(
        "from django_tasks_db.models import DBTaskResult as R;"
        "print(R.objects.filter(task_path__endswith='send_enrollment_mail', status='READY').count())"
    )

    record_counts(
        "mail_outage",
        enrol_max_ms=round(max(seconds for _status, seconds in enrolled) * 1000),
        home_max_ms=round(max(seconds for _status, seconds in home) * 1000),
        retries_queued=int(retries),
    )
    assert [status for status, _seconds in enrolled] == [302] * 3
    assert max(seconds for _status, seconds in enrolled + home) < 5, "no request waits for the mail server"
    assert all(
        stored_enrolment(demo_site, f"load-stil-{number}@example.org") == {"mail_sent": False}
        for number in range(3)
    )
    assert log.count("send_enrollment_mail state=FAILED") == 3, "each mail was tried, failed and logged"
    assert "stil-" not in log and "Deelnemer" not in log, "no personal data in the log when the mail fails"
    assert int(retries) == 3, "each failed mail is tried again later"


def timed_enrol(url, number):
    started = time.perf_counter()
    status = enrol_once(url, number)
    return status, time.perf_counter() - started


def test_the_worker_delivers_the_queued_mail(demo_site):
    """gunicorn queues, ``manage.py db_worker`` (a process of its own, as in production) delivers."""
    cohort = cohort_to_enrol_in(demo_site)
    with SmtpSink() as smtp, Server(demo_site, TEST_SMTP_ADDRESS=smtp.address, **QUEUE) as server:
        url = f"{server.url}{cohort['url']}inschrijven/{cohort['pk']}/"
        assert enrol_once(url, "met-mail") == 302
        assert stored_enrolment(demo_site, "load-met-mail@example.org") == {"mail_sent": False}
        with Worker(demo_site, TEST_SMTP_ADDRESS=smtp.address) as worker:
            deadline = time.monotonic() + 60
            while not any("load-met-mail@example.org" in message for message in smtp.messages):
                assert time.monotonic() < deadline, f"no mail within a minute:\n{worker.output()}"
                time.sleep(0.2)

    assert stored_enrolment(demo_site, "load-met-mail@example.org") == {"mail_sent": True}
    record_counts("mail_delivery", delivered=len(smtp.messages))
