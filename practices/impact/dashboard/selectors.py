"""The dashboard's figures, from live practices only (practices.selectors.visibility), each
practice counted once across its translations, and published "I tried this" reports adding one
farmer each (docs/carbon.md, "The dashboard").

Computed once per change of what visitors see: a generation number in the shared cache is
renewed when a page is published, unpublished, moved or deleted, a report published or
withdrawn, a region changed (practices.impact.receivers); figures are cached per filter under
the current generation, and the per-practice facts they are summed from are kept in the
process for the current generation, grouped by the rows they fall in (a new filter is then a
sum over the groups, not a database read). The facts are read as plain values (no model
instances) and each practice's carbon comes from carbon.site_estimate, memoised by its inputs:
practices that share a zone, soil, land use and categories cost one estimate."""

import itertools
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.core.cache import cache

from practices.impact.carbon import Estimate, site_conditions, site_estimate
from practices.models import ExperienceReport, PracticePage, PracticePageTag, Region
from practices.selectors.visibility import practices_live

GENERATION_KEY = "terroir:dashboard:generation"
FIGURES_TTL = 3600  # seconds; a change renews the generation at once
OUTCOMES = ("worked", "mixed", "did_not_work")
BREAKDOWNS = ("country", "region", "category", "year")


@dataclass(frozen=True)
class Filters:
    country: str = ""  # ISO 3166-1 alpha-2
    region: str = ""  # a region's slug
    category: str = ""  # a practice category's slug

    def as_dict(self) -> dict:
        return {name: value or None for name, value in self.__dict__.items()}


@dataclass(frozen=True)
class Fact:
    """One adopter record: a practice (once across its translations) or a report."""

    is_report: bool
    country: str
    region: str
    categories: tuple[str, ...]
    year: int | None
    farmers: int | None
    hectares: float | None
    tonnes: tuple[float, float, float] | None  # t C/yr: central, low, high
    outcome: str


@dataclass
class Row:
    """The figures of one country, region, category or year (or of everything: totals)."""

    key: str | int | None
    practices: int = 0
    reports: int = 0
    farmers_from_practices: int = 0
    practices_without_farmers: int = 0
    hectares: float = 0.0
    practices_without_area: int = 0
    t_c_yr: float = 0.0
    t_c_yr_low: float = 0.0
    t_c_yr_high: float = 0.0
    practices_estimated: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    report_outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))

    @property
    def farmers(self) -> int:
        """Farmers the practices name, plus one for each report."""
        return self.farmers_from_practices + self.reports

    def add(self, group: "Group") -> None:
        if group.is_report:
            self.reports += group.records
            if group.outcome in self.report_outcomes:
                self.report_outcomes[group.outcome] += group.records
            return
        self.practices += group.records
        if group.outcome in self.outcomes:
            self.outcomes[group.outcome] += group.records
        self.practices_without_farmers += group.without_farmers
        self.farmers_from_practices += group.farmers
        self.practices_without_area += group.without_area
        self.hectares += group.hectares
        self.practices_estimated += group.estimated
        self.t_c_yr += group.t_c_yr
        # The bounds are summed: the practices' errors are taken as fully correlated (they
        # share the IPCC tables' factors), the widest and most cautious range.
        self.t_c_yr_low += group.t_c_yr_low
        self.t_c_yr_high += group.t_c_yr_high


@dataclass
class Group:
    """The facts that fall in the same rows of every breakdown (same kind, country, region,
    categories, year and outcome), added up once per generation: a filter's figures are then
    a sum over a few thousand groups, not over every practice."""

    is_report: bool
    country: str
    region: str
    categories: tuple[str, ...]
    year: int | None
    outcome: str
    records: int = 0
    farmers: int = 0
    without_farmers: int = 0
    hectares: float = 0.0
    without_area: int = 0
    estimated: int = 0
    t_c_yr: float = 0.0
    t_c_yr_low: float = 0.0
    t_c_yr_high: float = 0.0

    def keys(self, breakdown: str) -> Iterable:
        if breakdown == "category":
            return self.categories
        return (getattr(self, breakdown),)

    def add(self, fact: Fact) -> None:
        self.records += 1
        if fact.farmers is None:
            self.without_farmers += 1
        else:
            self.farmers += fact.farmers
        if fact.hectares is None:
            self.without_area += 1
        else:
            self.hectares += fact.hectares
        if fact.tonnes is not None:
            self.estimated += 1
            self.t_c_yr += fact.tonnes[0]
            self.t_c_yr_low += fact.tonnes[1]
            self.t_c_yr_high += fact.tonnes[2]


def groups_of(facts: Iterable[Fact]) -> list[Group]:
    groups: dict[tuple, Group] = {}
    for fact in facts:
        key = (fact.is_report, fact.country, fact.region, fact.categories, fact.year,
               fact.outcome)  # fmt: skip
        if key not in groups:
            groups[key] = Group(*key)
        groups[key].add(fact)
    return list(groups.values())


@dataclass
class Dashboard:
    filters: Filters
    totals: Row
    breakdowns: dict[str, list[Row]]


# --- facts -----------------------------------------------------------------------------------


def _tonnes(site, slugs, tags) -> tuple[float, float, float] | None:
    """A practice's t C/yr (central, low, high): the carbon model's change per hectare (and
    its 95 % range, practices.impact.carbon.site_estimate, the figures practice_estimate gives
    its page) times the practice's area; None without an area or an estimate."""
    area = site.area_ha
    if area is None:
        return None
    estimate = site_estimate(**site_conditions(site), slugs=slugs, tags=tags)
    if not isinstance(estimate, Estimate):
        return None
    low, high = estimate.interval_95
    return estimate.change_t_c_ha_yr * area, low * area, high * area


def _by_page(pairs: Iterable[tuple[int, str]]) -> Iterator[tuple[int, list[str]]]:
    """(page id, [names]) from (page id, name) pairs ordered by page id."""
    current, names = None, []
    for page_id, name in pairs:
        if page_id != current:
            if names:
                yield current, names
            current, names = page_id, []
        names.append(name)
    if names:
        yield current, names


def _joined(ids: Iterable[int], pairs: Iterable[tuple[int, str]]) -> Iterator[list[str]]:
    """For each of `ids` (ascending), the names paired with it (pairs ordered by page id):
    a merge of two ordered reads, nothing kept but the current page's."""
    grouped = _by_page(pairs)
    pending = next(grouped, None)
    for page_id in ids:
        while pending is not None and pending[0] < page_id:
            pending = next(grouped, None)
        yield pending[1] if pending is not None and pending[0] == page_id else []


def _practice_facts() -> Iterator[Fact]:
    """One fact per live practice, the first of its translations (lowest id) standing for all
    of them (their numbers are the same: they are synchronised, not translated). Three plain
    reads, each ordered by page id and merged as they stream (the practices' columns, their
    categories, the tags of those that reduce tillage, the only ones whose tags count): no
    model instances, no grouping in SQL (the first of each translation key is kept as the
    rows come, cheaper than SQLite's GROUP BY on 100k keys)."""
    live = practices_live()
    seen: set = set()
    sites = []
    for site in (
        live.order_by("id")
        .values_list(
            "id", "translation_key", "country", "region__slug", "first_published_at", "farmers",
            "area_ha", "outcome", "ipcc_zone", "soil_group", "texture", "land_use", named=True,
        )
        .iterator(chunk_size=5000)
    ):  # fmt: skip
        if site.translation_key not in seen:  # the first of its translations stands for all
            seen.add(site.translation_key)
            sites.append(site)
    ids = [site.id for site in sites]
    live_ids = live.values("id")
    links = PracticePage.categories.through.objects.filter(practicepage_id__in=live_ids)
    categories = _joined(
        ids,
        links.order_by("practicepage_id", "practicecategory__name", "id")
        .values_list("practicepage_id", "practicecategory__slug")
        .iterator(chunk_size=5000),
    )
    tillage = links.filter(practicecategory__slug="reduced-tillage").values("practicepage_id")
    tags = _joined(
        ids,
        PracticePageTag.objects.filter(content_object_id__in=tillage)
        .order_by("content_object_id", "id")
        .values_list("content_object_id", "tag__name")
        .iterator(chunk_size=5000),
    )
    regions = _region_of_country()  # for a practice whose region was never set
    for site, slugs, tag_names in zip(sites, categories, tags, strict=True):
        published = site.first_published_at
        country = str(site.country or "")
        yield Fact(
            is_report=False,
            country=country,
            region=site.region__slug or regions.get(country, ""),
            categories=tuple(sorted(set(slugs))),
            year=published.year if published else None,
            farmers=site.farmers,
            hectares=site.area_ha,
            tonnes=_tonnes(site, slugs, tag_names),
            outcome=site.outcome,
        )


def _region_of_country() -> dict[str, str]:
    """country code -> the slug of the region it belongs to (the first by slug)."""
    regions: dict[str, str] = {}
    for region in Region.objects.order_by("slug").only("slug", "countries"):
        for code in region.countries:
            regions.setdefault(str(code), region.slug)
    return regions


def _report_facts() -> list[Fact]:
    """One fact per published report on a live practice: one farmer who tried it, in the
    reporter's country when they gave one (else the practice's), with no area (a report has
    none) and so no tonnes."""
    regions = _region_of_country()
    reports = (
        ExperienceReport.objects.filter(live=True, practice__in=practices_live())
        .select_related("practice__region")
        .prefetch_related("practice__categories")
        .only("country", "outcome", "first_published_at", "created_at", "practice")
        .order_by("id")
    )
    facts = []
    for report in reports.iterator(chunk_size=2000):
        practice = report.practice
        country = str(report.country or practice.country or "")
        if country == str(practice.country or "") and practice.region:
            region = practice.region.slug
        else:
            region = regions.get(country, "")
        when = report.first_published_at or report.created_at
        facts.append(
            Fact(
                is_report=True,
                country=country,
                region=region,
                categories=tuple(sorted({c.slug for c in practice.categories.all()})),
                year=when.year if when else None,
                farmers=1,
                hectares=None,
                tonnes=None,
                outcome=report.outcome,
            )
        )
    return facts


_memo_lock = threading.Lock()  # guards _shared, held only to read or replace it
_build_lock = threading.Lock()  # one thread reads the practices; the others wait for its facts
_shared: dict = {}


def _facts(generation: str) -> list[Group]:
    """The facts of the current generation, grouped, computed once per process and
    generation: after a publication, the threads that ask at the same moment wait for the
    first one's reading (seconds at 100k practices) instead of each reading them again."""
    with _memo_lock:
        if _shared.get("generation") == generation:
            return _shared["facts"]
    with _build_lock:
        with _memo_lock:
            if _shared.get("generation") == generation:  # built while this thread waited
                return _shared["facts"]
        facts = groups_of(itertools.chain(_practice_facts(), _report_facts()))
        with _memo_lock:
            _shared.update(generation=generation, facts=facts)
    return facts


# --- generations -----------------------------------------------------------------------------


def dashboard_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        cache.add(GENERATION_KEY, generation, None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def dashboard_forget() -> None:
    """What visitors see changed: every cached figure is computed again on its next request."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


# --- figures ---------------------------------------------------------------------------------


def _matches(fact: Group, filters: Filters) -> bool:
    return (
        (not filters.country or fact.country == filters.country)
        and (not filters.region or fact.region == filters.region)
        and (not filters.category or filters.category in fact.categories)
    )


def _sort_key(breakdown: str) -> Callable[[Row], tuple]:
    if breakdown == "year":
        return lambda row: (row.key is None, row.key or 0)
    return lambda row: (row.key in ("", None), -row.farmers, -row.hectares, str(row.key))


def figures_compute(facts: Iterable[Group], filters: Filters) -> Dashboard:
    totals = Row(key=None)
    rows: dict[str, dict] = {name: {} for name in BREAKDOWNS}
    for fact in facts:
        if not _matches(fact, filters):
            continue
        totals.add(fact)
        for breakdown in BREAKDOWNS:
            for key in fact.keys(breakdown) or ("",):
                table = rows[breakdown]
                if key not in table:
                    table[key] = Row(key=key)
                table[key].add(fact)
    breakdowns = {name: sorted(table.values(), key=_sort_key(name)) for name, table in rows.items()}
    return Dashboard(filters=filters, totals=totals, breakdowns=breakdowns)


def dashboard_figures(*, filters: Filters) -> Dashboard:
    """The dashboard for these filters: cached until what visitors see changes."""
    generation = dashboard_generation()
    key = f"terroir:dashboard:{generation}:{filters.country}:{filters.region}:{filters.category}"
    figures = cache.get(key)
    if figures is None:
        figures = figures_compute(_facts(generation), filters)
        cache.set(key, figures, FIGURES_TTL)
    return figures


def dashboard_choices() -> dict[str, list]:
    """The countries, regions and categories the dashboard can be narrowed to (those that
    have figures), from the unfiltered dashboard."""
    everything = dashboard_figures(filters=Filters())
    return {
        name: [row.key for row in everything.breakdowns[name] if row.key]
        for name in ("country", "region", "category")
    }
