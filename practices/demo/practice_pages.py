"""The demo's practices: spread over the places of content/places.toml, with categories that suit
each place's climate, outcomes that are not all successes, texts in the place's language from
the templates of content/practices.toml and, for some, translations into the other two."""

import random
from collections import Counter
from datetime import timedelta

from django.utils import timezone

from wagtail.models import Locale

from practices.conditions.site import SiteConditions, site_derive, sites_derive
from practices.demo import texts
from practices.demo.pages import LANGUAGES, steps_block
from practices.demo.places import PLACES, Place
from practices.models import PracticePage
from practices.models.profile import COORDINATES, PROFILE_FIELDS, PROFILE_NUMBERS
from practices.services.practices import practice_create, slug_unique

GRAZING_LAND = {"grazing", "agropastoral", "silvopastoral", "agrosilvopastoral"}
PERENNIAL_LAND = {"cropland_perennial", "cropland_tree"}
# The conditions a practice takes from its place as they are: its point and numbers vary a
# little around the place's, and its country and Köppen class are derived from the point.
PLACE_CONDITIONS = tuple(
    name
    for name in PROFILE_FIELDS
    if name not in (*COORDINATES, *PROFILE_NUMBERS, "country", "koppen", "ipcc_zone")
)


def practices_create(
    rng: random.Random, count: int, libraries, categories, regions, photos
) -> list[dict]:
    """Create `count` practices; returns what translating them needs."""
    now = timezone.now()
    taken = {
        code: set(lib.get_children().values_list("slug", flat=True))
        for code, lib in libraries.items()
    }
    used_variants: Counter = Counter()
    same_title: set = set()  # (variant, crop, place): a second farm there is named in its title
    created = []
    for number, (place, latitude, longitude) in enumerate(_jittered_places(rng, count)):
        language = texts.LANGUAGE_OF_COUNTRY.get(place.country, "en")
        suited = _categories_for(place)
        main = suited[number % len(suited)]
        extra = rng.choice(suited) if rng.random() < 0.35 else None
        variants = texts.PRACTICE_TEMPLATES[main]
        variant = variants[used_variants[main] % len(variants)]
        used_variants[main] += 1
        outcome = _outcome(rng)
        measures = _measures(rng, outcome)
        crop = rng.choice([c for c in place.crops if c not in texts.LIVESTOCK])
        practice_texts = _practice_texts(variant, language, crop, place, measures["years"], outcome)
        contributor = f"{rng.choice(texts.FIRST_NAMES)} {rng.choice(texts.LAST_NAMES)}"
        photo = photos[number % len(photos)] if rng.random() < 0.8 else None
        key = (id(variant), crop, place.name)
        suffix = f" ({contributor})" if key in same_title else ""
        same_title.add(key)
        fields = {
            "title": practice_texts["title"] + suffix,
            "summary": practice_texts["summary"],
            "what_worked": practice_texts["what_worked"],
            "what_did_not_work": practice_texts["what_did_not_work"],
            "contributor": contributor,
            "photo": photo,
            "body": _body(practice_texts, contributor),
            "outcome": outcome,
            "latitude": latitude,
            "longitude": longitude,
            "rainfall_mm": max(20, round(place.rainfall_mm * rng.uniform(0.92, 1.08))),
            "temperature_c": round(place.temperature_c + rng.uniform(-0.6, 0.6), 1),
            "altitude_m": max(0, round(place.altitude_m * rng.uniform(0.9, 1.1))),
            **{name: getattr(place, name) for name in PLACE_CONDITIONS},
            **measures,
        }
        if number % 3 == 2 and _estimates_agree(place, latitude, longitude):
            # A third of the farmers gave no climate figures: the coordinates give them (each
            # page then says which values are estimated, and from what). Only where the
            # estimates agree with the place's figures: the demo shows the data at its best,
            # docs/decisions.md says where it is not.
            fields.update(dict.fromkeys(PROFILE_NUMBERS))
        slugs = [main] + ([extra] if extra and extra != main else [])
        page = practice_create(
            parent=libraries[language],
            fields=fields,
            categories=[categories[s]["en"] for s in slugs],
            tags=practice_texts["tags"],
            region=regions[place.region]["en"],
            published_at=now - timedelta(days=3 * 365 * (count - number) / count),
            taken_slugs=taken[language],
        )
        created.append(
            {
                "page": page,
                "variant": variant,
                "place": place,
                "crop": crop,
                "outcome": outcome,
                "years": measures["years"],
                "language": language,
                "contributor": contributor,
                "photo": photo,
                "title_suffix": suffix,
            }
        )
    return created


def practices_translate(
    rng: random.Random, created: list[dict], count: int, locales: dict[str, Locale]
) -> int:
    """Translate `count` practices into the two other languages (copy, then translate)."""
    chosen = rng.sample(created, min(count, len(created)))
    done = 0
    for item in chosen:
        page: PracticePage = item["page"]
        for code in LANGUAGES:
            if code == item["language"]:
                continue
            translated = page.copy_for_translation(locales[code])
            t = _practice_texts(
                item["variant"], code, item["crop"], item["place"], item["years"], item["outcome"]
            )
            translated.title = t["title"] + item["title_suffix"]
            translated.slug = slug_unique(parent=translated.get_parent(), title=translated.title)
            translated.summary = t["summary"]
            translated.what_worked = t["what_worked"]
            translated.what_did_not_work = t["what_did_not_work"]
            translated.body = _body(t, item["contributor"])
            translated.tags.set(t["tags"])
            translated.save_revision().publish()
            done += 1
    return done


def _categories_for(place: Place) -> list[str]:
    suited = list(texts.SUITED[place.agro_climatic_zone])
    if place.land_use in GRAZING_LAND:
        suited.insert(0, "grazing-management")
    if place.land_use in PERENNIAL_LAND:
        suited.insert(0, "perennial-crops")
    return suited


def _outcome(rng: random.Random) -> str:
    roll = rng.random()
    return "worked" if roll < 0.68 else "mixed" if roll < 0.86 else "did_not_work"


def _estimates_agree(place: Place, latitude: float, longitude: float) -> bool:
    site = site_derive(latitude=latitude, longitude=longitude)
    return (
        site.rainfall_mm is not None
        and abs(site.rainfall_mm - place.rainfall_mm) <= 0.25 * place.rainfall_mm
        and abs(site.temperature_c - place.temperature_c) <= 1.5
    )


def _jittered_places(rng: random.Random, count: int) -> list[tuple[Place, float, float]]:
    """A point near each chosen place (a few km away), kept only if still on land there."""
    order = [PLACES[i % len(PLACES)] for i in range(count)]
    rng.shuffle(order)
    points = [
        (
            round(p.latitude + rng.uniform(-0.06, 0.06), 4),
            round(p.longitude + rng.uniform(-0.06, 0.06), 4),
        )
        for p in order
    ]
    derived = sites_derive(points=points)
    chosen = []
    for place, point, result in zip(order, points, derived, strict=True):
        ok = isinstance(result, SiteConditions) and result.country == place.country
        chosen.append((place, *(point if ok else (place.latitude, place.longitude))))
    return chosen


def _practice_texts(
    variant: dict, language: str, crop_en: str, place: Place, years: int, outcome: str
) -> dict:
    crop = texts.CROPS.get(crop_en, {}).get(language, crop_en)

    def fill(key):
        return variant[key][language].format(crop=crop, place=place.name, years=years)

    worked = fill("worked")
    did_not_work = fill("did_not_work")
    if outcome == "did_not_work":
        worked, did_not_work = "", f"{fill('failure')} {did_not_work}"
    return {
        "title": f"{fill('title')} — {place.name}"[:255],
        "summary": fill("summary")[:600],
        "what_worked": worked,
        "what_did_not_work": did_not_work,
        "quote": fill("quote"),
        "steps": steps_block(variant["steps"], language),
        "tags": variant["tags"][language],
    }


def _body(practice_texts: dict, contributor: str) -> list:
    return [
        practice_texts["steps"],
        ("quote", {"text": practice_texts["quote"], "attribution": contributor}),
    ]


def _measures(rng: random.Random, outcome: str) -> dict:
    roll = rng.random()
    evidence = "observed" if roll < 0.58 else "measured" if roll < 0.9 else "peer_reviewed"
    soc = yield_effect = None
    if evidence != "observed":
        low, high = {"worked": (0.15, 0.9), "mixed": (0.0, 0.35), "did_not_work": (-0.25, 0.08)}[
            outcome
        ]
        soc = round(rng.uniform(low, high), 2)
        low, high = {"worked": (8, 80), "mixed": (-10, 15), "did_not_work": (-35, 0)}[outcome]
        yield_effect = round(rng.uniform(low, high))
    return {
        "evidence": evidence,
        "soc_change_t_ha_yr": soc,
        "yield_effect_pct": yield_effect,
        "area_ha": round(rng.lognormvariate(1.2, 1.1), 1),
        "farmers": max(1, int(rng.lognormvariate(2.2, 1.2))),
        "years": rng.randint(2, 15),
    }
