from wagtail.snippets.models import register_snippet

from .viewsets import SocialMapViewSetGroup

register_snippet(SocialMapViewSetGroup)
