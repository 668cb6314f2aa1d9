import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseBadRequest, JsonResponse
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils.cache import patch_cache_control

from herstelnetwerk import content_version


class SecurityHeadersMiddleware:
    """Adds the Permissions-Policy header (Django's SecurityMiddleware sets the others)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class CachedSiteMiddleware:
    """Remembers the request's Wagtail site for each host once per content version (``content_version.py``), where
    Wagtail asks the database on every request. ``Site.find_for_request`` reads it from the request; a request that
    never asks for its site (``robots.txt``) touches neither the database nor this cache entry."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname, port = split_domain_port(request.get_host())[0], request.get_port()
        key = content_version.key(f"site:{hostname}:{port}")
        known = cache.get(key, NOT_CACHED)
        if known is not NOT_CACHED:
            request._wagtail_site = known
        response = self.get_response(request)
        if known is NOT_CACHED and hasattr(request, "_wagtail_site"):
            cache.set(key, request._wagtail_site, timeout=content_version.TIMEOUT)
        return response


NOT_CACHED = object()


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


class QueryGuardMiddleware:
    """Keeps query values that Wagtail 8's API v3 and admin cannot handle away from the database: a 400, or a
    cleaned value.

    Their pagination, filters and choosers (``offset``, ``site``, ``id``...) pass numbers to SQL unchecked (beyond a
    64-bit integer the database fails), their filters pass NUL characters to PostgreSQL (which refuses them in
    text), and their searches (``search`` in the API, ``q`` in the admin) hand the SQLite full-text engine quotes
    and blank queries that it cannot parse: a search keeps only its words. All found by the fuzzing gates
    (tests/quality/test_fuzz.py, tests/quality/test_roles.py).
    """

    SEARCHES = {"/api/": "search", "/admin/": "q"}
    SMALLEST, LARGEST = -(2**63), 2**63 - 1
    INTEGER = re.compile(r"[+-]?\d+")
    WORD = re.compile(r"\w+")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        prefix = next((prefix for prefix in self.SEARCHES if request.path.startswith(prefix)), None)
        if prefix is None or not request.GET:
            return self.get_response(request)
        search = self.SEARCHES[prefix]
        if any("\x00" in value for _name, values in request.GET.lists() for value in values):
            return self.bad_request(prefix, "query values cannot contain NUL characters")
        for name, values in request.GET.lists():
            if name != search and any(self.out_of_range(value) for value in values):
                return self.bad_request(prefix, f"{name} is out of range")
        if search in request.GET:
            words = " ".join(self.WORD.findall(request.GET[search]))
            if not words and prefix == "/api/":
                return self.bad_request(prefix, "search needs at least one word")
            request.GET = request.GET.copy()
            request.GET[search] = words
        return self.get_response(request)

    def out_of_range(self, value) -> bool:
        """A whole number that no database integer column can hold (a search may be any text: it is left alone)."""
        value = value.strip()
        if not self.INTEGER.fullmatch(value):
            return False
        # Python refuses to read over 4300 digits; anything over 19 is out of range anyway.
        return len(value.lstrip("+-")) > 19 or not self.SMALLEST <= int(value) <= self.LARGEST

    @staticmethod
    def bad_request(prefix, detail):
        if prefix == "/admin/":
            return HttpResponseBadRequest(detail, content_type="text/plain; charset=utf-8")
        return JsonResponse(
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": detail}, status=400
        )


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
