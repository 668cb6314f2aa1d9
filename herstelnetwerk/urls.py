from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.urls import api
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as document_views

from herstelnetwerk import plugins
from herstelnetwerk.ratelimit import limit_password_attempts
from herstelnetwerk.socialmap import corrections
from herstelnetwerk.views import api_endpoint_off, favicon_ico, robots_txt

urlpatterns = [
    # Wagtail's own password forms (same paths), with a limit on guessing.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_password_attempts(wagtail_views.authenticate_with_password),
    ),
    path(
        "documenten/authenticate_with_password/<int:restriction_id>/",
        limit_password_attempts(document_views.authenticate_with_password),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    # Images and documents are not listed: see docs/security.md. Pages carry the image renditions they use.
    re_path(r"^api/v3/(?:images|documents)/", api_endpoint_off),
    path("api/v3/", api.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon_ico, name="favicon_ico"),
    path("correctie/", corrections.suggest, name="suggest_correction"),
    *plugins.collect(plugins.SITE_URLS),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA_IMAGES:
    from django.views.static import serve

    # Images only: documents stay behind Wagtail's own view and its privacy checks.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:original_images|images)/[^/]+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]
