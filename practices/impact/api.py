"""The carbon API (issue 14's contract; DESIGN.md's conventions): errors are 400 with
{"error", "field"}; only live, public practices; nothing a client sends produces a 500."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from practices.conditions.derive import LocationError
from practices.impact.carbon import Estimate, estimate, practice_estimate
from practices.impact.forms import EstimateParamsForm
from practices.selectors.visibility import practices_live

FIELDS = {"latitude": "lat", "longitude": "lon"}


def result_json(result) -> dict:
    """An Estimate or a NotEstimable as JSON, with the rates and measurement beside it."""
    if isinstance(result, Estimate):
        body = {"estimable": True, **result.as_dict()}
    else:
        body = {"estimable": False, "reason": str(result.reason)}
    body["evidence"] = [{**item.__dict__, "verified": item.verified} for item in result.evidence]
    measured = result.measured
    body["measured"] = None if measured is None else measured.__dict__
    return body


def _error(message: str, field: str | None, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message, "field": field}, status=status)


@require_GET
def carbon_estimate(request):
    form = EstimateParamsForm(request.GET)
    if not form.is_valid():
        return _error(*reversed(form.first_error()))
    data = form.cleaned_data
    before, after = form.managements()
    try:
        result = estimate(
            latitude=data["lat"],
            longitude=data["lon"],
            **form.climate_stated(),
            soil_group=data.get("soil_group") or "",
            texture=data.get("texture") or "",
            before=before,
            after=after,
            area_ha=data.get("area_ha"),
        )
    except LocationError as error:
        return _error(str(error.message), FIELDS.get(error.field, "lat"))
    return JsonResponse(result_json(result))


@require_GET
def practice_carbon(request, practice_id: int):
    page = practices_live().filter(pk=practice_id).first()
    if page is None:
        return _error("not found", None, status=404)
    return JsonResponse(
        {"id": page.pk, "url": page.full_url, **result_json(practice_estimate(page))}
    )
