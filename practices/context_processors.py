from wagtail.models import Locale, Site


def navigation(request) -> dict:
    """The current language's home page and menu pages, for the site header."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def lazy():
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            locale = Locale.get_default()
        home = site.root_page.get_translation_or_none(locale) or site.root_page
        menu = list(home.get_children().live().public().in_menu().only("title", "url_path"))
        return {"home": home, "menu": menu}

    return {"navigation": _Lazy(lazy)}


class _Lazy:
    """Evaluated on first use in a template, so pages that don't show the menu don't query."""

    def __init__(self, compute):
        self._compute = compute
        self._value = None

    def __getattr__(self, name):
        if self._value is None:
            self._value = self._compute()
        try:
            return self._value[name]
        except KeyError as error:
            raise AttributeError(name) from error
