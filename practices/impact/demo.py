"""The impact app's demo content, added by practices/demo/corpus.py after the core corpus
(practices, tutorials, videos and site pages exist by then), in English, French and Spanish:
country actions (illustrative, marked "demo"), from practices/impact/data/country_actions.json."""

import json
import random
import uuid
from pathlib import Path

from django.contrib.auth import get_user_model

from wagtail.models import Locale

from practices.impact.models import CountryAction
from practices.models import ExperienceReport, PracticePage

DATA = Path(__file__).resolve().parent / "data" / "country_actions.json"
SOURCE = "Terroir demo data (illustrative figures)"
TEXTS = ("name", "funders", "mrv_system")
# "I tried this" reports, so that the dashboard counts the farmers who tried a practice.
REPORTS = {
    "worked": {"en": "Tried it on one field: it worked.",
               "fr": "Essayé sur un champ : ça a marché.",
               "es": "Lo probé en una parcela: funcionó."},
    "mixed": {"en": "Tried it: better in the wet year only.",
              "fr": "Essayé : mieux seulement l'année humide.",
              "es": "Lo probé: mejor solo en el año lluvioso."},
    "did_not_work": {"en": "Tried it: too much work for us.",
                     "fr": "Essayé : trop de travail pour nous.",
                     "es": "Lo probé: demasiado trabajo para nosotros."},
}  # fmt: skip


def demo_create(rng: random.Random, locales: dict[str, Locale]) -> None:
    """The country actions, each in every language (one translation key)."""
    if CountryAction.objects.filter(source=SOURCE).exists():
        return
    _reports_create(rng)
    for entry in json.loads(DATA.read_text(encoding="utf-8"))["actions"]:
        key = uuid.uuid4()
        numbers = {name: value for name, value in entry.items() if name not in TEXTS}
        for code, locale in locales.items():
            texts = {name: entry[name].get(code) or entry[name]["en"] for name in TEXTS}
            CountryAction.objects.create(
                translation_key=key, locale=locale, source=SOURCE, **numbers, **texts
            )


def _reports_create(rng: random.Random, count: int = 24) -> None:
    reporter, _created = get_user_model().objects.get_or_create(
        username="demo-reporter", defaults={"first_name": "Demo"}
    )
    practices = list(PracticePage.objects.live().select_related("locale").order_by("id"))
    for practice in rng.sample(practices, min(count, len(practices))):
        outcome = rng.choice(["worked", "worked", "mixed", "did_not_work"])
        ExperienceReport.objects.create(
            practice=practice,
            author=reporter,
            outcome=outcome,
            what_happened=REPORTS[outcome][practice.locale.language_code],
            live=True,
        )
