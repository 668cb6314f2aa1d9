from functools import cache

from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(public=True, max_age=60 * 60 * 24)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@cache
def favicon_bytes() -> bytes:
    """The icon drawn by scripts/make_icons.py, read once per process."""
    with open(finders.find("brand/favicon.ico"), "rb") as icon:
        return icon.read()


@require_GET
@cache_control(public=True, max_age=60 * 60 * 24 * 7)
def favicon_ico(request):
    """``/favicon.ico``, where browsers and feed readers look for it whatever the page says."""
    return HttpResponse(favicon_bytes(), content_type="image/vnd.microsoft.icon")


def api_endpoint_off(request, *args, **kwargs):
    """The API's image and document lists are off: they listed every file, private collections' too."""
    return JsonResponse(
        {
            "type": "about:blank",
            "title": "Not Found",
            "status": 404,
            "detail": "This endpoint is not available.",
        },
        status=404,
    )
