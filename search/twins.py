"""Candidate practices for a twin region's carbon sink, from farms like it elsewhere: the
similarity engine's answer for the sink's site, shown on the twin-region page as suggestions
(registered with practices.page_context from SearchConfig.ready; practices never imports
search)."""

from django.utils.translation import get_language

from practices.page_context import page_context_addition
from practices.regions.selectors import area_practices
from search.encoder import Profile
from search.params import ParamError
from search.presentation import Labeller
from search.ranking import Reader
from search.selectors import practices_similar, profile_resolve
from search.views import _hit_view

SUGGESTED = 4


def twin_suggestions(*, page, language: str, limit: int = SUGGESTED) -> list[dict]:
    """Practices most like the sink's site, none of them from inside the sink area: from its
    centre's conditions (a circle) or its first practice's (an administrative unit)."""
    sink = page.sink
    inside = area_practices(area=sink)
    if sink.is_circle:
        location = {"latitude": sink.latitude, "longitude": sink.longitude}
    elif inside:
        location = {"latitude": inside[0].latitude, "longitude": inside[0].longitude}
    else:
        return []
    try:
        resolved = profile_resolve(profile=Profile(), location=location)
    except ParamError:
        return []
    keys = {str(practice.translation_key) for practice in inside}
    similar = practices_similar(
        profile=resolved.profile, limit=limit + len(keys), reader=Reader(language=language)
    )
    label = Labeller()
    hits = [hit for hit in similar.hits if str(hit.document["translation_key"]) not in keys]
    return [
        {**_hit_view(hit.document, label), "percent": hit.percent, "why": hit.why}
        for hit in hits[:limit]
    ]


@page_context_addition("TwinRegionPage")
def twin_suggestions_context(page, request) -> dict:
    return {"twin_suggestions": twin_suggestions(page=page, language=get_language())}
