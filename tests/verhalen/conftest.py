import pytest

from tests.verhalen.factories import StoryIndexPageFactory


@pytest.fixture
def stories(home_page):
    return StoryIndexPageFactory(parent=home_page)
