"""Public pages: search, farms like mine, climate zones. Parse, call a selector, render."""

from dataclasses import asdict
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from practices import vocabulary as v
from practices.selectors.members import member_farm_params
from search.engine.base import SearchQuery
from search.forms import FarmsLikeMineForm
from search.page_params import search_query_forgiving
from search.params import ParamError, search_query_parse
from search.presentation import FACET_TITLES, Labeller, query_string
from search.selectors import (
    no_results_hint,
    practices_search,
    practices_similar,
    profile_resolve,
)

SHOWN_FACETS = [f for f in FACET_TITLES if f != "koppen"]  # zones are many: the group facet shows
FACET_OPTIONS = 12  # the most frequent values of a facet, as links
# Facets whose every value is offered: a farmer looks for their own country, however few
# practices it has (Bolivia, Niger, Mali… were beyond the first twelve).
EVERY_OPTION = {"country"}


def search_page(request):
    query, errors = search_query_forgiving(request.GET, collapse_language=get_language())
    result = practices_search(query=query)
    label = Labeller()
    facets = []
    # A climate group chosen, its zones are offered (and a zone chosen stays shown).
    zones = bool(query.filters.get("koppen_group") or query.filters.get("koppen"))
    for name in SHOWN_FACETS if not zones else [*SHOWN_FACETS[:2], "koppen", *SHOWN_FACETS[2:]]:
        active = query.filters.get(name, frozenset())
        options = [
            {
                "value": facet.value,
                "label": label(name, facet.value),
                "count": facet.count,
                "active": facet.value in active,
                "link": query_string(request.GET, toggle=(name, facet.value)),
            }
            for facet in result.facets.get(name, [])
        ]
        if options:
            shown = options if name in EVERY_OPTION else options[:FACET_OPTIONS]
            facets.append({"name": name, "title": FACET_TITLES[name], "options": shown})
    active_filters = [
        {
            "label": f"{FACET_TITLES.get(name, name)}: {label(name, value)}",
            "link": query_string(request.GET, toggle=(name, value)),
        }
        for name, values in query.filters.items()
        for value in sorted(values)
    ]
    pages = max(1, -(-result.total // query.page_size))
    # How many results are in the reader's language, and how many only in another (each
    # practice once: the search shows one version of each, the reader's where it exists).
    by_language = {f.value: f.count for f in result.facets.get("language", [])}
    in_mine = by_language.get(get_language(), 0)
    context = {
        "in_my_language": in_mine,
        "in_other_languages": sum(by_language.values()) - in_mine,
        "only_mine_link": None
        if "language" in query.filters
        else query_string(request.GET, toggle=("language", get_language())),
        "query": query,
        "result": result,
        "errors": errors,
        "invalid": {error.field for error in errors},
        "facets": facets,
        "active_filters": active_filters,
        "hits": [
            {**_hit_view(hit.document, label), "highlight": hit.highlight} for hit in result.hits
        ],
        "hint": no_results_hint(query) if not result.total else "",
        "previous_link": query_string(request.GET, set_values={"page": query.page - 1})
        if query.page > 1
        else None,
        "next_link": query_string(request.GET, set_values={"page": query.page + 1})
        if query.page < pages
        else None,
        "pages": pages,
        "ranges": {
            "rainfall_min": request.GET.get("rainfall_min", ""),
            "rainfall_max": request.GET.get("rainfall_max", ""),
            "altitude_min": request.GET.get("altitude_min", ""),
            "altitude_max": request.GET.get("altitude_max", ""),
        },
        # The filters understood, carried by the form (a value not understood is not resent).
        "kept": [(name, value) for name, values in query.filters.items() for value in values],
    }
    return render(request, "pages/search.html", context, status=400 if errors else 200)


def _hit_view(document: dict, label) -> dict:
    other_language = document["language"] != get_language()
    return {
        **document,
        # A result in another language is labelled as such (and marked up with its `lang`).
        "language_name": get_language_info(document["language"])["name_translated"]
        if other_language
        else "",
        "kind_label": label("kind", document["kind"]),
        "country_name": label("country", document["country"]) if document["country"] else "",
        "category_names": [label("category", c) for c in document["categories"].split(";") if c],
        "outcome_label": label("outcome", document["outcome"]) if document["outcome"] else "",
    }


def farms_like_mine(request):
    # A member's farm is the starting point when the page is opened without a question.
    farm = {} if request.GET else member_farm_params(user=request.user)
    form = FarmsLikeMineForm(request.GET or farm or None)
    context = {
        "form": form,
        "hits": None,
        "from_farm": bool(farm),
        "farm_missing": request.user.is_authenticated and not request.GET and not farm,
    }
    if form.is_bound and form.is_valid():
        profile, location = form.profile_and_location()
        try:
            resolved = profile_resolve(profile=profile, location=location)
        except ParamError as error:
            form.add_error("latitude" if error.field == "lat" else "longitude", error.message)
        else:
            similar = practices_similar(
                profile=resolved.profile,
                categories=frozenset(filter(None, [form.cleaned_data.get("category")])),
                limit=20,
                reader=resolved.reader(language=get_language()),
            )
            label = Labeller()
            # The practice pages then say how the practice went in these conditions.
            conditions = urlencode(
                {
                    n: value
                    for n, value in asdict(resolved.profile).items()
                    if value not in (None, "")
                }
            )
            suffix = f"?{conditions}" if conditions else ""
            context.update(
                resolved=resolved.as_dict(),
                country_name=label("country", resolved.country) if resolved.country else "",
                town_found=form.cleaned_data.get("town_found", ""),
                hits=[
                    {
                        **_hit_view(h.document, label),
                        "percent": h.percent,
                        "why": h.why,
                        "url": h.document["url"] + suffix,
                    }
                    for h in similar.hits
                ],  # fmt: skip
                close=similar.close,
                engine=similar.engine,
                fallback=similar.fallback,
            )
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "pages/farms_like_mine.html", context, status=status)


def climate_index(request):
    """Every Köppen zone by main group, with how many practices it has (each counted once
    across its translations, as the reader's language shows them)."""
    counts = {
        facet.value: facet.count
        for facet in practices_search(
            query=SearchQuery(
                filters={"kind": frozenset({"practice"})},
                collapse_language=get_language(),
                page_size=1,
            )
        ).facets.get("koppen", [])
    }
    groups = {}
    for code, name in v.KoppenClass.choices:
        group = v.KOPPEN_MAIN_GROUPS[v.koppen_main_group(code)]
        groups.setdefault(group, []).append(
            {"code": code, "name": name, "count": counts.get(code, 0)}
        )
    context = {"groups": groups.items(), "total": sum(counts.values())}
    return render(request, "pages/climate_index.html", context)


def climate_zone(request, koppen: str):
    if koppen not in v.KoppenClass.values:
        raise Http404(_("Unknown climate zone"))
    zone = {"koppen": frozenset({koppen}), "kind": frozenset({"practice"})}
    language = get_language()
    try:
        page = search_query_parse(
            request.GET, filters=zone, sort="newest", collapse_language=language
        )
    except ParamError:
        page = SearchQuery(filters=zone, sort="newest", collapse_language=language)
    result = practices_search(query=page)
    worked = practices_search(
        query=SearchQuery(
            filters={**zone, "outcome": frozenset({"worked"})},
            collapse_language=language,
            page_size=1,
        )
    )
    label = Labeller()
    context = {
        "koppen": koppen,
        "name": v.KoppenClass(koppen).label,
        "description": v.KOPPEN_DESCRIPTIONS.get(koppen, ""),
        "group": v.KOPPEN_MAIN_GROUPS[v.koppen_main_group(koppen)],
        "result": result,
        "hits": [_hit_view(hit.document, label) for hit in result.hits],
        "worked_categories": [
            {
                "label": label("category", f.value),
                "count": f.count,
                "link": f"/{language}/search/?koppen={koppen}&category={f.value}&outcome=worked",
            }
            for f in worked.facets.get("category", [])[:6]
        ],  # fmt: skip
        "next_link": query_string(request.GET, set_values={"page": page.page + 1})
        if page.page * page.page_size < result.total
        else None,
    }
    return render(request, "pages/climate_zone.html", context)
