"""The initiative's vocabulary on every site: the practice categories and the regions of
practices/taxonomy.json, in each content language, installed by every `migrate`
(practices.receivers), demo or not.

The install creates what was never installed and changes nothing else (docs/decisions.md,
"The vocabulary on every site"): an editor's rename, translation, new countries or deletion
survive every deployment, and a term added to the file in a later release still arrives.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale

from practices.models import InstalledTerm, PracticeCategory, Region
from practices.services.site import locales_ensure

TAXONOMY_FILE = Path(__file__).resolve().parent.parent / "taxonomy.json"


@dataclass
class TaxonomyInstallSummary:
    categories: int = 0  # terms created (each in every language)
    regions: int = 0


@cache
def taxonomy_data() -> dict[str, list[dict]]:
    """{"categories": [...], "regions": [...]}: each entry a slug and, per language code,
    {"name", "description"} (categories) or {"name"} with the region's "countries"."""
    return json.loads(TAXONOMY_FILE.read_text(encoding="utf-8"))


@transaction.atomic
def taxonomy_install() -> TaxonomyInstallSummary:
    """Install the terms of taxonomy.json that this site never had; idempotent.

    A term whose slug already exists (made by the demo or an editor before this install
    existed) is recorded and left as it is, apart from the languages it lacks. A new region
    takes only the countries no region holds yet, so a country stays in exactly one region.
    """
    locales = locales_ensure()
    done = set(InstalledTerm.objects.values_list("kind", "slug"))
    summary = TaxonomyInstallSummary()
    kind = InstalledTerm.Kind
    for entry in taxonomy_data()["categories"]:
        if (kind.CATEGORY, entry["slug"]) not in done:
            summary.categories += _term_install(PracticeCategory, entry, locales, {})
            InstalledTerm.objects.create(kind=kind.CATEGORY, slug=entry["slug"])
    for entry in taxonomy_data()["regions"]:
        if (kind.REGION, entry["slug"]) not in done:
            countries = _countries_unheld(entry["countries"], slug=entry["slug"])
            if countries:
                summary.regions += _term_install(Region, entry, locales, {"countries": countries})
            InstalledTerm.objects.create(kind=kind.REGION, slug=entry["slug"])
    return summary


def _countries_unheld(countries: list[str], *, slug: str) -> list[str]:
    held = set()
    for region in Region.objects.exclude(slug=slug).only("countries"):
        held.update(country.code for country in region.countries)
    return [code for code in countries if code not in held]


def _term_install(model, entry: dict, locales: dict[str, Locale], extra: dict) -> int:
    """The term in every language it lacks, as translations of one another. 1 if the term
    was new, 0 if a row with its slug already existed."""
    rows = {row.locale_id: row for row in model.objects.filter(slug=entry["slug"])}
    existed = bool(rows)
    default = locales[settings.LANGUAGE_CODE]
    source = rows.get(default.id) or next(iter(rows.values()), None)
    ordered = [default] + [locale for locale in locales.values() if locale != default]
    for locale in ordered:
        if locale.id in rows:
            continue
        texts = entry.get(locale.language_code) or entry[settings.LANGUAGE_CODE]
        if source is None:
            row = model(slug=entry["slug"], locale=locale)
        else:
            row = source.copy_for_translation(locale)
        for name, value in {**texts, **extra}.items():
            setattr(row, name, value)
        row.save()
        if source is None:
            source = row
        rows[locale.id] = row
    return 0 if existed else 1
