import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "herstelnetwerk.settings.production")

application = get_wsgi_application()

# What is loaded at start (Django, Wagtail, the apps, their models and URL patterns) lives as long as the worker:
# keep it out of the garbage collector's full passes, which otherwise pause a request for about 100 ms (bench/).
gc.freeze()
