"""The dashboard's filters read from a query string (the page's form, the API, the exports):
one parser, so that the three give the same numbers for the same address."""

from django.utils.translation import gettext as _

from django_countries import countries

from practices.impact.dashboard.selectors import Filters
from practices.models import PracticeCategory, Region


class FilterError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def filters_parse(query) -> Filters:
    """Filters from `country=`, `region=` and `category=`; FilterError for an unknown value."""
    country = query.get("country", "").strip().upper()
    region = query.get("region", "").strip()
    category = query.get("category", "").strip()
    if country and country not in countries:
        raise FilterError("country", _("Unknown country code %(code)r.") % {"code": country[:10]})
    if region and not Region.objects.filter(slug=region).exists():
        raise FilterError("region", _("Unknown region %(slug)r.") % {"slug": region[:60]})
    if category and not PracticeCategory.objects.filter(slug=category).exists():
        raise FilterError("category", _("Unknown category %(slug)r.") % {"slug": category[:60]})
    return Filters(country=country, region=region, category=category)
