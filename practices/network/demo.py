"""The network app's demo content, added by practices/demo/corpus.py after the core corpus
(practices, tutorials, videos and site pages exist by then), in English, French and Spanish.

About 25 members and partners across the colleges and regions (demo_organisations.json):
real institutions and invented ones, all marked illustrative in the admin; their descriptions
are demo text, not the organisations' own words."""

import json
import random
from pathlib import Path

from wagtail.models import Locale

from practices.network.services import organisation_save

DATA = Path(__file__).resolve().parent / "demo_organisations.json"


def demo_create(rng: random.Random, locales: dict[str, Locale]) -> None:
    """Add the demo members and partners (placed by their town when no coordinates)."""
    for record in json.loads(DATA.read_text()):
        organisation_save(data=record)
