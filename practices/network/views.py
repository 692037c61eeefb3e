"""The network's public pages: the map (practices, members, partners) and the directory of
members and partners; and the locator map on each practice page. Parse, call a selector,
render."""

from urllib.parse import urlencode

from django.core.cache import cache
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Site

from django_countries import countries

from practices import vocabulary as v
from practices.network.maps import MapPoint
from practices.network.selectors import (
    DirectoryFilters,
    categories_named,
    college_counts,
    directory_filters,
    organisation_points,
    organisations_listed,
    practice_points,
    practices_for_map,
    regions_named,
)
from practices.network.selectors.version import maps_version
from practices.network.templatetags.network_maps import network_map
from practices.network.vocabulary import College, Membership
from practices.page_context import page_context_addition

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


MAP_TTL = 3600  # seconds; a change renews the maps' version at once


def _map_points(request, *, language: str, params: dict) -> list[MapPoint]:
    show, category, outcome = params["show"], params["category"], params["outcome"]
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
    return points


def _map_html(request, *, language: str, params: dict) -> str:
    """The map and the list beside it, drawn once per version of what they show, site,
    language and filters (every filter a known code), and kept in the shared cache."""
    site = Site.find_for_request(request)
    key = ":".join(
        ["terroir:maps:page", maps_version(), str(site.pk if site else 0), language,
         *params.values()]
    )  # fmt: skip
    html = cache.get(key)
    if html is None:
        points = _map_points(request, language=language, params=params)
        context = network_map(points, title=_("Practices, members and partners"))
        html = render_to_string("network/includes/map.html", context)
        cache.set(key, html, MAP_TTL)
    return html


def map_page(request):
    language = get_language()
    categories = categories_named(language=language)
    show = request.GET.get("show", "")
    show = show if show in SHOW else ""
    category = request.GET.get("category", "")
    category = category if category in categories else ""
    outcome = request.GET.get("outcome", "")
    outcome = outcome if outcome in v.Outcome.values else ""
    params = {"show": show, "category": category, "outcome": outcome}
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
    context = {
        "map_html": _map_html(request, language=language, params=params),
        "filters": filters,
        "narrowed": bool(category or outcome),
    }
    return render(request, "network/map.html", context)


def partners_page(request):
    language = get_language()
    filters = directory_filters(request.GET)
    organisations = list(organisations_listed(filters=filters).prefetch_related("regions"))
    everyone = organisations_listed()
    regions = regions_named(language=language)
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
