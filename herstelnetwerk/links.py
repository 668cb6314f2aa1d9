"""Links that can work: e-mail addresses and web addresses on reserved domains are never shown as links.

The demo (and the tests) give organisations addresses on the domains reserved for examples and tests (RFC 2606 and
RFC 6761: ``.example``, ``.test``, ``.invalid``, ``.localhost``, ``example.com/.net/.org``), so that nobody's real
mailbox or website is named. Such an address cannot work, so public pages leave it out (and their structured data
too): never a link that cannot work, never an address that gives the demo away. Editors still see and edit it in the
admin. See docs/demo.md.
"""

from urllib.parse import urlsplit

RESERVED_TOP_LEVEL = ("example", "test", "invalid", "localhost")
RESERVED_SECOND_LEVEL = ("example.com", "example.net", "example.org")


def host_of(address: str) -> str:
    """The host of an e-mail address (``mailto:`` or not) or of a web address, lower case, without a final dot."""
    address = (address or "").strip()
    if address.lower().startswith("mailto:"):
        address = address[len("mailto:") :]
    if "@" in address and "://" not in address:
        host = address.rsplit("@", 1)[1]
    else:
        host = urlsplit(address if "://" in address else f"//{address}").hostname or ""
    return host.split("?")[0].rstrip(".").lower()


def is_reserved(host: str) -> bool:
    labels = host.split(".")
    return labels[-1] in RESERVED_TOP_LEVEL or ".".join(labels[-2:]) in RESERVED_SECOND_LEVEL


def reachable(address: str) -> bool:
    """True for an address a visitor can use: it has a host, and that host is not on a reserved domain."""
    host = host_of(address)
    return bool(host) and not is_reserved(host)
