"""Settings shared by every environment, read from the environment with safe development defaults."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import dj_email_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The plugins are configuration: the site boots, migrates and renders with any subset.
ALL_PLUGINS = ["verhalen", "vrijwilligers", "search", "wegwijzer"]
HERSTELNETWERK_PLUGINS = [
    plugin for plugin in env_list("HERSTELNETWERK_PLUGINS", ",".join(ALL_PLUGINS)) if plugin != "none"
]
if unknown := set(HERSTELNETWERK_PLUGINS) - set(ALL_PLUGINS):
    raise ValueError(f"Unknown HERSTELNETWERK_PLUGINS: {', '.join(sorted(unknown))}")

INSTALLED_APPS = [
    # The core platform: pages, snippets, the social map and the agenda.
    "herstelnetwerk",
    "herstelnetwerk.socialmap",
    "herstelnetwerk.agenda",
    *HERSTELNETWERK_PLUGINS,
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v3",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks_db",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "herstelnetwerk.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "herstelnetwerk.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    "herstelnetwerk.middleware.SecurityHeadersMiddleware",
    "herstelnetwerk.middleware.AnonymousCacheHeadersMiddleware",
    "herstelnetwerk.middleware.QueryGuardMiddleware",
]

ROOT_URLCONF = "herstelnetwerk.urls"
WSGI_APPLICATION = "herstelnetwerk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers wait for the lock instead of failing: each transaction takes it at BEGIN, and
    # write-ahead logging lets readers carry on meanwhile.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL := os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

_email = dj_email_url.parse(os.environ.get("EMAIL_URL", "console://"))
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Herstelnetwerk <noreply@herstelnetwerk.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Seconds before a mail server that does not answer counts as failed (the task is retried later).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# E-mail and indexing leave the request: they are queued in the database and a worker runs them
# (`manage.py db_worker`, started by `make run`; in production a process of its own, see docs/deployment.md).
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Behind reverse proxies (a load balancer, nginx), how many of them add to X-Forwarded-For: the client's address is
# read from that header, counted from the right. 0 (the default) uses REMOTE_ADDR and ignores the header.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Admin login lock-out: five failures per username and address lock that combination for an hour.
AXES_CLIENT_IP_CALLABLE = "herstelnetwerk.client_address.client_address"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "lockout.html"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch"))]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
# Site-wide templates and settings translate here; each app keeps its own locale/ folder.
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
# Django serves the images (originals and renditions, never documents) itself: for a demo or test site without a
# web server in front. In production the web server serves MEDIA_ROOT/images/ (docs/deployment.md).
SERVE_MEDIA_IMAGES = env_bool("SERVE_MEDIA_IMAGES", False)
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploads: modest sizes and known types only.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "csv", "xlsx", "txt"]
# Documents are always served through Wagtail's view, which enforces the private collections ("Toestemmingen");
# the web server must not serve MEDIA_ROOT/documents/ itself (docs/security.md).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# The social map's optional map view: map tiles are the one thing loaded from another host.
SOCIALMAP_TILE_URL = os.environ.get("SOCIALMAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
SOCIALMAP_TILE_ATTRIBUTION = os.environ.get("SOCIALMAP_TILE_ATTRIBUTION", "© OpenStreetMap")

# Content-Security-Policy: nothing from other hosts but the map tiles, no inline scripts.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [
            "'self'",
            "data:",
            "blob:",
            "{0.scheme}://{0.netloc}".format(urlsplit(SOCIALMAP_TILE_URL)),
        ],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
ANONYMOUS_CACHE_SECONDS = int(os.environ.get("ANONYMOUS_CACHE_SECONDS", "60"))
# How long a built calendar feed is kept at most; publishing an activity replaces it at once.
FEED_CACHE_SECONDS = int(os.environ.get("FEED_CACHE_SECONDS", "3600"))
# A caching proxy (Varnish, nginx) that takes PURGE requests: publishing purges the page, its parent and the home page.
WAGTAILFRONTENDCACHE = (
    {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }
    if os.environ.get("FRONTEND_CACHE_PURGE_URL")
    else {}
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

WAGTAIL_SITE_NAME = "Herstelnetwerk Noord-Holland-Noord"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin's avatars: no gravatar (a third party, and blocked by the site's own CSP); Wagtail shows its default.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX = os.environ.get("ELASTICSEARCH_INDEX", "herstelnetwerk")

# Passwords of restricted pages and documents: attempts per address per hour.
PASSWORD_ATTEMPTS_LIMIT = int(os.environ.get("PASSWORD_ATTEMPTS_LIMIT", "10"))

# Volunteers: form submissions per address per hour, and how long personal data is kept after the last activity.
VRIJWILLIGERS_RATE_LIMIT = int(os.environ.get("VRIJWILLIGERS_RATE_LIMIT", "5"))
VRIJWILLIGERS_RETENTION_MONTHS = int(os.environ.get("VRIJWILLIGERS_RETENTION_MONTHS", "24"))
# A confirmation mail that fails is tried again with growing pauses (1, 4, 16, 64 minutes), this many times in all.
VRIJWILLIGERS_MAIL_ATTEMPTS = int(os.environ.get("VRIJWILLIGERS_MAIL_ATTEMPTS", "5"))
# A cancel link in a mail works this many days, and never after the training's last session.
VRIJWILLIGERS_CANCEL_LINK_DAYS = int(os.environ.get("VRIJWILLIGERS_CANCEL_LINK_DAYS", "180"))
# Double opt-in: a sign-up or enrolment not confirmed by the link in the mail within this many hours lapses.
VRIJWILLIGERS_CONFIRM_HOURS = int(os.environ.get("VRIJWILLIGERS_CONFIRM_HOURS", "48"))
# The link to "mijn inschrijvingen" works this many hours.
VRIJWILLIGERS_OVERVIEW_LINK_HOURS = int(os.environ.get("VRIJWILLIGERS_OVERVIEW_LINK_HOURS", "24"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Suggested corrections on organisation and activity pages: sends per address an hour, and the fewest seconds
# between showing the form and sending it (faster is a bot).
SOCIALMAP_CORRECTION_LIMIT = int(os.environ.get("SOCIALMAP_CORRECTION_LIMIT", "10"))
SOCIALMAP_CORRECTION_MIN_SECONDS = int(os.environ.get("SOCIALMAP_CORRECTION_MIN_SECONDS", "3"))
# Organisations are asked to check their entry every SOCIALMAP_REVIEW_MONTHS; the link in the mail works this many days.
SOCIALMAP_REVIEW_MONTHS = int(os.environ.get("SOCIALMAP_REVIEW_MONTHS", "6"))
SOCIALMAP_REVIEW_LINK_DAYS = int(os.environ.get("SOCIALMAP_REVIEW_LINK_DAYS", "30"))
