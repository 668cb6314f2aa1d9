import pytest

from tests.agenda.factories import AgendaPageFactory


@pytest.fixture
def agenda(home_page):
    return AgendaPageFactory(parent=home_page)
