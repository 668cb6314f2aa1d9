import pytest
from django.test import RequestFactory

from herstelnetwerk.pagination import paginate

ITEMS = list(range(45))


@pytest.mark.parametrize(
    ("raw", "number", "corrected"),
    [
        ("1", 1, False),
        ("2", 2, False),
        ("3", 3, False),
        ("9", 3, True),
        ("0", 1, True),
        ("-4", 1, True),
        ("abc", 1, True),
        ("9" * 5000, 3, True),
        ("", 1, True),
    ],
)
def test_any_page_parameter_gives_a_page(raw, number, corrected):
    result = paginate(RequestFactory().get("/", {"page": raw}), ITEMS, per_page=20)
    assert result.page_obj.number == number
    assert result.corrected is corrected


def test_query_keeps_other_parameters_without_page():
    result = paginate(RequestFactory().get("/", {"thema": ["a", "b"], "page": "2"}), ITEMS)
    assert result.query == "thema=a&thema=b"
