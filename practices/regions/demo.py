"""The regions app's demo content, added by practices/demo/corpus.py after the core corpus
(practices, tutorials, videos and site pages exist by then), in English, French and Spanish:
a few practices around Copargo and Alfter, two listed correspondents, events, the
Copargo–Alfter twin page and two expressions of interest (content/demo.toml)."""

import random
import tomllib
from pathlib import Path

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page

from practices.models import PracticeCategory, Region
from practices.regions.models import (
    CorrespondentListing,
    EventPage,
    ExpressionOfInterest,
    TwinProgress,
    TwinRegionPage,
)
from practices.regions.services import regions_structure_ensure
from practices.services.practices import practice_create
from practices.services.site import site_structure_ensure

CONTENT = Path(__file__).with_name("content") / "demo.toml"


def demo_content() -> dict:
    return tomllib.loads(CONTENT.read_text(encoding="utf-8"))


def demo_create(rng: random.Random, locales: dict[str, Locale]) -> None:
    content = demo_content()
    indexes = regions_structure_ensure()
    regions = {region.slug: region for region in Region.objects.filter(locale=locales["en"])}
    _practices(content["practices"], regions)
    _correspondents(content["correspondents"], regions)
    for entry in content["events"]:
        _translated(indexes["events"], locales, entry, _event_fields(entry, regions, locales))
    twin = content["twin"]
    _translated(indexes["twins"], locales, twin, _twin_fields(twin))
    for entry in content["interests"]:
        ExpressionOfInterest.objects.create(**entry)


def _practices(entries: list[dict], regions: dict[str, Region]) -> None:
    libraries = site_structure_ensure()
    for entry in entries:
        entry = dict(entry)
        language, region = entry.pop("language"), regions[entry.pop("region")]
        slugs = entry.pop("categories")
        categories = PracticeCategory.objects.filter(slug__in=slugs, locale__language_code="en")
        practice_create(
            parent=libraries[language], fields=entry, categories=categories, region=region
        )


def _correspondents(entries: dict, regions: dict[str, Region]) -> None:
    users = get_user_model()
    for slug, entry in entries.items():
        user, _created = users.objects.get_or_create(username=entry["username"])
        user.set_unusable_password()
        user.save()
        # Every language's row of the region: the rights and the page follow its translation key.
        for row in Region.objects.filter(translation_key=regions[slug].translation_key):
            row.correspondents.add(user)
        CorrespondentListing.objects.update_or_create(
            user=user,
            defaults={"listed": True, **{k: v for k, v in entry.items() if k != "username"}},
        )


def _event_fields(entry: dict, regions, locales):
    def fields(code: str) -> dict:
        return {
            "title": entry["title"][code],
            "programme": entry["programme"][code],
            **{
                name: entry[name]
                for name in (
                    "start_date",
                    "end_date",
                    "start_time",
                    "end_time",
                    "time_zone",
                    "place",
                    "country",
                    "online_url",
                    "registration_url",
                )
                if name in entry
            },
        }

    def related(page: EventPage, code: str) -> None:
        page.regions = [
            Region.objects.get(translation_key=regions[slug].translation_key, locale=locales[code])
            for slug in entry["regions"]
        ]

    return fields, related


def _twin_fields(twin: dict):
    def fields(code: str) -> dict:
        values = {
            "title": twin["title"][code],
            "demand_t_co2e_yr": twin["demand_t_co2e_yr"],
            "demand_basis": twin["demand_basis"][code],
            "cost_sharing": twin["cost_sharing"][code],
        }
        for role in ("sink", "source"):
            values.update({f"{role}_{name}": value for name, value in twin[role].items()})
        return values

    def related(page: TwinRegionPage, code: str) -> None:
        page.progress = [
            TwinProgress(date=step["date"], text=step["text"][code]) for step in twin["progress"]
        ]

    return fields, related


def _translated(parents: dict[str, Page], locales, entry: dict, build) -> None:
    """The page in English, then its French and Spanish translations, each published."""
    fields, related = build
    english = None
    for code in ("en", "fr", "es"):
        if english is None:
            page = (EventPage if "start_date" in entry else TwinRegionPage)(
                slug=entry["slug"], **fields(code)
            )
            related(page, code)
            parents[code].add_child(instance=page)
            english = page
        else:
            page = english.copy_for_translation(locales[code])
            for name, value in fields(code).items():
                setattr(page, name, value)
            related(page, code)
        page.save_revision().publish()
