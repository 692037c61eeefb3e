"""Factories for tests (factory_boy + wagtail-factories)."""

from django.contrib.auth.models import Group, User
from django.test import Client

from wagtail.models import Locale

import factory
import wagtail_factories

from practices.models import PracticeCategory, PracticePage, Region, TutorialPage, VideoPage
from practices.network.services import organisation_save
from practices.roles import MODERATORS
from practices.services.members import member_get


class TaxonomyTermFactory(factory.django.DjangoModelFactory):
    """A category or region in the default language, its name and code numbered."""

    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class PracticeCategoryFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = PracticeCategory


class RegionFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")

    class Meta:
        model = Region


def region_claiming(*, slug: str, name: str, countries: list[str]) -> Region:
    """A region (default language) holding `countries`, taken from the installed regions that
    held them, in every language, as an editor splitting a region does: a country stays in one
    region. An installed region of the same slug is reused."""
    for other in Region.objects.exclude(slug=slug):
        kept = [country for country in other.countries if country.code not in countries]
        if len(kept) != len(other.countries):
            other.countries = kept
            other.save()
    region, _created = Region.objects.get_or_create(slug=slug, locale=Locale.get_default())
    region.name, region.countries = name, countries
    region.save()
    return region


def organisations_saved(rows, *, descriptions: dict[str, str]) -> list:
    """Members and partners saved by the network's own service, from (name, college, status,
    country, latitude, longitude, regions) rows; `descriptions`: language -> a text in which
    {name} stands for the organisation's name."""
    return [
        organisation_save(
            data={
                "name": name, "college": college, "status": status, "country": country,
                "latitude": latitude, "longitude": longitude,
                "regions": [region.slug for region in regions],
                **{f"description_{code}": text.format(name=name)
                   for code, text in descriptions.items()},
            }
        )
        for name, college, status, country, latitude, longitude, regions in rows
    ]  # fmt: skip


def reviewers(*, elsewhere: dict) -> dict[str, User]:
    """The people who review farmers' contributions, each a user named by their key: the
    correspondent of the Sahel (Niger), the correspondent of another region (`elsewhere`:
    region_claiming's arguments), a moderator of the secretariat and an admin."""
    people = {
        name: User.objects.create_user(name, f"{name}@example.org", "x")
        for name in ("correspondent_x", "correspondent_y", "moderator")
    }
    people["admin"] = User.objects.create_superuser("admin", "admin@example.org", "x")
    people["moderator"].groups.add(Group.objects.get(name=MODERATORS))
    sahel = region_claiming(slug="sahel", name="Sahel", countries=["NE"])
    sahel.correspondents.add(people["correspondent_x"])
    region_claiming(**elsewhere).correspondents.add(people["correspondent_y"])
    return people


class PracticePageFactory(wagtail_factories.PageFactory):
    """A live practice on the Sahel (Niamey) unless told otherwise; pass `parent=`."""

    title = factory.Sequence(lambda n: f"Practice {n}")
    summary = "We dug planting pits to catch the first rains."
    latitude = 13.51
    longitude = 2.11
    rainfall_mm = 550
    outcome = "worked"

    class Meta:
        model = PracticePage
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if not create:
            return
        self.categories.set(extracted or [PracticeCategoryFactory(slug="water-harvesting")])
        self.save_revision().publish()


class TutorialPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tutorial {n}")
    summary = "How to dig zaï pits."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = TutorialPage


class VideoPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Video {n}")
    summary = "A farmer shows her pits."
    video_url = "https://example.org/videos/zai"
    transcript = "Speaker: we dig before the rains."

    class Meta:
        model = VideoPage


def member_client(email: str, *, first_name: str = "") -> Client:
    """A test client logged in as a new member (a farmer's account, as signing up makes one),
    the user at `client.user`."""
    user = User.objects.create_user(email, email, "x", first_name=first_name)
    member_get(user=user)
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def share_form_data(**changes) -> dict:
    """A valid post of the "share a practice" form, as a farmer in Niamey types it, with
    `changes` over it."""
    data = {
        "language": "en",
        "title": "Half-moons on crusted soil",
        "summary": "We dug half-moons to catch the runoff of the first rains.",
        "steps": "Mark the contour lines\nDig half-moons 2 m wide",
        "categories": ["water-harvesting"],
        "latitude": "13.51",
        "longitude": "2.11",
        "outcome": "worked",
        "what_worked": "Sorghum grew where nothing did.",
    }
    return {**data, **changes}
