from wagtail.snippets.models import register_snippet

from herstelnetwerk.viewsets import ThemeViewSet

register_snippet(ThemeViewSet)
