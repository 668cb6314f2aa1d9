"""How fast the public pages render on a region many times the size of the demo.

Builds a fresh database (SQLite by default, or ``--database-url``) with the demo region, grows it ``--scale`` times
by copying the demo's activities, organisations (with their places, services and opening hours) and stories, then
renders each public page type ``--repeat`` times in-process and prints the median and 95th-percentile time and the
number of queries. These are figures to compare before and after a change, not assertions; the tests assert the
query budgets.

    make bench
    .venv/bin/python bench/pages.py --scale 20 --repeat 30 --json bench-results.json

To compare runs on the same content, build once into a file and measure it again with ``--built``::

    .venv/bin/python bench/pages.py --scale 50 --database-url sqlite:////tmp/region.sqlite3
    .venv/bin/python bench/pages.py --built --database-url sqlite:////tmp/region.sqlite3
"""

import argparse
import gc
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=10, help="copies of each demo item to add (default 10)")
    parser.add_argument("--repeat", type=int, default=20, help="renders of each page (default 20)")
    add_database_arguments(parser)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    return parser.parse_args()


def add_database_arguments(parser):
    parser.add_argument(
        "--database-url", help="an empty database to build in (default: a temporary SQLite file)"
    )
    parser.add_argument(
        "--built",
        action="store_true",
        help="the database already holds the grown region: bring it up to the migrations and measure",
    )


def set_up_django(database_url):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "herstelnetwerk.settings.dev"
    os.environ["DATABASE_URL"] = database_url
    # Grown content is indexed and its occurrences stored as it is saved, not left to a task worker.
    os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    import django

    django.setup()


def build(scale):
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=io.StringIO())
    for grow in (grow_activities, grow_social_map, grow_stories):
        started = time.perf_counter()
        added = grow(scale)
        print(
            f"  + {added:5d} {grow.__name__.removeprefix('grow_')} in {time.perf_counter() - started:.0f} s"
        )


def prepare(arguments):
    """Build the grown region, or bring a region built before up to the current migrations (``--built``)."""
    from django.core.management import call_command
    from django.db import connection

    if arguments.built:
        call_command("migrate", verbosity=0, interactive=False)
        return
    print(f"Building the demo region x{arguments.scale + 1} on {connection.vendor}")
    build(arguments.scale)


def copy_pages(model, scale):
    originals = list(model.objects.live())
    for number in range(1, scale + 1):
        for page in originals:
            page.copy(
                update_attrs={"title": f"{page.title} ({number})", "slug": f"{page.slug}-{number}"},
                keep_live=True,
                log_action=None,
            )
    return len(originals) * scale


def grow_activities(scale):
    from herstelnetwerk.agenda.models import ActivityPage

    return copy_pages(ActivityPage, scale)


def grow_stories(scale):
    from django.apps import apps

    if not apps.is_installed("verhalen"):
        return 0
    return copy_pages(apps.get_model("verhalen", "StoryPage"), scale)


def grow_social_map(scale):
    from herstelnetwerk.socialmap.models import Organisation

    originals = Organisation.objects.prefetch_related(
        "themes", "municipalities_served", "services__themes", "locations__opening_hours"
    )
    for number in range(1, scale + 1):
        for organisation in originals:
            copy_organisation(organisation, number)
    return len(originals) * scale


def copy_organisation(organisation, number):
    """A copy under a new name and slug, with its places, opening hours and services."""
    copy = clone(organisation, name=f"{organisation.name} ({number})", slug=f"{organisation.slug}-{number}")
    copy.latest_revision = None
    copy.save()
    copy.themes.set(organisation.themes.all())
    copy.municipalities_served.set(organisation.municipalities_served.all())
    for service in organisation.services.all():
        service_copy = clone(service, organisation=copy)
        service_copy.save()
        service_copy.themes.set(service.themes.all())
    for place in organisation.locations.all():
        place_copy = clone(place, organisation=copy)
        place_copy.save()
        for hours in place.opening_hours.all():
            clone(hours, location=place_copy).save()


def clone(instance, **changes):
    """An unsaved copy of a model instance's own fields, with ``changes`` (a relation given by its name)."""
    fields = {
        field.attname: getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if not field.primary_key
    }
    for name, value in changes.items():
        field = instance._meta.get_field(name)
        fields[field.attname] = value.pk if field.is_relation else value
    return type(instance)(**fields)


def public_urls():
    from django.apps import apps

    from herstelnetwerk.agenda.models import ActivityPage
    from herstelnetwerk.models import SubregionPage
    from herstelnetwerk.socialmap.models import Organisation, SocialMapPage

    social_map = SocialMapPage.objects.live().first()
    urls = {
        "home": "/",
        "subregion": SubregionPage.objects.live().first().url,
        "agenda": "/agenda/",
        "agenda, filtered": "/agenda/?subregion=texel&free=on",
        "activity": ActivityPage.objects.live().last().url,
        "agenda feed": "/agenda/feed.ics",
        "social map": social_map.url,
        "social map, filtered": f"{social_map.url}?free=on&walk_in=on",
        "organisation": social_map.organisation_url(Organisation.objects.last()),
        "api pages": "/api/v3/pages/",
    }
    if apps.is_installed("verhalen"):
        urls["stories"] = "/verhalen/"
        urls["story"] = apps.get_model("verhalen", "StoryPage").objects.live().last().url
    if apps.is_installed("search"):
        urls["search"] = "/zoeken/?q=eenzaamheid"
    if apps.is_installed("vrijwilligers"):
        urls["volunteers"] = "/vrijwilligers/"
    if apps.is_installed("wegwijzer"):
        urls["wegwijzer result"] = (
            "/wegwijzer/resultaat/?who=naaste&place=Julianadorp&need=ontmoeten&fit=avond"
        )
    return urls


def measure(url, repeat):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(url)  # warm the template and URL caches
    gc.freeze()  # as a worker does after start (herstelnetwerk/wsgi.py)
    seconds = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            seconds.append(time.perf_counter() - started)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    seconds.sort()
    return {
        "median_ms": round(statistics.median(seconds) * 1000, 1),
        "p95_ms": round(seconds[int(len(seconds) * 0.95)] * 1000, 1),
        "queries": len(queries),
        "kb": round(len(response.content) / 1024, 1),
    }


def main():
    arguments = parse_arguments()
    with tempfile.TemporaryDirectory() as directory:
        set_up_django(arguments.database_url or f"sqlite:///{directory}/bench.sqlite3")
        from django.core.cache import cache

        prepare(arguments)
        figures = {}
        print(f"\n{'page':24} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'kB':>7}")
        for name, url in public_urls().items():
            cache.clear()
            figures[name] = {"url": url, **measure(url, arguments.repeat)}
            row = figures[name]
            print(f"{name:24} {row['median_ms']:>10} {row['p95_ms']:>8} {row['queries']:>8} {row['kb']:>7}")
    if arguments.json:
        arguments.json.write_text(json.dumps({"scale": arguments.scale, "pages": figures}, indent=2))


if __name__ == "__main__":
    main()
