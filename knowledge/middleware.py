import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware

from home.context_processors import NAVIGATION_TTL, navigation_generation
from practices.wagtail_internals import request_host, site_lookup, site_remember


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
    changes (home.receivers). Put after CommonMiddleware, which
    refuses hosts outside ALLOWED_HOSTS first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site_remember(request, site_for_request(request))
        return self.get_response(request)


def site_for_request(request):
    hostname = split_domain_port(request_host(request))[0]  # as Wagtail does
    port = request.get_port()
    key = f"terroir:site:{hashlib.sha256(f'{hostname}:{port}'.encode()).hexdigest()[:32]}"
    key = f"{key}:{navigation_generation()}"
    site = cache.get(key)
    if site is None:
        site = site_lookup(request)
        if site is not None:
            site.root_page = site.root_page.specific  # routing starts there
        cache.set(key, site or _NO_SITE, NAVIGATION_TTL)
    return None if site == _NO_SITE else site


class SecurityHeadersMiddleware:
    """A Content-Security-Policy and a Permissions-Policy on every response (Django 5.2 has no
    CSP of its own). The public site has no inline style, and no script but "Use my location"
    on the pages with a location fieldset (TERROIR_LOCATION_VIEWS): those allow this site's
    scripts and the position, the others no script at all. The admin's policy (Wagtail,
    Django's admin) allows its own scripts and inline styles. A response that already has a
    policy keeps it (user media are served with a sandboxing one). Uploads on another origin
    (an S3 bucket or its domain) are added to the image and media sources. The policies are in
    settings (TERROIR_CSP*)."""

    def __init__(self, get_response):
        self.get_response = get_response
        uploads = _uploads_origin()
        self.public = _policy(settings.TERROIR_CSP, uploads)
        self.admin = _policy(settings.TERROIR_CSP_ADMIN, uploads)
        self.admin_paths = tuple(settings.TERROIR_CSP_ADMIN_PATHS)
        self.locating = _policy({**settings.TERROIR_CSP, "script-src": ["'self'"]}, uploads)
        self.location_views = frozenset(settings.TERROIR_LOCATION_VIEWS)
        features = settings.TERROIR_PERMISSIONS_POLICY
        self.permissions = _permissions(features)
        self.locating_permissions = _permissions({**features, "geolocation": ["self"]})

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        locating = match is not None and match.view_name in self.location_views
        if "Content-Security-Policy" not in response:
            admin = request.path_info.startswith(self.admin_paths)
            policy = self.locating if locating else self.public
            response["Content-Security-Policy"] = self.admin if admin else policy
        if "Permissions-Policy" not in response:
            permissions = self.locating_permissions if locating else self.permissions
            response["Permissions-Policy"] = permissions
        return response


def _permissions(features: dict[str, list[str]]) -> str:
    return ", ".join(f"{feature}=({' '.join(allowed)})" for feature, allowed in features.items())


def _uploads_origin() -> str | None:
    """The origin uploads are served from when it is not this site's (S3, a media domain)."""
    url = urlsplit(storages["default"].url("csp"))
    return f"{url.scheme}://{url.netloc}" if url.scheme and url.netloc else None


def _policy(directives: dict[str, list[str]], uploads: str | None) -> str:
    return "; ".join(
        " ".join(
            [name, *sources, *([uploads] if uploads and name in ("img-src", "media-src") else [])]
        )
        for name, sources in directives.items()
    )
