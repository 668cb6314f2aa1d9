from django.conf import settings
from django.utils.cache import patch_cache_control


class SecurityHeadersMiddleware:
    """Adds the Permissions-Policy header (Django's SecurityMiddleware sets the others)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AnonymousCacheHeadersMiddleware:
    """Lets browsers and proxies keep public pages briefly for anonymous visitors.

    Only for successful GETs that set no cookie, used no CSRF token and have no cache policy of their own,
    so a page with a form or anything personal is never shared.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not request.user.is_authenticated
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and "Cache-Control" not in response.headers
        ):
            patch_cache_control(response, public=True, max_age=settings.ANONYMOUS_CACHE_SECONDS)
        return response
