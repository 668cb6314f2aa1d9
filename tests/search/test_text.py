"""Dutch-aware words: inflections share a Snowball stem, and highlighting escapes everything it does not mark."""

import pytest

from search.text import expand, highlight, stem, variants


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("wandeling", "wandelen"),
        ("lotgenoten", "lotgenoot"),
        ("somber", "somberheid"),
        ("eenzaam", "eenzaamheid"),
        ("inloop", "inlopen"),
    ],
)
def test_a_query_word_reaches_its_inflections(query, found):
    assert found in variants(query)
    assert stem(query) == stem(found)


def test_inflected_forms_are_those_snowball_calls_one_word():
    """The stems PostgreSQL's "dutch" configuration gives (its Snowball stemmer), so the engines agree."""
    assert [stem(word) for word in ("verslaving", "lotgenoten", "eenzaamheid", "huisartsen")] == [
        "verslav",
        "lotgenot",
        "eenzam",
        "huisarts",
    ]
    assert all(stem(form) == "wandel" for form in variants("wandeling"))


def test_synonyms_expand_in_both_directions():
    groups = {"depressie": {"somberheid"}, "somberheid": {"depressie"}, "poh": {"praktijkondersteuner"}}

    assert "somberheid" in expand("Depressie", groups)
    assert "praktijkondersteuner" in expand("POH", groups)


def test_highlight_marks_matches_and_escapes_the_rest():
    html = highlight("Hulp bij <script>verslaafd</script> zijn & meer", ["verslaafd"])

    assert html == "Hulp bij &lt;script&gt;<mark>verslaafd</mark>&lt;/script&gt; zijn &amp; meer"


def test_expand_ignores_punctuation_and_caps_the_number_of_words():
    assert expand("!!! ???", {}) == []
    assert (
        len(
            {
                word
                for word in expand(" ".join(f"woord{n}" for n in range(50)), {})
                if word.startswith("woord")
            }
        )
        <= 8 * 40
    )


def test_a_ligature_that_unfolds_into_many_words_stays_a_small_query():
    # Found by the fuzzing gate: "ﷺ" folds into four Arabic words, fifty of them overflowed the SQL builder.
    assert len(expand("\ufdfa" * 50, {})) <= 64
