"""Public JSON API v1 (DESIGN.md). Only live, public pages ever appear. Errors are 400 with
{"error", "field"}; nothing a client sends produces a 500."""

import dataclasses
import json
from functools import wraps
from pathlib import Path

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET

from practices.models import PracticePage
from search.documents import indexable
from search.encoder import Profile
from search.engine.base import LANGUAGES
from search.open_data import practice_open_record, practices_dates
from search.params import (
    ParamError,
    _one,
    filters_parse,
    integer_param,
    profile_parse,
    search_query_parse,
)
from search.presentation import FACET_TITLES, Labeller
from search.selectors import (
    DERIVABLE,
    derived_sources,
    practice_comparable,
    practices_search,
    practices_similar,
    profile_resolve,
)


def _api(view):
    @wraps(view)
    @require_GET
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ParamError as error:
            return JsonResponse({"error": error.message, "field": error.field}, status=400)
        except Http404:
            return JsonResponse({"error": "not found", "field": None}, status=404)

    return wrapper


def practice_summary(document: dict, dates: dict | None = None) -> dict:
    first, last = (dates or {}).get(document["page_id"], (None, None))
    return {
        "id": document["page_id"],
        "translation_key": str(document["translation_key"]),
        "url": document["url"],
        "title": document["title"],
        "summary": document["summary"],
        "language": document["language"],
        "latitude": document["latitude"],
        "longitude": document["longitude"],
        "first_published_at": first,
        "last_published_at": last,
        "country": document["country"] or None,
        "koppen": document["koppen"] or None,
        "rainfall_mm": document["rainfall_mm"],
        "soil_group": document["soil_group"] or None,
        "categories": [c for c in document["categories"].split(";") if c],
        "outcome": document["outcome"] or None,
        "evidence": document["evidence"] or None,
    }


@_api
def search(request):
    query = search_query_parse(request.GET)
    practices_only = {**query.filters, "kind": frozenset({"practice"})}
    # `one_per_practice=fr`: one version of each translated practice, in French where it
    # exists: the count the site's French pages give.
    prefer = _one(request.GET, "one_per_practice") or None
    if prefer is not None and prefer not in LANGUAGES:
        raise ParamError("one_per_practice", "one_per_practice is one of en, fr, es.")
    query = dataclasses.replace(query, filters=practices_only, collapse_language=prefer)
    result = practices_search(query=query)
    dates = practices_dates([hit.document["page_id"] for hit in result.hits])
    label = Labeller()
    return JsonResponse(
        {
            "total": result.total,
            "page": result.page,
            "results": [practice_summary(hit.document, dates) for hit in result.hits],
            "facets": {
                name: [
                    {"value": f.value, "label": label(name, f.value), "count": f.count}
                    for f in result.facets[name]
                ]  # fmt: skip
                for name in FACET_TITLES  # every facet, in the pages' order
                if name != "kind"
            },
            "engine": result.engine,
            "fallback": result.fallback,
        }
    )


def _similar_results(hits) -> list[dict]:
    page_ids = [h.document["page_id"] for h in hits]
    sources, dates = derived_sources(page_ids=page_ids), practices_dates(page_ids)
    return [
        {
            **_with_derived(
                practice_summary(h.document, dates), sources.get(h.document["page_id"], {})
            ),
            "similarity": round(h.hit.similarity or 0.0, 4),
            "distance_km": None if h.distance_km is None else round(h.distance_km, 1),
            "why": h.why,
        }  # fmt: skip
        for h in hits
    ]


def _with_derived(summary: dict, sources: dict[str, str]) -> dict:
    """A result's values that the coordinates gave say so (`rainfall_mm_derived: true`), with
    where they come from (`derived_sources`)."""
    for name in [name for name in summary if name in DERIVABLE]:
        summary[f"{name}_derived"] = name in sources
    summary["derived_sources"] = {name: sources[name] for name in summary if name in sources}
    return summary


@_api
def similar(request):
    profile, location = profile_parse(request.GET)
    resolved = profile_resolve(profile=profile, location=location)
    limit = integer_param(request.GET, "limit", 10, 1, 50)
    categories = filters_parse(request.GET).get("category", frozenset())
    similar = practices_similar(
        profile=resolved.profile, categories=categories, limit=limit, reader=resolved.reader()
    )
    return JsonResponse(
        {
            "profile": resolved.as_dict(),
            "results": _similar_results(similar.hits),
            "close": similar.close,
            "engine": similar.engine,
            "fallback": similar.fallback,
        }
    )


@_api
def practice_similar(request, practice_id: int):
    practice = indexable(PracticePage.objects.filter(pk=practice_id)).first()
    if practice is None:
        raise Http404("No such practice")
    limit = integer_param(request.GET, "limit", 10, 1, 50)
    similar = practice_comparable(practice=practice, limit=limit)
    return JsonResponse(
        {
            "profile": {"id": practice.pk, **Profile.from_object(practice).__dict__},
            "results": _similar_results(similar.hits),
            "engine": similar.engine,
            "fallback": similar.fallback,
        }
    )


@_api
def practice(request, practice_id: int):
    return JsonResponse(
        practice_open_record(practice_id=practice_id, absolute=request.build_absolute_uri)
    )


OPENAPI = json.loads((Path(__file__).parent / "openapi.json").read_text(encoding="utf-8"))


@_api
def openapi(request):
    """The OpenAPI 3.1 description of this API (docs/api.md says how it is kept)."""
    return JsonResponse(OPENAPI)


@_api
def not_found(request):
    raise Http404
