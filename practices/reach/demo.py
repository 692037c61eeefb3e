"""The reach app's demo content, added by practices/demo/corpus.py after the core corpus
(practices, tutorials, videos and site pages exist by then), in English, French and Spanish."""

import random

from wagtail.models import Locale

from practices.reach.pack_build import packs_build


def demo_create(rng: random.Random, locales: dict[str, Locale]) -> None:
    """Add the app's demo records (none yet)."""
    demo_packs_build()  # last: the packs gather what the other demo content made


def demo_packs_build() -> None:
    """The offline packs of the demo corpus (helper `packs`): built once the rest is loaded."""
    packs_build()
