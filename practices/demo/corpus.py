"""Build the illustrative demo corpus (not real field data): deterministic, offline, idempotent.

Practices are spread over the places of places.py, with categories that suit each place's
climate, outcomes that are not all successes, texts in the place's language and, for some,
translations into the other two. Photos are drawn locally with Pillow.
"""

import io
import random
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from PIL import Image as PILImage
from PIL import ImageDraw

from home.models import StandardPage
from practices.conditions.derive import DerivedConditions, profiles_derive
from practices.demo import texts
from practices.demo.places import PLACES, Place
from practices.models import PracticeCategory, PracticePage, Region, TutorialPage, VideoPage
from practices.services.practices import practice_create, slug_unique
from practices.services.site import site_structure_ensure
from practices.services.taxonomy import taxonomy_data

SEED = 4_1000
LANGUAGES = ("en", "fr", "es")
FRENCH_COUNTRIES = {
    "FR",
    "BE",
    "SN",
    "ML",
    "NE",
    "BF",
    "TD",
    "CI",
    "CM",
    "MG",
    "MA",
    "TN",
    "BJ",
    "TG",
    "GN",
    "HT",
    "RW",
    "BI",
    "CD",
    "CH",
    "DZ",
    "CA-QC",
}
SPANISH_COUNTRIES = {
    "ES",
    "MX",
    "GT",
    "HN",
    "NI",
    "SV",
    "CR",
    "PA",
    "CO",
    "VE",
    "EC",
    "PE",
    "BO",
    "CL",
    "AR",
    "UY",
    "PY",
    "CU",
    "DO",
}

# Categories that suit a place, by agro-climatic zone; grazing land adds grazing management.
SUITED = {
    "arid": [
        "water-harvesting",
        "erosion-control",
        "grazing-management",
        "organic-amendments",
        "agroforestry",
    ],
    "semi_arid": [
        "water-harvesting",
        "erosion-control",
        "agroforestry",
        "organic-amendments",
        "residue-retention",
        "improved-fallow",
        "integrated-soil-fertility",
        "reduced-tillage",
    ],
    "sub_humid": [
        "agroforestry",
        "reduced-tillage",
        "cover-crops",
        "crop-rotation",
        "integrated-soil-fertility",
        "improved-fallow",
        "erosion-control",
        "organic-amendments",
        "biochar",
        "perennial-crops",
    ],
    "humid": [
        "cover-crops",
        "reduced-tillage",
        "crop-rotation",
        "perennial-crops",
        "agroforestry",
        "biochar",
        "residue-retention",
        "organic-amendments",
    ],
}
GRAZING_LAND = {"grazing", "agropastoral", "silvopastoral", "agrosilvopastoral"}

FIRST_NAMES = [
    "Awa",
    "Moussa",
    "Fatima",
    "Ibrahim",
    "Amina",
    "Kofi",
    "Grace",
    "Juan",
    "María",
    "Lucía",
    "Pedro",
    "Ravi",
    "Lakshmi",
    "Anil",
    "Meera",
    "Claire",
    "Jean",
    "Sophie",
    "Thomas",
    "Li",
    "Wei",
    "Nguyen",
    "Siti",
    "Ahmed",
    "Leila",
    "Tom",
    "Emma",
    "Olga",
    "Ivan",
    "Aroha",
    "Jack",
    "Chloé",
    "Yaw",
    "Esi",
    "Tesfaye",
    "Almaz",
]
LAST_NAMES = [
    "Issoufou",
    "Traoré",
    "Diallo",
    "Ouédraogo",
    "Mensah",
    "Kamau",
    "Wanjiru",
    "Pérez",
    "García",
    "Quispe",
    "Rodrigues",
    "Patel",
    "Reddy",
    "Sharma",
    "Martin",
    "Dubois",
    "Lefèvre",
    "Wang",
    "Zhang",
    "Tran",
    "Santoso",
    "Benali",
    "Smith",
    "Brown",
    "Kowalenko",
    "Petrenko",
    "Ngata",
    "Wilson",
    "Bekele",
    "Haile",
]


@dataclass
class DemoSummary:
    practices: int = 0
    translations: int = 0
    tutorials: int = 0
    videos: int = 0
    already_loaded: bool = False


def demo_is_loaded() -> bool:
    return StandardPage.objects.filter(slug="about", locale__language_code="en").exists()


@transaction.atomic
def demo_load(*, practices: int = 320, translated: int = 36) -> DemoSummary:
    """Load the corpus once; a second call changes nothing and says so."""
    if demo_is_loaded():
        return DemoSummary(already_loaded=True)
    rng = random.Random(SEED)
    libraries = site_structure_ensure()
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    categories = _installed(
        PracticeCategory, {entry["slug"] for entry in taxonomy_data()["categories"]}, locales
    )
    regions = _installed(Region, {place.region for place in PLACES}, locales)
    photos = _photos(rng)
    summary = DemoSummary()

    created = _practices(rng, practices, libraries, categories, regions, photos)
    summary.practices = len(created)
    summary.translations = _translations(rng, created, translated, locales)
    summary.tutorials, summary.videos = _learning_pages(rng, libraries, categories, photos)
    _site_pages(libraries, locales)
    return summary


# --- taxonomy --------------------------------------------------------------------------------


class DemoVocabularyMissing(LookupError):
    """The site lacks a category or region the demo is written for."""


def _installed(model, slugs: set[str], locales: dict[str, Locale]) -> dict[str, dict]:
    """slug -> {language: row} of the vocabulary every `migrate` installs
    (practices.services.taxonomy): the demo adds content only, never categories or regions."""
    result: dict[str, dict] = {}
    for row in model.objects.filter(slug__in=slugs, locale__in=locales.values()):
        language = next(code for code, locale in locales.items() if locale.id == row.locale_id)
        result.setdefault(row.slug, {})[language] = row
    missing = sorted(slug for slug in slugs if len(result.get(slug, {})) < len(locales))
    if missing:
        raise DemoVocabularyMissing(
            f"The demo is written for these {model._meta.verbose_name_plural}, which this site "
            f"lacks in English, French or Spanish: {', '.join(missing)}. Run `manage.py "
            "migrate` on a fresh database, or add them in the admin."
        )
    return result


# --- photos ----------------------------------------------------------------------------------


def _photos(rng: random.Random, count: int = 16) -> list:
    """Landscapes drawn with Pillow: sky, field rows in a crop's green, soil in a soil's brown."""
    Image = get_image_model()
    existing = list(Image.objects.filter(title__startswith="Demo field ").order_by("title"))
    if len(existing) >= count:
        return existing
    photos = []
    for number in range(count):
        width, height = 1200, 800
        image = PILImage.new("RGB", (width, height))
        draw = ImageDraw.Draw(image)
        sky = (rng.randint(150, 200), rng.randint(190, 220), rng.randint(225, 250))
        soil = (rng.randint(110, 160), rng.randint(70, 100), rng.randint(35, 60))
        leaf = (rng.randint(40, 90), rng.randint(110, 160), rng.randint(30, 70))
        horizon = rng.randint(250, 380)
        draw.rectangle([0, 0, width, horizon], fill=sky)
        draw.rectangle([0, horizon, width, height], fill=soil)
        for row in range(14):
            y = horizon + 20 + row * (height - horizon) // 14
            for x in range(rng.randint(0, 40), width, rng.randint(45, 80)):
                radius = 6 + row * 2
                draw.ellipse([x - radius, y - radius // 2, x + radius, y + radius // 2], fill=leaf)
        if rng.random() < 0.6:  # a tree on the horizon
            x = rng.randint(100, width - 100)
            draw.rectangle([x - 8, horizon - 120, x + 8, horizon + 10], fill=(90, 60, 30))
            draw.ellipse([x - 90, horizon - 230, x + 90, horizon - 90], fill=leaf)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=82)
        photo = Image(title=f"Demo field {number + 1:02d}")
        photo.file = ImageFile(buffer, name=f"demo-field-{number + 1:02d}.jpg")
        photo.save()
        photos.append(photo)
    return photos


# --- practices -------------------------------------------------------------------------------


def _language_of(place: Place) -> str:
    if place.country in FRENCH_COUNTRIES:
        return "fr"
    if place.country in SPANISH_COUNTRIES:
        return "es"
    return "en"


def _categories_for(place: Place) -> list[str]:
    suited = list(SUITED[place.agro_climatic_zone])
    if place.land_use in GRAZING_LAND:
        suited.insert(0, "grazing-management")
    if place.land_use in {"cropland_perennial", "cropland_tree"}:
        suited.insert(0, "perennial-crops")
    return suited


def _outcome(rng: random.Random) -> str:
    roll = rng.random()
    return "worked" if roll < 0.68 else "mixed" if roll < 0.86 else "did_not_work"


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
    derived = profiles_derive(points=points)
    chosen = []
    for place, point, result in zip(order, points, derived, strict=True):
        ok = isinstance(result, DerivedConditions) and result.country == place.country
        chosen.append((place, *(point if ok else (place.latitude, place.longitude))))
    return chosen


def _fill(template: str, *, crop: str, place: Place, years: int) -> str:
    return template.format(crop=crop, place=place.name, years=years)


def _practice_texts(
    variant: dict, language: str, crop_en: str, place: Place, years: int, outcome: str
) -> dict:
    crop = texts.CROPS.get(crop_en, {}).get(language, crop_en)

    def fill(key):
        return _fill(variant[key][language], crop=crop, place=place, years=years)

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
        "steps": variant["steps"][language],
        "tags": variant["tags"][language],
    }


def _body(practice_texts: dict, contributor: str) -> list:
    return [
        (
            "steps",
            {
                "steps": [
                    {"title": title, "text": f"<p>{text}</p>", "image": None}
                    for title, text in practice_texts["steps"]
                ]
            },
        ),
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


def _practices(rng, count, libraries, categories, regions, photos) -> list[dict]:
    """Create `count` practices; returns what translating them needs."""
    now = timezone.now()
    taken = {
        code: set(lib.get_children().values_list("slug", flat=True))
        for code, lib in libraries.items()
    }
    used_variants: Counter = Counter()
    created = []
    for number, (place, latitude, longitude) in enumerate(_jittered_places(rng, count)):
        language = _language_of(place)
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
        contributor = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        photo = photos[number % len(photos)] if rng.random() < 0.8 else None
        fields = {
            "title": practice_texts["title"],
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
            "agro_climatic_zone": place.agro_climatic_zone,
            "slope_class": place.slope_class,
            "soil_group": place.soil_group,
            "texture": place.texture,
            "soil_depth": place.soil_depth,
            "organic_matter": place.organic_matter,
            "land_use": place.land_use,
            "water_supply": place.water_supply,
            **measures,
        }
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
            }
        )
    return created


def _translations(rng, created: list[dict], count: int, locales) -> int:
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
            translated.title = t["title"]
            translated.slug = slug_unique(parent=translated.get_parent(), title=t["title"])
            translated.summary = t["summary"]
            translated.what_worked = t["what_worked"]
            translated.what_did_not_work = t["what_did_not_work"]
            translated.body = _body(t, item["contributor"])
            translated.tags.set(t["tags"])
            translated.save_revision().publish()
            done += 1
    return done


# --- tutorials, videos, site pages -----------------------------------------------------------


def _learning_pages(rng, libraries, categories, photos) -> tuple[int, int]:
    tutorials = videos = 0
    for number, tutorial in enumerate(texts.TUTORIALS):
        pages = {}
        for code in LANGUAGES:
            page = TutorialPage(
                title=tutorial["title"][code],
                summary=tutorial["summary"][code],
                photo=photos[(number * 3) % len(photos)],
                body=[
                    (
                        "steps",
                        {
                            "steps": [
                                {"title": title, "text": f"<p>{text}</p>", "image": None}
                                for title, text in tutorial["steps"][code]
                            ]
                        },
                    )
                ],
            )
            _add_translated(page, libraries, code, pages)
            page.categories.set([categories[tutorial["category"]][code]])
            page.practices.set(_examples(tutorial["category"], code, rng))
            page.save_revision().publish()
            tutorials += code == "en"
    for number, video in enumerate(texts.VIDEOS):
        pages = {}
        for code in LANGUAGES:
            page = VideoPage(
                title=video["title"][code],
                summary=video["summary"][code],
                transcript=video["transcript"][code],
                video_url=f"https://example.org/terroir-demo/videos/{number + 1}",
            )
            _add_translated(page, libraries, code, pages)
            page.categories.set([categories[video["category"]][code]])
            page.practices.set(_examples(video["category"], code, rng))
            page.save_revision().publish()
            videos += code == "en"
    return tutorials, videos


def _add_translated(page: Page, libraries, code: str, siblings: dict) -> None:
    """Add under the library of `code`, as a translation of the English page when there is one."""
    if "en" in siblings:
        page.translation_key = siblings["en"].translation_key
    page.locale = libraries[code].locale
    libraries[code].add_child(instance=page)
    siblings[code] = page


def _examples(category_slug: str, code: str, rng: random.Random, limit: int = 4) -> list:
    candidates = list(
        PracticePage.objects.live()
        .filter(locale__language_code=code, categories__slug=category_slug)
        .order_by("id")
        .values_list("id", flat=True)[:40]
    )
    return list(
        PracticePage.objects.filter(id__in=rng.sample(candidates, min(limit, len(candidates))))
    )


def _site_pages(libraries, locales) -> None:
    homes = {code: lib.get_parent().specific for code, lib in libraries.items()}
    for code, home in homes.items():
        home.intro = texts.HOME_INTRO[code]
        home.save_revision().publish()
        library = libraries[code]
        if not library.show_in_menus:
            library.show_in_menus = True
            library.save_revision().publish()
    for slug, content in (("contribute", texts.CONTRIBUTE_PAGE), ("about", texts.ABOUT_PAGE)):
        english = None
        for code in LANGUAGES:
            page = StandardPage(
                title=content["title"][code],
                slug=slug,
                intro=content["intro"][code],
                show_in_menus=True,
                body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in content["body"][code]],
                locale=locales[code],
            )
            if english is not None:
                page.translation_key = english.translation_key
            homes[code].add_child(instance=page)
            page.save_revision().publish()
            english = english or page
