"""The search page's parameters, read as a person types them: "600mm", "600 mm" and "13,5" are
numbers; a box that is still not understood is left out (the words and the other filters are
kept) and named in words, with what to type. The JSON API stays strict (search.params)."""

import re
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search.engine.base import FACETS, SearchQuery
from search.params import (
    RANGE_LIMITS,
    RANGE_PARAMS,
    ParamError,
    _checked,
    _values,
    search_query_parse,
)

# The number boxes of the page, by parameter: their label and the unit a reader types.
UNITS = {
    "rainfall": ("mm", gettext_lazy("millimetres"), 600),
    "temperature": ("°c", gettext_lazy("degrees Celsius"), 25),
    "altitude": ("m", gettext_lazy("metres"), 1200),
}
BOX_LABELS = {
    "rainfall_min": gettext_lazy("Rainfall from"),
    "rainfall_max": gettext_lazy("Rainfall to"),
    "temperature_min": gettext_lazy("Temperature from"),
    "temperature_max": gettext_lazy("Temperature to"),
    "altitude_min": gettext_lazy("Altitude from"),
    "altitude_max": gettext_lazy("Altitude to"),
    "q": gettext_lazy("Words"),
}
NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)?$")
# "1,200" or "1.200": a thousands separator or a decimal one? Not guessed.
AMBIGUOUS = re.compile(r"^[-+]?\d{1,3}[.,]\d{3}$")


@dataclass(frozen=True)
class BoxError:
    field: str  # the parameter, the id of its box on the page
    message: str  # in words, in the reader's language


def number_text(text: str, unit: str) -> str:
    """A typed number as the API reads it, or the text unchanged when it is not one clearly.

    The unit may follow the number ("600mm", "600 mm"); spaces between digit groups are
    dropped ("1 200"); a decimal comma is read as a point unless it may be a thousands
    separator ("1,200")."""
    cleaned = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if cleaned.endswith(unit):
        cleaned = cleaned[: -len(unit)]
    cleaned = re.sub(r"(?<=\d) (?=\d{3}\b)", "", cleaned.strip())
    if not NUMBER.match(cleaned) or ("," in cleaned and AMBIGUOUS.match(cleaned)):
        return text
    return cleaned.replace(",", ".")


def _message(error: ParamError) -> str:
    field = error.field
    prefix = field.rsplit("_", 1)[0]
    if prefix in UNITS:
        _unit, unit_name, example = UNITS[prefix]
        low, high = RANGE_LIMITS[{v: k for k, v in RANGE_PARAMS.items()}[prefix]]
        if error.code == "order":
            what = _("it is above the number in the next box; it was left out")
        else:
            what = _("type a number of %(unit)s between %(low)s and %(high)s, e.g. %(example)s") % {
                "unit": unit_name,
                "low": low,
                "high": high,
                "example": example,
            }
    elif field == "q":
        what = error.message
    else:
        return _("A filter was not understood and was left out.")
    return _("%(box)s: %(what)s") % {"box": BOX_LABELS.get(field, field), "what": what}


def search_query_forgiving(params: QueryDict, **overrides) -> tuple[SearchQuery, list[BoxError]]:
    """The query of what was understood, and a message for each box that was not."""
    params = params.copy()
    for prefix, (unit, _name, _example) in UNITS.items():
        for name in (f"{prefix}_min", f"{prefix}_max"):
            params.setlist(name, [number_text(value, unit) for value in params.getlist(name)])
    errors: list[ParamError] = []
    for name in FACETS:
        kept = []
        for value in _values(params, name):
            try:
                _checked(name, value)
            except ParamError as error:
                errors.append(error)
            else:
                kept.append(value)
        params.setlist(name, kept)
    for _attempt in range(len(params) + 1):
        try:
            query = search_query_parse(params, **overrides)
            break
        except ParamError as error:
            errors.append(error)
            if not params.getlist(error.field):
                query = SearchQuery(**overrides)
                break
            params.setlist(error.field, [])
    else:
        query = SearchQuery(**overrides)
    messages = {}
    for error in errors:
        messages.setdefault(_message(error), error.field)
    return query, [BoxError(field, message) for message, field in messages.items()]
