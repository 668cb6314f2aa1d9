import pytest

from tests.socialmap.factories import SocialMapPageFactory


@pytest.fixture
def social_map(home_page):
    return SocialMapPageFactory(parent=home_page)
