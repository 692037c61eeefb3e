"""The carbon pages: the method, and "my farm's soil carbon" (sent by GET, printable); and the
practice page's line (registered with practices.page_context from ImpactConfig.ready)."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from practices.conditions.derive import LocationError
from practices.impact.carbon import Estimate, practice_estimate
from practices.impact.carbon.classify import (
    JUDGEMENTS,
    WRB_TO_IPCC,
    climate_zone_at,
    soil_class_from,
)
from practices.impact.carbon.mapping import CHANGES, GRASSLAND_USES, NOT_ESTIMABLE, RATES
from practices.impact.carbon.model import stock_change
from practices.impact.carbon.options import farm_options
from practices.impact.carbon.tables import rates, tables
from practices.impact.forms import MySoilCarbonForm
from practices.page_context import page_context_addition
from practices.selectors.labels import category_labels
from practices.selectors.members import member_farm_params
from practices.vocabulary import IpccClimateZone, SoilGroup

# What "farms like mine" is asked, from this form's fields (the same names).
LIKE_MINE = ("latitude", "longitude", "rainfall_mm", "temperature_c", "altitude_m",
             "soil_group", "texture")  # fmt: skip
# The tillage rows say which tillage (the category's name covers both).
TILLAGE_LABELS = {
    "reduced-tillage": _("Reduced tillage"),
    "no-till": _("No tillage (direct seeding)"),
}


@page_context_addition("PracticePage")
def practice_carbon_context(page, request) -> dict:
    return {"carbon": practice_estimate(page)}


def carbon_method(request):
    t = tables()
    zones = list(IpccClimateZone.choices)
    soc_rows = [
        {"soil_class": soil_class, "cells": [t.soc_ref(soil_class, zone) for zone, _label in zones]}
        for soil_class in ("HAC", "LAC", "sandy", "spodic", "volcanic", "wetland")
    ]
    soils = [
        {"code": code, "label": label, "ipcc": WRB_TO_IPCC[code], "judgement": code in JUDGEMENTS}
        for code, label in SoilGroup.choices
    ]
    cited = {name for names in RATES.values() for name in names}
    return render(
        request,
        "impact/carbon_method.html",
        {
            "zones": zones,
            "soc_rows": soc_rows,
            "soils": soils,
            "changes": CHANGES,
            "not_estimable": NOT_ESTIMABLE,
            "rates": [entry for entry in rates()["entries"] if entry["practice"] in cited],
            "sources": {name: t.source(name) for name in t.raw["tables"]},
        },
    )


def _farm_initial(user) -> dict:
    """The signed-in member's farm as this form's data ({} without one)."""
    farm = member_farm_params(user=user)
    if farm:
        farm["land_use"] = "grassland" if farm.get("land_use") in GRASSLAND_USES else "cropland"
    return farm


def my_soil_carbon(request):
    farm = {} if request.GET else _farm_initial(request.user)
    form = MySoilCarbonForm(request.GET or farm or None)
    context = {"form": form, "from_farm": bool(farm)}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        try:
            zone = climate_zone_at(
                latitude=data["latitude"], longitude=data["longitude"], **form.climate_stated()
            )
        except LocationError as error:
            form.add_error("latitude", error.message)
        else:
            context.update(_assessment(data, zone, form.today()))
    return render(request, "impact/my_soil_carbon.html", context)


def _assessment(data: dict, zone: str, today) -> dict:
    soil_class = soil_class_from(soil_group=data.get("soil_group"), texture=data.get("texture"))
    now = stock_change(climate_zone=zone, soil_class=soil_class or "", before=today, after=today)
    like_mine = {name: data[name] for name in LIKE_MINE if data.get(name) not in (None, "")}
    labels = category_labels(locale=Locale.get_active())
    options = []
    if isinstance(now, Estimate):
        for option in farm_options(climate_zone=zone, soil_class=soil_class, today=today):
            slug = "reduced-tillage" if option.category == "no-till" else option.category
            query = urlencode({**like_mine, "category": slug})
            options.append(
                {
                    "option": option,
                    "label": TILLAGE_LABELS.get(option.category) or labels.get(slug, slug),
                    "estimable": isinstance(option.result, Estimate),
                    "like_mine": f"{reverse('farms_like_mine')}?{query}",
                }
            )
    return {
        "zone": zone,
        "zone_label": IpccClimateZone(zone).label,
        "soil_class": soil_class,
        "now": now,
        "options": options,
        "town_found": data.get("town_found", ""),
    }
