"""Read queries of search and similarity, used by the pages and the API alike."""

from dataclasses import dataclass, fields, replace

from django import forms
from django.utils import translation
from django.utils.translation import gettext as _

from practices import vocabulary as v
from practices.conditions.derive import LocationError, profile_derive
from practices.models import PracticePage
from practices.models.profile import COORDINATES
from practices.selectors.members import member_farm
from search.documents import farm_key
from search.encoder import Profile, profile_encode
from search.engine import get_engine
from search.engine.base import Hit, SearchQuery, SearchResult
from search.explain import reasons
from search.forms import FarmsLikeMineForm
from search.params import ParamError


@dataclass(frozen=True)
class ResolvedProfile:
    profile: Profile
    latitude: float | None = None
    longitude: float | None = None
    country: str = ""
    koppen_derived: bool = False

    def as_dict(self) -> dict:
        data = {
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country": self.country or None,
            "koppen": self.profile.koppen or None,
            "koppen_name": str(v.KoppenClass(self.profile.koppen).label)
            if self.profile.koppen
            else None,
            "koppen_derived": self.koppen_derived,
        }
        for field in fields(Profile):
            if field.name != "koppen":  # given above, with its name
                value = getattr(self.profile, field.name)
                data[field.name] = None if value in (None, "") else value
        return data


def profile_resolve(*, profile: Profile, location: dict) -> ResolvedProfile:
    """Fill what the coordinates tell (country; Köppen class unless given). ParamError if the
    point cannot be a farm (at sea, out of range)."""
    if not location:
        return ResolvedProfile(profile)
    try:
        derived = profile_derive(latitude=location["latitude"], longitude=location["longitude"])
    except LocationError as error:
        raise ParamError("lat" if error.field == "latitude" else "lon", error.message) from error
    koppen_derived = not profile.koppen and bool(derived.koppen)
    return ResolvedProfile(
        replace(profile, koppen=profile.koppen or derived.koppen),
        location["latitude"],
        location["longitude"],
        derived.country,
        koppen_derived,
    )


@dataclass(frozen=True)
class SimilarHit:
    hit: Hit
    why: list[str]

    @property
    def document(self) -> dict:
        return self.hit.document

    @property
    def percent(self) -> int:
        return round((self.hit.similarity or 0) * 100)


@dataclass(frozen=True)
class SimilarResult:
    hits: list[SimilarHit]
    engine: str  # the engine that answered
    fallback: bool  # the main engine was unavailable


def practices_similar(
    *,
    profile: Profile,
    categories: frozenset[str] = frozenset(),
    limit: int = 10,
    language: str | None = None,
    exclude_translation_key: str | None = None,
    exclude_farm_key: str | None = None,
) -> SimilarResult:
    """Live practices from anywhere, most similar first, each with its reasons."""
    filters = {"kind": frozenset({"practice"})}
    if categories:
        filters["category"] = categories
    query = SearchQuery(
        filters=filters,
        profile=profile,
        sort="similarity",
        page_size=limit,
        facets=False,
        exclude_translation_key=exclude_translation_key,
        exclude_farm_key=exclude_farm_key,
        collapse_language=language,
    )
    result = get_engine().search(query)
    hits = [
        SimilarHit(hit, reasons(profile, hit.document, hit.block_similarities))
        for hit in result.hits
    ]
    return SimilarResult(hits, result.engine, result.fallback)


def practice_comparable(*, practice: PracticePage, limit: int = 5) -> SimilarResult:
    """Practices from other farms whose conditions are most like this practice's site."""
    return practices_similar(
        profile=Profile.from_object(practice),
        limit=limit,
        language=translation.get_language(),  # the page is served in its own language
        exclude_translation_key=str(practice.translation_key),
        exclude_farm_key=farm_key(practice.latitude, practice.longitude),
    )


def practices_search(*, query: SearchQuery) -> SearchResult:
    return get_engine().search(query)


def no_results_hint(query: SearchQuery) -> str:
    if query.filters or query.ranges:
        return _("No practice matches all of these. Remove a filter to see more.")
    return _("No practice matches these words. Try fewer or other words.")


# --- "I tried this" on a practice page ------------------------------------------------------

# Two profiles whose encoded vectors have a dot product of at least this (a 70 % match as
# "farms like mine" shows it) are "conditions like yours". docs/decisions.md.
LIKE_YOURS = 0.7


@dataclass(frozen=True)
class ReportsSummary:
    tried: int
    worked: int
    mixed: int
    did_not_work: int
    like_yours_tried: int | None = None  # None: the reader's conditions are not known
    like_yours_worked: int = 0


def reader_profile(*, user, params) -> Profile | None:
    """The conditions the reader chose (the query parameters of "farms like mine"), else
    their farm's, else None."""
    values = {}
    for name in (*COORDINATES, *(f.name for f in fields(Profile))):
        raw = params.get(name)
        if raw in (None, ""):
            continue
        try:
            values[name] = FarmsLikeMineForm.base_fields[name].clean(raw)
        except forms.ValidationError:
            continue  # a bad value is ignored here; "farms like mine" says what is wrong
    location = {}
    if values.get("latitude") is not None and values.get("longitude") is not None:
        location = {"latitude": values["latitude"], "longitude": values["longitude"]}
    chosen = Profile.from_mapping(values)
    if chosen != Profile() or location:
        try:
            return profile_resolve(profile=chosen, location=location).profile
        except ParamError:
            return chosen if chosen != Profile() else None
    farm = member_farm(user=user)
    return Profile.from_object(farm) if farm is not None else None


def reports_summary(*, reports, reader: Profile | None) -> ReportsSummary:
    """How many tried the practice and how it went — overall, and among the reports whose
    conditions are like the reader's (the shared encoder's similarity)."""
    outcomes = [report.outcome for report in reports]
    summary = ReportsSummary(
        tried=len(outcomes),
        worked=outcomes.count(v.Outcome.WORKED),
        mixed=outcomes.count(v.Outcome.MIXED),
        did_not_work=outcomes.count(v.Outcome.DID_NOT_WORK),
    )
    if reader is None or not reports:
        return summary
    mine = profile_encode(reader)
    like = [
        report
        for report in reports
        if float(mine @ profile_encode(Profile.from_object(report))) >= LIKE_YOURS
    ]
    return replace(
        summary,
        like_yours_tried=len(like),
        like_yours_worked=sum(report.outcome == v.Outcome.WORKED for report in like),
    )
