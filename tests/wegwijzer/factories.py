import wagtail_factories

from wegwijzer.models import WegwijzerPage


class WegwijzerPageFactory(wagtail_factories.PageFactory):
    title = "Waar kan ik terecht?"
    slug = "wegwijzer"

    class Meta:
        model = WegwijzerPage
