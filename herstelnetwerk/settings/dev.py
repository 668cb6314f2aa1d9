"""Local development: debug on, a throwaway secret key, e-mail printed to the console."""

from .base import *  # noqa: F403
from .base import SECRET_KEY

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
INTERNAL_IPS = ["127.0.0.1"]
