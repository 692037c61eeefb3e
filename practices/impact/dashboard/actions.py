"""Country actions (top-down) for the dashboard: one per programme, in the reader's language
when translated, else in the language it was entered in. Shown beside the bottom-up figures,
never added into them."""

from wagtail.models import Locale

from practices.impact.dashboard.selectors import Filters
from practices.impact.models import CountryAction
from practices.models import Region

ACTION_COLUMNS = [
    "country", "name", "year", "funding_amount", "funding_currency", "funders", "beneficiaries",
    "hectares", "categories", "mrv_system", "ndc_soil_carbon", "source", "notes", "language",
]  # fmt: skip


def country_actions_list(*, filters: Filters, locale: Locale | None = None) -> list[CountryAction]:
    locale = locale or Locale.get_active()
    actions = CountryAction.objects.select_related("locale").order_by("country", "-year", "name")
    if filters.country:
        actions = actions.filter(country=filters.country)
    if filters.region:
        countries = set()
        for region in Region.objects.filter(slug=filters.region).only("countries"):
            countries.update(str(code) for code in region.countries)
        actions = actions.filter(country__in=countries)
    chosen: dict = {}
    for action in actions:
        if filters.category and filters.category not in (action.categories or []):
            continue
        kept = chosen.get(action.translation_key)
        if kept is None or (action.locale_id == locale.id and kept.locale_id != locale.id):
            chosen[action.translation_key] = action
        elif kept.locale_id != locale.id and action.id < kept.id:
            chosen[action.translation_key] = action  # the original, when no translation fits
    return sorted(chosen.values(), key=lambda a: (str(a.country.name), -(a.year or 0), a.name))


def country_action_record(action: CountryAction) -> dict:
    """An action as the API and the exports give it (also the import's columns)."""
    return {
        "country": str(action.country),
        "name": action.name,
        "year": action.year,
        "funding_amount": None if action.funding_amount is None else float(action.funding_amount),
        "funding_currency": action.funding_currency,
        "funders": action.funders,
        "beneficiaries": action.beneficiaries,
        "hectares": action.hectares,
        "categories": list(action.categories or []),
        "mrv_system": action.mrv_system,
        "ndc_soil_carbon": action.ndc_soil_carbon,
        "source": action.source,
        "notes": action.notes,
        "language": action.locale.language_code,
    }
