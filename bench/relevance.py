"""How well search ranks: the judged query set (``search/relevance.py``) against the demo region.

Builds a fresh SQLite database with the demo (or uses ``--database-url`` as it is, with ``--existing``), runs every
judged query through the configured engine and prints success@1, success@3 and MRR per kind of query, with the
queries that missed. Figures to compare, and the targets they should meet; the tests assert the targets.

    make bench
    .venv/bin/python bench/relevance.py --json relevance.json
"""

import argparse
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url", help="the database to use (default: a new SQLite file with the demo)"
    )
    parser.add_argument(
        "--existing", action="store_true", help="use --database-url as it is, without loading"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, str(ROOT))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "herstelnetwerk.settings.dev")
        os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
        os.environ["DATABASE_URL"] = arguments.database_url or f"sqlite:///{tmp}/relevance.sqlite3"
        import django

        django.setup()
        from django.core.management import call_command

        if not arguments.existing:
            call_command("migrate", verbosity=0, interactive=False)
            call_command("load_demo", stdout=io.StringIO())

        from search.engines import get_engine
        from search.relevance import TARGETS, evaluate, shortfalls

        started = time.perf_counter()
        report = evaluate(get_engine())
        seconds = time.perf_counter() - started
        queries = sum(figures["queries"] for figures in report.values())
        print(f"{queries} judged queries in {seconds:.1f} s ({type(get_engine()).__name__})")
        print(f"{'kind of query':18} {'queries':>7} {'success@1':>9} {'success@3':>9} {'MRR':>5}  target")
        for kind, figures in report.items():
            measure, minimum = TARGETS[kind]
            print(
                f"{kind:18} {figures['queries']:7d} {figures['success@1']:9.2f} {figures['success@3']:9.2f} "
                f"{figures['MRR']:5.2f}  {measure} >= {minimum}"
            )
        for kind, figures in report.items():
            for text, position in figures["failures"]:
                print(f"  missed ({kind}): {text!r} -> {position or 'not in the first 10'}")
        for shortfall in shortfalls(report):
            print(f"BELOW TARGET: {shortfall}")
        if arguments.json:
            arguments.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
