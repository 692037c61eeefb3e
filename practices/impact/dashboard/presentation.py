"""The dashboard's rows as records (one shape for the API, the CSV and the XLSX, so that they
cannot disagree) and the names of their keys in the reader's language."""

from collections.abc import Callable

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from django_countries import countries

from practices.impact.dashboard.selectors import OUTCOMES, Dashboard, Row
from practices.selectors.labels import category_labels, region_labels

BREAKDOWN_TITLES = {
    "country": _("By country"),
    "region": _("By region"),
    "category": _("By practice category"),
    "year": _("By year"),
}
NOT_STATED = _("Not stated")

COLUMNS = [
    "key", "label", "practices", "reports", "farmers", "farmers_from_practices",
    "farmers_from_reports", "practices_without_farmers", "hectares", "practices_without_area",
    "t_c_yr", "t_c_yr_low", "t_c_yr_high", "practices_estimated",
    *OUTCOMES, *(f"reports_{outcome}" for outcome in OUTCOMES),
]  # fmt: skip


def labeller(locale: Locale | None = None) -> Callable[[str, object], str]:
    """`label(breakdown, key)`: a country, region, category or year as the reader names it."""
    locale = locale or Locale.get_active()
    names = {"region": region_labels(locale=locale), "category": category_labels(locale=locale)}

    def label(breakdown: str, key) -> str:
        if key in ("", None):
            return str(NOT_STATED)
        if breakdown == "country":
            return str(countries.name(key) or key)
        if breakdown in names:
            return names[breakdown].get(key, key)
        return str(key)

    return label


def row_record(row: Row, label: str) -> dict:
    record = {
        "key": row.key if row.key != "" else None,
        "label": label,
        "practices": row.practices,
        "reports": row.reports,
        "farmers": row.farmers,
        "farmers_from_practices": row.farmers_from_practices,
        "farmers_from_reports": row.reports,
        "practices_without_farmers": row.practices_without_farmers,
        "hectares": round(row.hectares, 2),
        "practices_without_area": row.practices_without_area,
        "t_c_yr": round(row.t_c_yr, 3),
        "t_c_yr_low": round(row.t_c_yr_low, 3),
        "t_c_yr_high": round(row.t_c_yr_high, 3),
        "practices_estimated": row.practices_estimated,
    }
    record.update(row.outcomes)
    record.update({f"reports_{name}": count for name, count in row.report_outcomes.items()})
    return record


def dashboard_records(dashboard: Dashboard, label=None) -> dict[str, list[dict]]:
    """{"totals": [record], "country": [records], "region": …, "category": …, "year": …}."""
    label = label or labeller()
    records = {"totals": [row_record(dashboard.totals, str(_("All")))]}
    for name, rows in dashboard.breakdowns.items():
        records[name] = [row_record(row, label(name, row.key)) for row in rows]
    return records


# How the figures are counted and what they cannot say: written next to them on the page, and
# in the export's "Method" sheet.
METHOD = [
    _(
        "Counted from the practices published on Terroir (never drafts), each once whatever "
        'the number of its translations, and from the published "I tried this" reports.'
    ),
    _(
        "Farmers: the number each practice gives, plus one farmer for each report (a report "
        "is one farmer who tried the practice; it gives no area). Practices that do not say "
        "how many farmers or hectares are counted apart, not guessed."
    ),
    _(
        "Tonnes of carbon a year: for each practice with an area, the IPCC 2019 Tier 1 estimate "
        "of the soil carbon change per hectare (0-30 cm, over 20 years) times its area. The "
        "range adds up the practices' ranges (95 %), low ends together and high ends together: "
        "their errors come from the same IPCC tables, so they are taken as moving together."
    ),
    _(
        "A practice in several categories is counted in each of them: the rows by category "
        "add up to more than the total. Years are the year a practice or report was "
        "published."
    ),
    _(
        "Limits: these are the farms that chose to document a practice here, not a survey; "
        "the estimate is a model of typical conditions, not a measurement; practices the "
        "model cannot estimate (biochar, water harvesting, organic soils...) add farmers and "
        "hectares but no tonnes."
    ),
    _(
        "Country actions are reported by the countries' programmes (top down) and are shown "
        "beside these figures, never added to them: the same farms may be in both."
    ),
]
