"""The site chrome every page shows: the navigation (the languages, the menu, this page in
the other languages), cached per site and page and forgotten when pages or sites change
(home.receivers)."""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, PageViewRestriction, Site

NAVIGATION_TTL = 300


def navigation_generation() -> str:
    generation = cache.get("terroir:nav:generation")
    if generation is None:
        generation = uuid.uuid4().hex
        cache.set("terroir:nav:generation", generation, None)
    return generation


def navigation_forget(**kwargs) -> None:
    """Called when pages are published, unpublished, moved or deleted."""
    cache.set("terroir:nav:generation", uuid.uuid4().hex, None)


def navigation(request) -> dict:
    """The site header's data, computed on first use in a template and in a few queries:
    the home page of each language, the current one's menu, and the language links."""
    return {"navigation": _Navigation(request)}


class _Navigation:
    def __init__(self, request):
        self._request = request
        self._homes = None

    @property
    def homes(self) -> dict:
        """language code -> live home page (cached until a page is published or moved)."""
        if self._homes is None:
            site = Site.find_for_request(self._request)
            key = f"terroir:nav:{site.pk if site else 0}:homes:{navigation_generation()}"
            self._homes = cache.get(key)
            if self._homes is None:
                self._homes = {}
                if site is not None:
                    for home in Page.objects.filter(
                        translation_key=site.root_page.translation_key, live=True
                    ).select_related("locale"):
                        self._homes[home.locale.language_code] = home
                cache.set(key, self._homes, NAVIGATION_TTL)
        return self._homes

    @property
    def home(self):
        return self.homes.get(get_language()) or self.homes.get(settings.LANGUAGE_CODE)

    @property
    def menu(self) -> list:
        home = self.home
        if home is None:
            return []
        key = f"terroir:nav:{home.pk}:menu:{navigation_generation()}"
        menu = cache.get(key)
        if menu is None:
            menu = list(
                home.get_children()
                .live()
                .in_menu()
                .exclude(id__in=PageViewRestriction.objects.values("page_id"))
                .only("title", "url_path")
            )
            cache.set(key, menu, NAVIGATION_TTL)
        return menu

    def language_links(self, page) -> list[tuple[str, str, str, bool]]:
        """(code, name, url, current) per language: the page's live translation, else that
        language's home page; outside Wagtail pages, the same URL in the other language."""
        current = get_language()
        translations = {}
        if isinstance(page, Page):
            key = f"terroir:nav:translations:{page.translation_key}:{navigation_generation()}"
            translations = cache.get(key)
            if translations is None:
                translations = {
                    p.locale.language_code: p
                    for p in Page.objects.filter(translation_key=page.translation_key, live=True)
                    .select_related("locale")
                    .only("url_path", "locale__language_code")
                }
                cache.set(key, translations, NAVIGATION_TTL)
        links = []
        for code, name in settings.LANGUAGES:
            if isinstance(page, Page):
                target = translations.get(code) or self.homes.get(code)
                url = target.get_url(self._request) if target is not None else f"/{code}/"
                if code not in translations and code != current:  # the home page says why
                    url = f"{url}?untranslated=1"
            else:
                url = translate_url(self._request.get_full_path(), code)
            if not url or not url.startswith("/") or url.startswith("//"):
                url = f"/{code}/"  # never an off-site (protocol-relative) link
            links.append((code, name, url, code == current))
        return links
