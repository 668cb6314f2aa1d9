import factory
import wagtail_factories
from django.utils import timezone

from verhalen.models import StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Verhalen"
    slug = "verhalen"

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Mijn kronkelweg {n}")
    slug = factory.Sequence(lambda n: f"kronkelweg-{n}")
    intro = "Hoe ik de weg terugvond."
    author = "first_name"
    author_name = "Mirjam"
    first_published_at = factory.LazyFunction(timezone.now)
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>" + "Ik liep elke dag naar de inloop. " * 60 + "</p>")]
    )

    class Meta:
        model = StoryPage
