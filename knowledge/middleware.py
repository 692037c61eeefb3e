import hashlib

from django.core.cache import cache
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware

from wagtail.models import Site

from practices.context_processors import NAVIGATION_TTL, navigation_generation


class TerroirLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 of the JSON API stays a 404 (Django would
    redirect it to a language-prefixed URL that Wagtail's catch-all then serves)."""

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)


_NO_SITE = "none"


class CachedSiteMiddleware:
    """Wagtail looks up the request's Site on every request (one query), then routes from its
    home page, loading the specific page again (another). Both change rarely: they are kept in
    the cache, keyed by host and port, until a page is published, moved or deleted or a Site
    changes (practices.context_processors.navigation_forget). Put after CommonMiddleware, which
    refuses hosts outside ALLOWED_HOSTS first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = site_for_request(request)  # Site.find_for_request reads it
        return self.get_response(request)


def site_for_request(request):
    hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail does
    port = request.get_port()
    key = f"terroir:site:{hashlib.sha256(f'{hostname}:{port}'.encode()).hexdigest()[:32]}"
    key = f"{key}:{navigation_generation()}"
    site = cache.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific  # routing starts there
        cache.set(key, site or _NO_SITE, NAVIGATION_TTL)
    return None if site == _NO_SITE else site
