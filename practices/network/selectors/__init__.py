"""What the maps and the directory read: live practices and listed organisations as points,
the directory's filters and its counts per college. Drafts and private pages never appear
(practices.selectors.visibility)."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from practices.models import PracticePage
from practices.network.maps import MapPoint
from practices.network.models import Organisation
from practices.network.vocabulary import College, Membership
from practices.selectors.visibility import practices_live


def practices_for_map(
    *, language: str, category: str = "", outcome: str = ""
) -> list[PracticePage]:
    """Every live practice with coordinates, once each: in `language` when translated, else
    in the language it was written in."""
    queryset = practices_live().filter(latitude__isnull=False, longitude__isnull=False)
    if category:
        queryset = queryset.filter(categories__slug=category)
    if outcome:
        queryset = queryset.filter(outcome=outcome)
    pages = (
        queryset.select_related("locale")
        .only(
            "title",
            "url_path",
            "path",
            "depth",
            "latitude",
            "longitude",
            "outcome",
            "translation_key",
            "locale",
        )
        .distinct()
        .order_by("title", "pk")
    )
    chosen: dict = {}
    for page in pages:
        held = chosen.get(page.translation_key)
        if held is None or (
            page.locale.language_code == language and held.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda page: (page.title.casefold(), page.pk))


def practice_points(pages: list[PracticePage], *, request=None) -> list[MapPoint]:
    return [
        MapPoint(
            page.latitude, page.longitude, page.title, page.get_url(request) or "", page.outcome
        )
        for page in pages
    ]


@dataclass(frozen=True)
class DirectoryFilters:
    college: str = ""
    status: str = ""
    country: str = ""
    region: str = ""  # a region's code (its slug, the same in every language)


def directory_filters(params) -> DirectoryFilters:
    """The filters of a query string, unknown values dropped (a hand-typed URL never fails)."""
    college = params.get("college", "")
    status = params.get("status", "")
    return DirectoryFilters(
        college=college if college in College.values else "",
        status=status if status in Membership.values else "",
        country=params.get("country", "").upper()[:2]
        if params.get("country", "").isalpha()
        else "",
        region=params.get("region", "")[:60],
    )


def organisations_listed(
    *, filters: DirectoryFilters = DirectoryFilters()
) -> QuerySet[Organisation]:
    """The organisations shown in the directory and on the maps (an unlisted one never)."""
    queryset = Organisation.objects.filter(listed=True)
    if filters.college:
        queryset = queryset.filter(college=filters.college)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    if filters.country:
        queryset = queryset.filter(country=filters.country)
    if filters.region:
        queryset = queryset.filter(regions__slug=filters.region).distinct()
    return queryset.order_by("name", "pk")


def organisation_points(organisations, *, anchor_prefix: str = "#org-") -> list[MapPoint]:
    return [
        MapPoint(o.latitude, o.longitude, o.name, f"{anchor_prefix}{o.pk}", o.status)
        for o in organisations
        if o.latitude is not None
    ]


@dataclass(frozen=True)
class CollegeCount:
    college: str
    label: str
    partners: int  # every partner, members included (members are partners with a vote)
    members: int


def college_counts(organisations) -> list[CollegeCount]:
    """Partners and members per college, in the initiative's order of colleges, with a total
    row last (as the initiative's own table)."""
    counts = Counter((o.college, o.status) for o in organisations)
    rows = [
        CollegeCount(
            code,
            str(label),
            counts[code, Membership.PARTNER] + counts[code, Membership.MEMBER],
            counts[code, Membership.MEMBER],
        )
        for code, label in College.choices
    ]
    total = CollegeCount(
        "", _("Total"), sum(r.partners for r in rows), sum(r.members for r in rows)
    )
    return [*rows, total]


def labels_by_name(labels: dict[str, str]) -> dict[str, str]:
    """Slug -> name (practices.selectors.labels, in the reader's language), in the order of
    the names: the filters list them so."""
    return dict(sorted(labels.items(), key=lambda item: item[1]))
