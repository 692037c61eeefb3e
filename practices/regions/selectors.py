"""Reads of the regional level: a region's live records, its events, and a twin region's areas
with the sink's offer from the carbon model. Only live, public pages ever count
(practices.selectors.visibility)."""

import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Min, Prefetch, Q, QuerySet
from django.http import Http404

from wagtail.images import get_image_model
from wagtail.models import Locale

from practices.conditions.derive import geocoder, km_between
from practices.impact.carbon import Estimate, practice_estimate
from practices.impact.dashboard.presentation import row_record
from practices.impact.dashboard.selectors import Filters, dashboard_figures
from practices.models import PracticePage, Region
from practices.network.maps import MapPoint
from practices.network.models import Organisation
from practices.network.selectors import DirectoryFilters, organisations_listed
from practices.regions.models import Area, CorrespondentListing, EventPage, TwinRegionPage
from practices.selectors.visibility import pages_visible, practices_live
from practices.text import fold

CO2_PER_C = 44 / 12  # t CO2 per t C
CARD_PHOTO = "fill-400x225|format-webp"  # the rendition of templates/includes/practice_card.html


def regions_of_locale(*, locale: Locale) -> list[Region]:
    """Every region, each once, in `locale` where it has that translation."""
    chosen: dict = {}
    for region in Region.objects.order_by("locale_id"):
        if region.locale_id == locale.id or region.translation_key not in chosen:
            chosen[region.translation_key] = region
    return sorted(chosen.values(), key=lambda region: fold(region.name.lower()))


def region_get(*, slug: str, locale: Locale) -> Region:
    """The region of that code, in `locale` if translated, else in any language; 404 if none."""
    rows = list(Region.objects.filter(slug=slug))
    if not rows:
        raise Http404("No such region")
    return next((row for row in rows if row.locale_id == locale.id), rows[0])


def _one_version(practices: QuerySet, locale: Locale) -> QuerySet[PracticePage]:
    """Each practice once: its version in `locale` when it has one, else its first."""
    in_locale = practices.filter(locale=locale)
    others = (
        practices.exclude(translation_key__in=in_locale.values("translation_key"))
        .order_by()
        .values("translation_key")
        .annotate(first=Min("id"))
        .values("first")
    )
    return PracticePage.objects.filter(
        Q(id__in=in_locale.values("id")) | Q(id__in=others)
    ).order_by("-first_published_at", "-id")


def region_practices(*, region: Region, locale: Locale) -> QuerySet[PracticePage]:
    """The region's live practices (set to the region, in any language's row of it: as the
    dashboard, the search filter and the API count them), each once, newest first."""
    practices = practices_live().filter(region__translation_key=region.translation_key)
    return _one_version(practices, locale)


def practices_for_cards(*, practices: QuerySet[PracticePage], count: int) -> list[PracticePage]:
    """The first `count` practices as cards (templates/includes/practice_card.html): their
    categories and their photos' card renditions read together, not one query per card."""
    photos = get_image_model().objects.prefetch_renditions(CARD_PHOTO)
    return list(practices.prefetch_related("categories", Prefetch("photo", photos))[:count])


@dataclass(frozen=True)
class RegionFigures:
    """The dashboard's figures for the region (practices.impact.dashboard, filtered by the
    region's code): `totals` is the record the dashboard's page and API show for it."""

    totals: dict
    countries: int


def region_figures(*, region: Region) -> RegionFigures:
    dashboard = dashboard_figures(filters=Filters(region=region.slug))
    return RegionFigures(
        totals=row_record(dashboard.totals, region.name),
        countries=sum(1 for row in dashboard.breakdowns["country"] if row.key),
    )


def region_correspondents(*, region: Region) -> list[CorrespondentListing]:
    """The region's correspondents who chose to appear, as they chose to."""
    return list(
        CorrespondentListing.objects.filter(
            listed=True,
            user__is_active=True,
            user__regions_reviewed__translation_key=region.translation_key,
        )
        .distinct()
        .order_by("display_name")
    )


def events_live(*, locale: Locale) -> QuerySet[EventPage]:
    return pages_visible(EventPage.objects.filter(locale=locale)).prefetch_related("regions")


@dataclass(frozen=True)
class EventLists:
    upcoming: list[EventPage]
    past: list[EventPage]


def events_split(*, events: QuerySet[EventPage], today: date) -> EventLists:
    """Upcoming (and running) events first, soonest first; then past ones, latest first."""
    upcoming = events.filter(Q(end_date__gte=today) | Q(end_date=None, start_date__gte=today))
    past = events.exclude(pk__in=upcoming.values("pk"))
    return EventLists(
        list(upcoming.order_by("start_date", "start_time", "id")),
        list(past.order_by("-start_date", "-start_time", "-id")),
    )


def region_events(*, region: Region, locale: Locale) -> QuerySet[EventPage]:
    return events_live(locale=locale).filter(regions__translation_key=region.translation_key)


def region_organisations(*, region: Region) -> list[Organisation]:
    """The listed members and partners of the region (never an unlisted one)."""
    return list(organisations_listed(filters=DirectoryFilters(region=region.slug)))


def points_bbox(points: list[MapPoint]) -> tuple[float, float, float, float] | None:
    """West, south, east, north around the points, with a margin; None without points."""
    if not points:
        return None
    west, east = min(p.longitude for p in points), max(p.longitude for p in points)
    south, north = min(p.latitude for p in points), max(p.latitude for p in points)
    margin = max(2.0, 0.1 * max(east - west, north - south))
    return (max(-180, west - margin), max(-90, south - margin), min(180, east + margin),
            min(90, north + margin))  # fmt: skip


# Twin regions ----------------------------------------------------------------------------


def area_practices(*, area: Area) -> list[PracticePage]:
    """The live practices inside the area, each once (its first version): within the circle,
    or whose nearest GeoNames place lies in the administrative unit."""
    candidates = practices_live().filter(country=area.country).exclude(latitude=None)
    if area.is_circle:
        reach = area.radius_km / 111.0
        wide = reach / max(0.01, math.cos(math.radians(area.latitude)))
        candidates = candidates.filter(
            latitude__range=(area.latitude - reach, area.latitude + reach),
            longitude__range=(area.longitude - wide, area.longitude + wide),
        )
    first = candidates.order_by().values("translation_key").annotate(first=Min("id"))
    pages = list(
        PracticePage.objects.filter(id__in=first.values("first"))
        .prefetch_related("categories", "tags")
        .order_by("-first_published_at", "-id")
    )
    if area.is_circle:
        centre = (area.latitude, area.longitude)
        return [p for p in pages if km_between(centre, (p.latitude, p.longitude)) <= area.radius_km]
    if not pages:
        return []
    wanted = fold(area.admin_unit.strip().lower())
    places = geocoder().query([(p.latitude, p.longitude) for p in pages])
    return [
        page
        for page, place in zip(pages, places, strict=True)
        if wanted in {fold(place.get("admin1", "").lower()), fold(place.get("admin2", "").lower())}
    ]


@dataclass(frozen=True)
class AreaProfile:
    area: Area
    practices: list[PracticePage]
    koppen: list[tuple[str, int]]
    soil_groups: list[tuple[str, int]]
    rainfall_mm: float | None
    temperature_c: float | None
    farmers: int
    hectares: float


def area_profile(*, area: Area) -> AreaProfile:
    practices = area_practices(area=area)

    def median(name):
        values = [getattr(p, name) for p in practices if getattr(p, name) is not None]
        return round(statistics.median(values), 1) if values else None

    return AreaProfile(
        area=area,
        practices=practices,
        koppen=Counter(p.koppen for p in practices if p.koppen).most_common(),
        soil_groups=Counter(p.soil_group for p in practices if p.soil_group).most_common(),
        rainfall_mm=median("rainfall_mm"),
        temperature_c=median("temperature_c"),
        farmers=sum(p.farmers or 0 for p in practices),
        hectares=round(sum(p.area_ha or 0 for p in practices), 1),
    )


@dataclass(frozen=True)
class Offer:
    """The sink's offer: the carbon model's estimate summed over the practices in the area
    that it can estimate and whose area is known (t C/yr, and its 95 % range summed)."""

    practices: int
    adopters: int
    hectares: float
    estimated: list[tuple[PracticePage, Estimate]] = field(default_factory=list)
    not_estimated: list[PracticePage] = field(default_factory=list)
    t_c_yr: float = 0.0
    low_t_c_yr: float = 0.0
    high_t_c_yr: float = 0.0

    @property
    def t_co2e_yr(self) -> float:
        return round(self.t_c_yr * CO2_PER_C, 1)

    @property
    def range_t_co2e_yr(self) -> tuple[float, float]:
        return round(self.low_t_c_yr * CO2_PER_C, 1), round(self.high_t_c_yr * CO2_PER_C, 1)


def twin_offer(*, practices: list[PracticePage]) -> Offer:
    estimated, not_estimated = [], []
    for page in practices:
        result = practice_estimate(page)
        if isinstance(result, Estimate) and result.total_t_c_yr is not None:
            estimated.append((page, result))
        else:
            not_estimated.append(page)
    return Offer(
        practices=len(practices),
        adopters=sum(page.farmers or 0 for page in practices),
        hectares=round(sum(page.area_ha or 0 for page in practices), 1),
        estimated=estimated,
        not_estimated=not_estimated,
        t_c_yr=round(sum(e.total_t_c_yr for _p, e in estimated), 3),
        low_t_c_yr=round(sum(e.total_interval_95[0] for _p, e in estimated), 3),
        high_t_c_yr=round(sum(e.total_interval_95[1] for _p, e in estimated), 3),
    )


def twin_page_context(*, page: TwinRegionPage) -> dict:
    sink = area_profile(area=page.sink)
    source = area_profile(area=page.source)
    offer = twin_offer(practices=sink.practices)
    demand = page.demand_t_co2e_yr
    return {
        "sink": sink,
        "source": source,
        "offer": offer,
        "covered_pct": round(100 * offer.t_co2e_yr / demand) if demand else None,
        "progress": list(page.progress.order_by("date", "sort_order")),
    }
