from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
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


class ApiOffsetGuardMiddleware:
    """Answers an API offset that no database can take with a 400 instead of a server error.

    Wagtail 8's API v3 pagination bounds ``limit`` but passes ``offset`` to SQL unchecked, so an offset beyond a
    64-bit integer fails in the database. Found by the fuzzing gate (tests/quality/test_fuzz.py).
    """

    MAX_OFFSET = 2**63 - 1

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        offset = request.GET.get("offset", "")
        if request.path.startswith("/api/") and offset.isdigit() and int(offset) > self.MAX_OFFSET:
            return JsonResponse(
                {
                    "type": "about:blank",
                    "title": "Bad Request",
                    "status": 400,
                    "detail": "offset is too large",
                },
                status=400,
            )
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy everywhere, except that the Wagtail admin may run the inline scripts it ships with.

    Public pages never need inline script; the admin (for logged-in editors only) does, so only its paths get
    ``'unsafe-inline'`` in ``script-src``.
    """

    ADMIN_SCRIPT_SRC = ["'self'", "'unsafe-inline'"]

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path.startswith(reverse("wagtailadmin_home")):
            parts.replace = {**(parts.replace or {}), "script-src": self.ADMIN_SCRIPT_SRC}
        return parts
