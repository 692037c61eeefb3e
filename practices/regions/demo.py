"""The regions app's demo content, added by practices/demo/corpus.py after the core corpus
(practices, tutorials, videos and site pages exist by then), in English, French and Spanish."""

import random

from wagtail.models import Locale


def demo_create(rng: random.Random, locales: dict[str, Locale]) -> None:
    """Add the app's demo records (none yet)."""
