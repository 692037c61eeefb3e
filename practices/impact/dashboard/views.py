"""The dashboard: its page (/<lang>/dashboard/), its API (/api/v1/dashboard) and its exports
(XLSX, CSV). Each reads the same cached figures for the same filters."""

from urllib.parse import urlencode

from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from practices.impact.dashboard.actions import country_action_record, country_actions_list
from practices.impact.dashboard.charts import bar_chart
from practices.impact.dashboard.export import dashboard_csv, dashboard_xlsx
from practices.impact.dashboard.params import FilterError, filters_parse
from practices.impact.dashboard.presentation import (
    BREAKDOWN_TITLES,
    METHOD,
    dashboard_records,
    labeller,
)
from practices.impact.dashboard.selectors import (
    BREAKDOWNS,
    FIGURES_TTL,
    Filters,
    dashboard_choices,
    dashboard_figures,
    dashboard_generation,
)

METRICS = ("farmers", "hectares", "t_c_yr")


def _number(value, decimals: int = 0) -> str:
    return number_format(value, decimals, use_l10n=True, force_grouping=True)


def _metric_items(records: list[dict], metric: str) -> list[tuple]:
    ordered = sorted(records, key=lambda r: -abs(r[metric])) if metric != "farmers" else records
    if metric == "t_c_yr":
        return [
            (r["label"], r["t_c_yr"],
             f"{_number(r['t_c_yr'], 1)} ({_number(r['t_c_yr_low'], 1)}–"
             f"{_number(r['t_c_yr_high'], 1)})",
             r["t_c_yr_low"], r["t_c_yr_high"])
            for r in ordered
        ]  # fmt: skip
    if metric == "hectares":
        return [(r["label"], r["hectares"], _number(r["hectares"], 1)) for r in ordered]
    return [(r["label"], r["farmers"], _number(r["farmers"])) for r in ordered]


def _figures_html(request, filters: Filters, metric: str, kept: dict, label) -> str:
    """The page's figures (totals, outcomes, map, charts, tables, method) rendered for this
    filter, measure and language, kept under the dashboard's generation: a cached request
    reads them back instead of formatting thousands of numbers again; a publication renews
    the generation, so the next request renders the new figures."""
    key = ":".join(
        ("terroir:dashboard:html", dashboard_generation(), get_language(), metric,
         filters.country, filters.region, filters.category)
    )  # fmt: skip
    html = cache.get(key)
    if html is not None:
        return html
    records = dashboard_records(dashboard_figures(filters=filters), label)
    units = {"farmers": _("farmers"), "hectares": _("hectares"), "t_c_yr": _("t C/yr")}
    sections = []
    for name in BREAKDOWNS:
        items = _metric_items(records[name], metric)
        if name == "year":
            items.sort(key=lambda item: item[0])
        sections.append(
            {
                "name": name,
                "title": BREAKDOWN_TITLES[name],
                "chart": bar_chart(title=f"{BREAKDOWN_TITLES[name]}: {units[metric]}",
                                   unit=units[metric], items=items),
                "records": records[name],
            }
        )  # fmt: skip
    html = render_to_string(
        "impact/includes/dashboard_figures.html",
        {
            "metric": metric,
            "metrics": [
                (name, units[name], "?" + urlencode({**kept, "metric": name})) for name in METRICS
            ],
            "totals": records["totals"][0],
            # The map of countries shows the chosen measure (network's choropleth, a list beside).
            "map_values": {r["key"]: r[metric] for r in records["country"] if r["key"]},
            "map_title": f"{BREAKDOWN_TITLES['country']}: {units[metric]}",
            "sections": sections,
            "method": METHOD,
        },
        request=request,
    )
    cache.set(key, html, FIGURES_TTL)
    return html


def dashboard_page(request):
    error = None
    try:
        filters = filters_parse(request.GET)
    except FilterError as problem:
        error, filters = problem, Filters()
    metric = request.GET.get("metric") if request.GET.get("metric") in METRICS else "farmers"
    label = labeller()
    choices = dashboard_choices()
    kept = {key: value for key, value in filters.as_dict().items() if value}
    return render(
        request,
        "impact/dashboard.html",
        {
            "filters": filters,
            "error": error,
            "options": {
                name: sorted(((key, label(name, key)) for key in keys), key=lambda o: o[1])
                for name, keys in choices.items()
            },
            "metric": metric,
            "figures": _figures_html(request, filters, metric, kept, label),
            "actions": country_actions_list(filters=filters),
            "query": urlencode(kept),
        },
    )


def _api_payload(filters: Filters) -> dict:
    records = dashboard_records(dashboard_figures(filters=filters))
    return {
        "filters": filters.as_dict(),
        "totals": records["totals"][0],
        **{f"by_{name}": records[name] for name in BREAKDOWNS},
        "country_actions": [
            country_action_record(action) for action in country_actions_list(filters=filters)
        ],
        "method": [str(line) for line in METHOD],
    }


@require_GET
def dashboard_api(request):
    try:
        filters = filters_parse(request.GET)
    except FilterError as error:
        return JsonResponse({"error": error.message, "field": error.field}, status=400)
    return JsonResponse(_api_payload(filters))


def _export(request, file_format: str) -> HttpResponse:
    try:
        filters = filters_parse(request.GET)
    except FilterError as error:
        return HttpResponse(error.message, status=400, content_type="text/plain; charset=utf-8")
    records = dashboard_records(dashboard_figures(filters=filters))
    if file_format == "xlsx":
        content = dashboard_xlsx(
            records=records,
            actions=country_actions_list(filters=filters),
            method=[str(line) for line in METHOD],
        )
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        content = dashboard_csv(records=records)
        content_type = "text/csv; charset=utf-8"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="terroir-dashboard.{file_format}"'
    return response


@require_GET
def dashboard_export_xlsx(request):
    return _export(request, "xlsx")


@require_GET
def dashboard_export_csv(request):
    return _export(request, "csv")
