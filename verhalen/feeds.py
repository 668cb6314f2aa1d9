"""RSS and Atom feeds of published stories: title, introduction, link, date and the author as shown on the page."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class StoriesRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def title(self):
        return self.index.title

    def link(self):
        return self.index.url

    def description(self):
        return self.index.intro or _("Stories of recovery")

    def items(self):
        from .listing import published_stories

        return published_stories().order_by("-first_published_at")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.display_author


class StoriesAtomFeed(StoriesRssFeed):
    feed_type = Atom1Feed
    subtitle = StoriesRssFeed.description
