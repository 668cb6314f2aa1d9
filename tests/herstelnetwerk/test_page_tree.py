"""Where each core page type may live."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from herstelnetwerk.models import HomePage, StandardPage, SubregionPage


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertEqual(HomePage.max_count, 1)

    def test_subregion_pages_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(SubregionPage, {HomePage})
        self.assertCanCreateAt(HomePage, SubregionPage)
        self.assertCanNotCreateAt(SubregionPage, SubregionPage)
        self.assertCanNotCreateAt(StandardPage, SubregionPage)

    def test_subregion_pages_hold_standard_pages_only(self):
        self.assertAllowedSubpageTypes(SubregionPage, {StandardPage})

    def test_standard_pages_nest_under_core_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, SubregionPage, StandardPage})
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
