vcl 4.1;
# Varnish in front of gunicorn: anonymous visitors get pages from memory, editors and forms always reach Django.
#
# Django marks what may be shared: `Cache-Control: public, max-age=ANONYMOUS_CACHE_SECONDS` only on anonymous GETs
# that set no cookie and use no CSRF token (herstelnetwerk/middleware.py). Only such responses are cached here.
# Publishing a page sends PURGE for the page, its parent and the home page (FRONTEND_CACHE_PURGE_URL, Wagtail's
# frontend_cache): each bans that path with every query string (filters, pages of a list), on every host name.
#
# Run (Debian package `varnish`): varnishd -a :80 -f /etc/varnish/default.vcl -s malloc,256m
# tests/herstelnetwerk/test_varnish.py starts it with this file, the backend port replaced.

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

# Who may purge: the application servers (set FRONTEND_CACHE_PURGE_URL to this Varnish).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # The path exactly, with any query string: "/agenda/" also bans "/agenda/?page=2&free=on".
        ban("obj.http.x-url ~ ^" + regsub(req.url, "\?.*$", "") + "(\?.*)?$");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);  # forms (POST), and anything else that changes something
    }
    # Never from the cache: the admin, the search suggestions, personal pages of volunteers (sign-up thanks,
    # enrolment, cancel links with a signed token) and anything of a logged-in editor.
    if (req.url ~ "^/(admin|django-admin)(/|$)"
        || req.url ~ "^/zoeken/suggest"
        || req.url ~ "^/vrijwilligers/(.+/)?(afmelden|bedankt|inschrijven|ingeschreven)(/|\?|$)"
        || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anonymous visitors: cookies (analytics, an old CSRF token) must not split or bypass the cache.
    unset req.http.Cookie;
    # The site speaks Dutch only: one copy per page, whatever language the browser asks for.
    unset req.http.Accept-Language;
    return (hash);
}

sub vcl_backend_response {
    # Kept for bans by the ban lurker, which sees objects, not requests.
    set beresp.http.x-url = bereq.url;
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control !~ "public"
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.http.Vary ~ "\*") {
        # Not shared: remember for two minutes not to wait for other visitors' identical requests.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Serve a slightly stale page while a fresh one is fetched, and for an hour if Django is down.
    set beresp.grace = 1h;
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.x-url;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
