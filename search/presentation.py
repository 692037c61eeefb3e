"""Labels and links for search results: facet values in the reader's language, filter toggles."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from django_countries import countries

from practices import vocabulary as v
from practices.selectors.labels import category_labels, region_labels
from search.documents import code_labels
from search.engine.base import CODED_FIELDS

# Every facet (search.engine.base.FACETS) with its title, in the order the pages and the API
# list them.
FACET_TITLES = {
    "category": _("Practice"),
    "koppen": _("Climate zone"),
    "koppen_group": _("Climate group"),
    "agro_climatic_zone": _("Agro-climatic zone"),
    "soil_group": _("Soil"),
    "texture": _("Texture"),
    "slope_class": _("Slope"),
    "land_use": _("Land use"),
    "water_supply": _("Water"),
    "country": _("Country"),
    "region": _("Region"),
    "outcome": _("Outcome"),
    "evidence": _("Evidence"),
    "language": _("Language"),
    "kind": _("Type"),
}
KIND_LABELS = {"practice": _("Practice"), "tutorial": _("Tutorial"), "video": _("Video")}
LANGUAGE_LABELS = {"en": "English", "fr": "Français", "es": "Español"}
CHOICES = {
    **{name: code_labels(name) for name in CODED_FIELDS},
    "koppen_group": v.KOPPEN_MAIN_GROUPS,
    "kind": KIND_LABELS,
    "language": LANGUAGE_LABELS,
}


class Labeller:
    """Facet value -> label in the active language (categories and regions from the DB, once)."""

    def __init__(self):
        locale = Locale.get_active()
        self.categories = category_labels(locale=locale)
        self.regions = region_labels(locale=locale)

    def __call__(self, facet: str, value: str) -> str:
        if facet == "category":
            return self.categories.get(value, value)
        if facet == "region":
            return self.regions.get(value, value)
        if facet == "country":
            return str(countries.name(value) or value)
        if facet == "koppen":
            return f"{value} — {CHOICES['koppen'].get(value, value)}"
        return str(CHOICES.get(facet, {}).get(value, value))


def query_string(params, *, set_values: dict | None = None, toggle: tuple | None = None) -> str:
    """The current parameters with one facet value toggled (or some set), page reset."""
    pairs = [(k, value) for k in params for value in params.getlist(k) if k != "page" and value]
    if toggle is not None:
        name, value = toggle
        if (name, value) in pairs:
            pairs.remove((name, value))
        else:
            pairs.append((name, value))
    for name, value in (set_values or {}).items():
        pairs = [(k, val) for k, val in pairs if k != name]
        if value not in (None, ""):
            pairs.append((name, value))
    return "?" + urlencode(pairs) if pairs else "?"
