"""How "farms like mine" orders what the engine found, and what it says about each result.

Conditions come first: the engine returns the most similar practices (the shared encoder's dot
product). Among results whose similarity is near-equal — within NEAR_EQUAL — the reader's
language, then their country, then the nearest farm come first: a farmer trusts a practice
from their own town, in their language, before an equally similar one from another continent.
The tie-breaks are small bonuses added to the similarity, so that they never lift a result
above one whose conditions are clearly closer (docs/decisions.md, "Ranking farms like mine";
`make bench` measures the order against outcomes, benchmarks/outcomes.py).
"""

import math
from dataclasses import dataclass

from django.utils.translation import gettext as _

from practices.conditions.derive import km_between

# Similarity points within which the reader's language, country and distance decide.
NEAR_EQUAL = 0.03
# Below this similarity a result is not "like yours": the page says that none are close.
CLOSE = 0.5
# Candidates fetched per result shown, so that the tie-breaks have near-equals to choose from.
POOL = 3
POOL_MAX = 60
# Distances named in a result's reasons ("3 km away"); farther is not a reason.
NAMED_KM = 300
# How fast the distance bonus fades (km): a farm 100 km away keeps about a third of it.
DISTANCE_SCALE_KM = 100


@dataclass(frozen=True)
class Reader:
    """Who is asking: their language, and where their farm is when they said."""

    language: str | None = None
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None


def distance_km(reader: Reader, document: dict) -> float | None:
    """How far the result's farm is from the reader's; None when either is not located."""
    if reader.latitude is None or reader.longitude is None:
        return None
    if document.get("latitude") is None or document.get("longitude") is None:
        return None
    return km_between(
        (reader.latitude, reader.longitude), (document["latitude"], document["longitude"])
    )


def rank_score(similarity: float, document: dict, reader: Reader) -> float:
    """The similarity, plus at most NEAR_EQUAL for the same language, country and nearness."""
    share = NEAR_EQUAL / 3
    bonus = 0.0
    if reader.language and document.get("language") == reader.language:
        bonus += share
    if reader.country and document.get("country") == reader.country:
        bonus += share
    km = distance_km(reader, document)
    if km is not None:
        bonus += share * math.exp(-km / DISTANCE_SCALE_KM)
    return similarity + bonus


def distance_reason(km: float | None) -> str:
    """'3 km away' for a farm near enough that it is a reason; "" otherwise."""
    if km is None or km > NAMED_KM:
        return ""
    if km < 1:
        return _("less than 1 km away")
    return _("%(km)s km away") % {"km": f"{km:.0f}"}
