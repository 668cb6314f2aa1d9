"""Words of acute danger. A search with one of them shows the crisis lines (113, 112) above anything else.

The list is data, reviewed in ``tests/search/test_crisis.py``: phrases are matched as whole words after folding, so
"dood" alone (a story about grief) is not a crisis, while "dood willen" and "niet meer leven" are.
"""

from herstelnetwerk.lexicon import phrases_in

CRISIS_PHRASES = (
    "zelfmoord",
    "zelfdoding",
    "suicide",
    "suicidaal",
    "zelfmoordgedachten",
    "zelfmoordgedachte",
    "dood willen",
    "wil dood",
    "wil ik dood",
    "dood wil",
    "niet meer leven",
    "niet meer willen leven",
    "wil niet meer leven",
    "einde maken",
    "er een einde aan maken",
    "uit het leven stappen",
    "mezelf doden",
    "mezelf iets aandoen",
    "mijzelf iets aandoen",
    "zelfbeschadiging",
    "mezelf snijden",
    "113",
    "acuut gevaar",
    "crisis",
    "noodgeval",
)


def is_crisis(query_text: str) -> bool:
    return bool(phrases_in(query_text, CRISIS_PHRASES))
