"""Validators for what editors type that ends up in a link."""

import re

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
#: Browsers drop tabs and newlines anywhere in a URL, and control characters and spaces around it: "java\tscript:"
#: and " javascript:" are javascript: URLs too.
DROPPED_INSIDE = re.compile(r"[\t\n\r]")
DROPPED_AROUND = "".join(chr(code) for code in range(0x21))


@deconstructible
class LinkSchemeValidator:
    """Text that can become a link may start with a scheme from ``schemes`` only (or with none)."""

    message = _("Only web addresses (http, https), e-mail (mailto:) and phone (tel:) links are allowed.")
    code = "unsafe_link"

    def __init__(self, schemes=("http", "https", "mailto", "tel")):
        self.schemes = tuple(schemes)

    def __call__(self, value):
        found = SCHEME.match(DROPPED_INSIDE.sub("", str(value)).strip(DROPPED_AROUND))
        if found and found.group(1).lower() not in self.schemes:
            raise ValidationError(self.message, code=self.code)

    def __eq__(self, other):
        return isinstance(other, LinkSchemeValidator) and self.schemes == other.schemes
