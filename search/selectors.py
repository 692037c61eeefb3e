"""Read queries of search and similarity, used by the pages and the API alike."""

from dataclasses import dataclass, field, fields, replace

from django import forms
from django.utils import translation
from django.utils.translation import gettext as _

from practices import vocabulary as v
from practices.conditions.derive import LocationError
from practices.conditions.site import site_derive
from practices.models import PracticePage
from practices.models.profile import COORDINATES, PROFILE_DERIVED
from practices.selectors.members import member_farm
from search.documents import farm_key
from search.encoder import Profile, profile_encode
from search.engine import get_engine
from search.engine.base import Hit, SearchQuery, SearchResult
from search.explain import MAX_REASONS, reasons
from search.forms import FarmsLikeMineForm
from search.params import ParamError
from search.ranking import (
    CLOSE,
    POOL,
    POOL_MAX,
    Reader,
    distance_km,
    distance_reason,
    rank_score,
)


@dataclass(frozen=True)
class ResolvedProfile:
    profile: Profile
    latitude: float | None = None
    longitude: float | None = None
    country: str = ""
    derived: dict[str, str] = field(default_factory=dict)  # field -> "derived from …" source
    snapped_to: tuple[float, float] | None = None

    def as_dict(self) -> dict:
        data = {
            "latitude": self.latitude,
            "longitude": self.longitude,
            "country": self.country or None,
            "koppen": self.profile.koppen or None,
            "koppen_name": str(v.KoppenClass(self.profile.koppen).label)
            if self.profile.koppen
            else None,
        }
        for each in fields(Profile):
            if each.name != "koppen":  # given above, with its name
                value = getattr(self.profile, each.name)
                data[each.name] = None if value in (None, "") else value
        for name in DERIVABLE:
            data[f"{name}_derived"] = name in self.derived
            if name in self.derived:
                data[f"{name}_source"] = self.derived[name]
        data["snapped_to"] = list(self.snapped_to) if self.snapped_to else None
        return data

    def reader(self, *, language: str | None = None) -> Reader:
        return Reader(language, self.country, self.latitude, self.longitude)


# What a reader's coordinates fill when they leave it blank: their country, and what the
# encoder compares (not the zones).
COMPARED = {each.name for each in fields(Profile)}
DERIVABLE = tuple(name for name in PROFILE_DERIVED if name == "country" or name in COMPARED)


def profile_resolve(*, profile: Profile, location: dict) -> ResolvedProfile:
    """Fill what the coordinates tell and the reader left blank (country, climate, rainfall,
    temperature, altitude), each said to be derived. ParamError if the point cannot be a farm
    (at sea, out of range)."""
    if not location:
        return ResolvedProfile(profile)
    try:
        site = site_derive(latitude=location["latitude"], longitude=location["longitude"])
    except LocationError as error:
        raise ParamError("lat" if error.field == "latitude" else "lon", error.message) from error
    filled = {
        name: getattr(site, name)
        for name in DERIVABLE
        # the reader's profile has no country: it is said beside it
        if name != "country" and getattr(profile, name) in (None, "") and getattr(site, name) != ""
    }
    derived = {
        name: site.source_label(name) for name in ("country", *filled) if getattr(site, name)
    }
    return ResolvedProfile(
        replace(profile, **filled),
        location["latitude"],
        location["longitude"],
        site.country,
        derived,
        site.snapped_to,
    )


@dataclass(frozen=True)
class SimilarHit:
    hit: Hit
    why: list[str]
    distance_km: float | None = None

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

    @property
    def close(self) -> bool:
        """Whether any result is "like yours" (else the page says none are close)."""
        return any((h.hit.similarity or 0) >= CLOSE for h in self.hits)


def practices_similar(
    *,
    profile: Profile,
    categories: frozenset[str] = frozenset(),
    limit: int = 10,
    reader: Reader = Reader(),  # noqa: B008 - frozen, never mutated
    exclude_translation_key: str | None = None,
    exclude_farm_key: str | None = None,
    of_practice: bool = False,
) -> SimilarResult:
    """Live practices from anywhere, most similar first (near-equals: the reader's language,
    country and nearest first: search.ranking), each with its reasons. A result with nothing
    in common (0 %) is not one."""
    filters = {"kind": frozenset({"practice"})}
    if categories:
        filters["category"] = categories
    query = SearchQuery(
        filters=filters,
        profile=profile,
        sort="similarity",
        page_size=min(POOL_MAX, max(limit, limit * POOL)),
        facets=False,
        exclude_translation_key=exclude_translation_key,
        exclude_farm_key=exclude_farm_key,
        collapse_language=reader.language,
    )
    result = get_engine().search(query)
    candidates = [hit for hit in result.hits if round((hit.similarity or 0) * 100) > 0]
    candidates.sort(key=lambda hit: -rank_score(hit.similarity or 0, hit.document, reader))
    hits = []
    for hit in candidates[:limit]:
        km = distance_km(reader, hit.document)
        why = reasons(profile, hit.document, hit.block_similarities, of_practice=of_practice)
        if near := distance_reason(km):
            why = [near, *why[: MAX_REASONS - 1]]
        hits.append(SimilarHit(hit, why, km))
    return SimilarResult(hits, result.engine, result.fallback)


def practice_comparable(*, practice: PracticePage, limit: int = 5) -> SimilarResult:
    """Practices from other farms whose conditions are most like this practice's site."""
    return practices_similar(
        profile=Profile.from_object(practice),
        limit=limit,
        reader=Reader(
            language=translation.get_language(),  # the page is served in its own language
            country=str(practice.country or ""),
            latitude=practice.latitude,
            longitude=practice.longitude,
        ),
        exclude_translation_key=str(practice.translation_key),
        exclude_farm_key=farm_key(practice.latitude, practice.longitude),
        of_practice=True,  # its reasons compare with the practice, not the reader's farm
    )


def derived_sources(*, page_ids: list[int]) -> dict[int, dict[str, str]]:
    """For each practice, its values the coordinates gave: field -> "derived from …"."""
    practices = PracticePage.objects.filter(pk__in=page_ids).only("derived", *PROFILE_DERIVED)
    return {
        page.pk: {name: page.derived_source(name) for name in page.derived_fields}
        for page in practices
    }


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
