"""Request parameters -> engine queries, for the pages and the JSON API alike.

Every parameter is checked here; a bad one raises ParamError naming the field, which the API
answers with 400 `{"error", "field"}` and the pages show next to the form.
"""

import math
import re
from collections.abc import Mapping
from dataclasses import fields

from django.utils.translation import gettext as _

from practices import vocabulary as v
from search.documents import KINDS, code_labels
from search.encoder import Profile
from search.engine.base import CODED_FIELDS, FACETS, LANGUAGES, RANGES, SORTS, SearchQuery

MAX_QUERY_LENGTH = 500
MAX_PAGE = 500
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,59}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
VOCABULARIES = {
    **{name: set(code_labels(name)) for name in CODED_FIELDS},
    "koppen_group": set(v.KOPPEN_MAIN_GROUPS),
    "language": set(LANGUAGES),
    "kind": set(KINDS.values()),
}
RANGE_LIMITS = {"rainfall_mm": (0, 15000), "temperature_c": (-30, 40), "altitude_m": (-500, 9000)}
RANGE_PARAMS = {"rainfall_mm": "rainfall", "temperature_c": "temperature", "altitude_m": "altitude"}


class ParamError(ValueError):
    def __init__(self, field: str, message: str, *, code: str = "invalid"):
        super().__init__(message)
        self.field = field
        self.message = message
        self.code = code  # "invalid", or for a number: "number", "range", "order"


def _values(params: Mapping, name: str) -> list[str]:
    raw = params.getlist(name) if hasattr(params, "getlist") else [params.get(name)]
    values = []
    for item in raw:
        if item is None:
            continue
        values += [part.strip() for part in str(item).split(",") if part.strip()]
    return values


def _one(params: Mapping, name: str) -> str:
    values = params.getlist(name) if hasattr(params, "getlist") else [params.get(name)]
    values = [str(value).strip() for value in values if value not in (None, "")]
    if len(values) > 1:
        raise ParamError(name, _("Give %(name)s once.") % {"name": name})
    return values[0] if values else ""


def _number(params: Mapping, name: str, low: float, high: float) -> float | None:
    text = _one(params, name)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ParamError(
            name, _("%(name)s must be a number.") % {"name": name}, code="number"
        ) from None
    if not math.isfinite(number) or not low <= number <= high:
        raise ParamError(
            name,
            _("%(name)s must be between %(low)s and %(high)s.")
            % {"name": name, "low": low, "high": high},
            code="range",
        )
    return number


def integer_param(params: Mapping, name: str, default: int, low: int, high: int) -> int:
    text = _one(params, name)
    if not text:
        return default
    if not re.fullmatch(r"\d{1,6}", text) or not low <= int(text) <= high:
        raise ParamError(
            name,
            _("%(name)s must be a whole number from %(low)s to %(high)s.")
            % {"name": name, "low": low, "high": high},
        )
    return int(text)


def _checked(name: str, value: str) -> str:
    if name == "koppen" and value in VOCABULARIES["koppen_group"]:
        return value
    if name in VOCABULARIES:
        if value not in VOCABULARIES[name]:
            raise ParamError(
                name,
                _("Unknown value %(value)r for %(name)s.") % {"value": value[:40], "name": name},
            )
    elif name == "country":
        value = value.upper()
        if not COUNTRY.match(value):
            raise ParamError(name, _("A country is a two-letter ISO code, such as NE."))
    elif not SLUG.match(value):
        raise ParamError(
            name, _("Unknown value %(value)r for %(name)s.") % {"value": value[:40], "name": name}
        )
    return value


def filters_parse(params: Mapping) -> dict[str, frozenset[str]]:
    filters: dict[str, set[str]] = {}
    for name in FACETS:
        for value in _values(params, name):
            value = _checked(name, value)
            # A one-letter Köppen value is a main group (A…E).
            target = "koppen_group" if name == "koppen" and len(value) == 1 else name
            filters.setdefault(target, set()).add(value)
    return {name: frozenset(values) for name, values in filters.items()}


def search_query_parse(params: Mapping, **overrides) -> SearchQuery:
    text = _one(params, "q")
    if len(text) > MAX_QUERY_LENGTH:
        raise ParamError(
            "q",
            _("The search text is too long (%(max)s characters at most).")
            % {"max": MAX_QUERY_LENGTH},
        )
    ranges = {}
    for field, prefix in RANGE_PARAMS.items():
        low_limit, high_limit = RANGE_LIMITS[field]
        low = _number(params, f"{prefix}_min", low_limit, high_limit)
        high = _number(params, f"{prefix}_max", low_limit, high_limit)
        if low is not None and high is not None and low > high:
            raise ParamError(f"{prefix}_min", _("The minimum is above the maximum."), code="order")
        if low is not None or high is not None:
            ranges[field] = (low, high)
    sort = _one(params, "sort") or "relevance"
    if sort not in SORTS:
        raise ParamError(
            "sort",
            _("Unknown value %(value)r for %(name)s.") % {"value": sort[:40], "name": "sort"},
        )
    values = {
        "text": text,
        "filters": filters_parse(params),
        "ranges": ranges,
        "sort": sort,
        "page": integer_param(params, "page", 1, 1, MAX_PAGE),
        "page_size": integer_param(params, "page_size", 20, 1, 100),
    }
    values.update(overrides)
    return SearchQuery(**values)


# The coded fields of a profile but its Köppen class (checked apart: a main group is no class).
PROFILE_CODES = [f.name for f in fields(Profile) if f.type is str and f.name != "koppen"]


def profile_parse(params: Mapping) -> tuple[Profile, dict]:
    """A farm's profile from parameters, and what was given of its location.

    Returns (profile without derivation, {"latitude", "longitude"} or {}).
    """
    latitude = _number(params, "lat", -90, 90)
    longitude = _number(params, "lon", -180, 180)
    if (latitude is None) != (longitude is None):
        raise ParamError(
            "lat" if latitude is None else "lon", _("Give both the latitude and the longitude.")
        )
    koppen = _one(params, "koppen")
    if koppen and koppen not in VOCABULARIES["koppen"]:
        raise ParamError(
            "koppen",
            _("Unknown value %(value)r for %(name)s.") % {"value": koppen[:40], "name": "koppen"},
        )
    values = {"koppen": koppen}
    for field in PROFILE_CODES:
        value = _one(params, field)
        values[field] = _checked(field, value) if value else ""
    for field in RANGES:
        low, high = RANGE_LIMITS[field]
        values[field] = _number(params, field, low, high)
    location = {} if latitude is None else {"latitude": latitude, "longitude": longitude}
    return Profile(**values), location
