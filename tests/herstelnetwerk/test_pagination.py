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


@pytest.mark.django_db
def test_a_listing_is_counted_once_until_public_content_changes(
    home_page, django_assert_num_queries, django_capture_on_commit_callbacks
):
    from herstelnetwerk.models import StandardPage

    request = RequestFactory().get("/", {"page": "2"})
    for number in range(3):
        home_page.add_child(instance=StandardPage(title=f"Pagina {number}", slug=f"pagina-{number}"))
    listing = StandardPage.objects.live().order_by("title")

    def titles(queryset):
        page_obj = paginate(request, queryset, per_page=2).page_obj
        return page_obj.paginator.count, [page.title for page in page_obj]

    with django_assert_num_queries(2):  # the count and the page
        assert titles(listing) == (3, ["Pagina 2"])
    with django_assert_num_queries(1):  # the page only
        assert titles(listing) == (3, ["Pagina 2"])
    with django_assert_num_queries(2):  # another filter is another count
        assert titles(listing.exclude(title__endswith="2")) == (
            2,
            ["Pagina 0", "Pagina 1"],
        )  # page 1: no page 2

    with django_capture_on_commit_callbacks(execute=True):
        home_page.add_child(instance=StandardPage(title="Pagina 3", slug="pagina-3"))
    assert titles(listing) == (4, ["Pagina 2", "Pagina 3"])
