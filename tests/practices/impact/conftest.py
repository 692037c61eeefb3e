"""A small corpus for the dashboard: live practices in two countries, a draft, a French
translation, a practice under an unpublished branch, and "I tried this" reports (published and
not), with hand-summed totals to check against."""

from django.contrib.auth.models import User

from wagtail.models import Locale

import pytest

from practices.models import ExperienceReport, PracticeCategory, Region
from tests.factories import PracticePageFactory


def category(slug: str) -> PracticeCategory:
    return PracticeCategory.objects.get(slug=slug, locale__language_code="en")


@pytest.fixture
def corpus(libraries):
    region = Region.objects.filter(locale__language_code="en", countries__contains="NE").first()
    niger = {
        "latitude": 13.51,
        "longitude": 2.11,
        "country": "NE",
        "region": region,
        "soil_group": "LX",
        "texture": "coarse",
    }
    kenya = {
        "latitude": -0.10,
        "longitude": 34.75,
        "country": "KE",
        "region": None,
        "soil_group": "FR",
        "texture": "fine",
    }
    made = {
        "zai": PracticePageFactory(
            parent=libraries["en"], outcome="worked", farmers=12, area_ha=3.0,
            categories=[category("water-harvesting")], **niger,
        ),
        "compost": PracticePageFactory(
            parent=libraries["en"], outcome="mixed", farmers=5, area_ha=2.5,
            categories=[category("organic-amendments"), category("cover-crops")], **niger,
        ),
        "silent": PracticePageFactory(  # says neither farmers nor area
            parent=libraries["en"], outcome="did_not_work",
            categories=[category("cover-crops")], **kenya,
        ),
        "mulch": PracticePageFactory(
            parent=libraries["en"], outcome="worked", farmers=40, area_ha=10.0,
            categories=[category("residue-retention")], **kenya,
        ),
    }  # fmt: skip
    # A French translation of "zai": the same practice, counted once.
    french = made["zai"].copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Zaï pour le sorgho"
    french.save_revision().publish()
    made["zai_fr"] = french
    # A draft (never published) and a practice unpublished since: neither counts.
    draft = PracticePageFactory(
        parent=libraries["en"], farmers=1000, area_ha=500.0, **niger,
        categories=[category("water-harvesting")],
    )  # fmt: skip
    draft.unpublish()
    made["draft"] = draft
    farmer = User.objects.create_user("farmer")
    reports = [
        # One farmer in Niger (the practice's country), one in Burkina Faso, and one not yet
        # published (does not count), all on "zai"; one on the French translation.
        ("zai", "worked", "", True),
        ("zai", "did_not_work", "BF", True),
        ("zai", "worked", "", False),
        ("zai_fr", "mixed", "NE", True),
        ("draft", "worked", "", True),  # on an unpublished practice: does not count
    ]
    for practice, outcome, country, live in reports:
        ExperienceReport.objects.create(
            practice=made[practice], author=farmer, outcome=outcome, what_happened="Rain.",
            country=country, live=live,
        )  # fmt: skip
    return made
