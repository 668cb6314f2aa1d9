"""Search engines behind one interface; ``get_engine()`` picks one from the settings."""

from django.conf import settings

from .base import SearchEngine, SearchQuery, SearchResults


def get_engine() -> SearchEngine:
    if settings.ELASTICSEARCH_URL:
        from .elastic import ElasticsearchEngine

        return ElasticsearchEngine()
    from .database import DatabaseSearchEngine

    return DatabaseSearchEngine()


__all__ = ["SearchEngine", "SearchQuery", "SearchResults", "get_engine"]
