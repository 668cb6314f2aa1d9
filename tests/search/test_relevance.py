"""The judged query set (search/relevance.py) against the demo region meets its targets, on the database the suite
runs on (SQLite, and PostgreSQL in CI)."""

import io

import pytest
from django.core.management import call_command

from search.engines.database import DatabaseSearchEngine
from search.relevance import TARGETS, evaluate, judged_queries, shortfalls


@pytest.fixture
def demo_region(db):
    call_command("load_demo", stdout=io.StringIO())


@pytest.mark.slow
def test_the_judged_query_set_meets_its_targets(demo_region):
    report = evaluate(DatabaseSearchEngine())

    assert set(report) == set(TARGETS)
    assert not shortfalls(report), {kind: figures["failures"][:5] for kind, figures in report.items()}


@pytest.mark.slow
def test_the_judgments_come_from_the_content(demo_region):
    judgments = judged_queries()
    by_kind = {judgment.kind for judgment in judgments}

    assert by_kind == set(TARGETS)
    assert all(judgment.relevant for judgment in judgments)
    assert any(judgment.text == "inloop Den Helder" for judgment in judgments)
