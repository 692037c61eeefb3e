import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.account import LoginView as WagtailLoginView
from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView
from wagtail.documents import urls as wagtaildocs_urls

from knowledge.media import media_serve
from practices.impact import urls as impact_urls
from practices.network import urls as network_urls
from practices.reach import urls as reach_urls
from practices.regions import urls as regions_urls
from practices.views.accounts import LOGIN_LIMIT, PASSWORD_RESET_LIMIT
from practices.views.chooser import chosen_pages_seen
from practices.views.limits import rate_limited
from search.urls import api_urlpatterns, page_urlpatterns

urlpatterns = [
    # The admin's log-in and password-reset forms count in the public forms' budgets (the same
    # groups): spreading attempts over the three forms gains nothing. They come before the
    # admin URLs, which define the same paths (and names, which still reverse to these), and
    # are never cached, as Wagtail makes every admin URL (its log-in view does so itself).
    path("admin/login/", rate_limited(LOGIN_LIMIT)(WagtailLoginView.as_view())),
    path(
        "admin/password_reset/",
        never_cache(rate_limited(PASSWORD_RESET_LIMIT)(WagtailPasswordResetView.as_view())),
    ),  # fmt: skip
    path("django-admin/login/", rate_limited(LOGIN_LIMIT)(admin.site.login)),
    path("django-admin/", admin.site.urls),
    # Ahead of Wagtail's own view on that path, which has no hook to narrow it.
    path("admin/choose-page/chosen-multiple/", chosen_pages_seen),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # The nested apps' API routes come before search's, which ends with the API's catch-all 404.
    *impact_urls.api_urlpatterns,
    *network_urls.api_urlpatterns,
    *regions_urls.api_urlpatterns,
    *reach_urls.api_urlpatterns,
    *api_urlpatterns,
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()

if settings.TERROIR_SERVE_MEDIA:  # user media from MEDIA_ROOT, never as an active type
    media_prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns.append(re_path(rf"^{media_prefix}(?P<path>.*)$", media_serve))

urlpatterns += i18n_patterns(
    *page_urlpatterns,
    *impact_urls.page_urlpatterns,
    *network_urls.page_urlpatterns,
    *regions_urls.page_urlpatterns,
    *reach_urls.page_urlpatterns,
    path("accounts/", include("practices.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
