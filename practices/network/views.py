"""The network's public pages: the map (practices, members, partners) and the directory of
members and partners; and the locator map on each practice page. Parse, call a selector,
render."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale

from django_countries import countries

from practices import vocabulary as v
from practices.network.maps import MapPoint
from practices.network.selectors import (
    DirectoryFilters,
    college_counts,
    directory_filters,
    labels_by_name,
    organisation_points,
    organisations_listed,
    practice_points,
    practices_for_map,
)
from practices.network.vocabulary import College, Membership
from practices.page_context import page_context_addition
from practices.selectors.labels import category_labels, region_labels

SHOW = ("practices", "members", "partners")


def _link(params: dict, **changes) -> str:
    merged = {**params, **changes}
    query = urlencode({key: value for key, value in merged.items() if value})
    return f"?{query}" if query else "?"


def _choices(params: dict, name: str, options) -> list[dict]:
    """Filter links: 'all' first, then each option; the current one marked."""
    current = params.get(name, "")
    links = [{"label": _("All"), "link": _link(params, **{name: ""}), "current": not current}]
    links += [
        {"label": label, "link": _link(params, **{name: value}), "current": current == value}
        for value, label in options
    ]
    return links


def map_page(request):
    language = get_language()
    categories = labels_by_name(category_labels(locale=Locale.get_active()))
    show = request.GET.get("show", "")
    show = show if show in SHOW else ""
    category = request.GET.get("category", "")
    category = category if category in categories else ""
    outcome = request.GET.get("outcome", "")
    outcome = outcome if outcome in v.Outcome.values else ""
    params = {"show": show, "category": category, "outcome": outcome}

    points: list[MapPoint] = []
    if show in ("", "practices"):
        pages = practices_for_map(language=language, category=category, outcome=outcome)
        points += practice_points(pages, request=request)
    if show in ("", "members", "partners") and not (category or outcome):
        status = {"members": Membership.MEMBER, "partners": Membership.PARTNER}.get(show, "")
        organisations = organisations_listed(filters=DirectoryFilters(status=status))
        points += organisation_points(
            organisations, anchor_prefix=reverse("network_partners") + "#org-"
        )
    filters = [
        (
            _("Show"),
            _choices(
                params,
                "show",
                [
                    ("practices", _("Practices")),
                    ("members", _("Members")),
                    ("partners", _("Partners")),
                ],
            ),
        ),
        (
            _("Category"),
            _choices(
                {**params, "show": show if show == "practices" else ""},
                "category",
                categories.items(),
            ),
        ),
        (
            _("Outcome"),
            _choices(
                {**params, "show": show if show == "practices" else ""},
                "outcome",
                v.Outcome.choices,
            ),
        ),
    ]
    context = {"points": points, "filters": filters, "narrowed": bool(category or outcome)}
    return render(request, "network/map.html", context)


def partners_page(request):
    filters = directory_filters(request.GET)
    organisations = list(organisations_listed(filters=filters).prefetch_related("regions"))
    everyone = organisations_listed()
    regions = labels_by_name(region_labels(locale=Locale.get_active()))
    present = sorted({str(code) for code in everyone.values_list("country", flat=True)})
    params = {
        "college": filters.college,
        "status": filters.status,
        "country": filters.country,
        "region": filters.region,
    }
    filter_links = [
        (_("College"), _choices(params, "college", College.choices)),
        (
            _("Status"),
            _choices(
                params,
                "status",
                [
                    (Membership.MEMBER, _("Members")),
                    (Membership.PARTNER, _("Partners (not members)")),
                ],
            ),
        ),
        (
            _("Country"),
            _choices(params, "country", [(code, countries.name(code)) for code in present]),
        ),
        (_("Region"), _choices(params, "region", regions.items())),
    ]
    rows = [
        {"organisation": o, "regions": [regions.get(r.slug, r.name) for r in o.regions.all()]}
        for o in organisations
    ]
    return render(
        request,
        "network/partners.html",
        {
            "rows": rows,
            "points": organisation_points(organisations),
            "counts": college_counts(everyone),
            "filters": filter_links,
            "filtered": any(params.values()),
        },
    )


@page_context_addition("PracticePage")
def practice_locator(page, request) -> dict:
    """A small map placing the practice (only when it has coordinates)."""
    if page.latitude is None or page.longitude is None:
        return {}
    # A window of 50° by 36° around it, on a 5° grid: neighbouring practices share one drawing.
    lon, lat = 5 * round(page.longitude / 5), 5 * round(page.latitude / 5)
    bbox = (max(lon - 25, -180), max(lat - 18, -85), min(lon + 25, 180), min(lat + 18, 85))
    point = MapPoint(page.latitude, page.longitude, page.title, "", page.outcome)
    return {"network_locator": {"points": [point], "bbox": bbox}}
