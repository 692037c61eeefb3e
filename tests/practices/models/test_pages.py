"""Page types: where they may be created, what they allow beneath, and that they render (a
practice page within its query budget)."""

from django.contrib.auth.models import User
from django.test import Client

from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import wagtail_factories

from home.models import HomePage, StandardPage
from practices.models import (
    Answer,
    ExperienceReport,
    PracticeCategory,
    PracticeIndexPage,
    PracticePage,
    Question,
    TutorialPage,
    VideoPage,
)
from practices.regions.models import EventIndexPage, TwinRegionIndexPage
from practices.services.site import site_structure_ensure
from tests.factories import (
    PracticeCategoryFactory,
    PracticePageFactory,
    TutorialPageFactory,
    VideoPageFactory,
)


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.libraries = site_structure_ensure()
        cls.library = cls.libraries["en"]
        cls.home = cls.library.get_parent().specific
        cls.category = PracticeCategoryFactory(slug="cover-crops", name="Cover crops")
        cls.practice = PracticePageFactory(parent=cls.library, categories=[cls.category])
        cls.tutorial = TutorialPageFactory(parent=cls.library)
        cls.video = VideoPageFactory(parent=cls.library)

    def setUp(self):
        self.login()

    def test_tree_is_tidy(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {PracticeIndexPage, StandardPage, EventIndexPage, TwinRegionIndexPage}
        )
        self.assertAllowedSubpageTypes(PracticeIndexPage, {PracticePage, TutorialPage, VideoPage})
        self.assertAllowedParentPageTypes(PracticePage, {PracticeIndexPage})
        self.assertAllowedSubpageTypes(PracticePage, set())
        self.assertAllowedSubpageTypes(TutorialPage, set())
        self.assertAllowedSubpageTypes(VideoPage, set())
        self.assertCanNotCreateAt(HomePage, PracticePage)
        self.assertCanCreateAt(PracticeIndexPage, PracticePage)
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_one_library_per_home_page(self):
        # max_count_per_parent: the home page already has its library.
        self.assertFalse(PracticeIndexPage.can_create_at(self.home))

    def test_every_language_has_a_home_and_a_library(self):
        for code in ("en", "fr", "es"):
            library = PracticeIndexPage.objects.get(locale__language_code=code)
            self.assertTrue(library.live)
            self.assertEqual(library.get_parent().specific_class, HomePage)

    def test_pages_render(self):
        for page in (self.home, self.library, self.practice, self.tutorial, self.video):
            self.assertPageIsRenderable(page)

    def test_editor_creates_a_practice_in_the_admin(self):
        data = nested_form_data(
            {
                "title": "Mulch on cotton fields",
                "slug": "mulch-on-cotton-fields",
                "summary": "We left the cotton stalks on the field.",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Stalks were chopped in November.</p>")),
                        ("quote", {"text": "The soil stayed cooler.", "attribution": "Moussa"}),
                    ]
                ),
                "outcome": "mixed",
                "latitude": "12.65",
                "longitude": "-8.00",
                "tagged_items": inline_formset([]),
            }
        )
        data["categories"] = [str(self.category.pk)]
        self.assertCanCreate(self.library, PracticePage, data)
        practice = PracticePage.objects.get(slug="mulch-on-cotton-fields")
        self.assertEqual(practice.country.code, "ML")
        self.assertEqual(practice.koppen, "Aw")

    def test_admin_form_refuses_a_point_at_sea_and_keeps_the_input(self):
        url = f"/admin/pages/add/practices/practicepage/{self.library.pk}/"
        data = nested_form_data(
            {
                "title": "Somewhere at sea",
                "slug": "somewhere-at-sea",
                "summary": "Typed with care.",
                "body": streamfield([]),
                "outcome": "worked",
                "latitude": "30",
                "longitude": "-40",
                "tagged_items": inline_formset([]),
            }
        )
        data["categories"] = [str(self.category.pk)]
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "at sea")
        self.assertContains(response, "Typed with care.")
        self.assertFalse(PracticePage.objects.filter(slug="somewhere-at-sea").exists())

    def test_category_snippet_is_translatable(self):
        added = PracticeCategoryFactory(slug="mulch-basins", name="Mulch basins")  # an editor's
        french = added.copy_for_translation(Locale.objects.get(language_code="fr"))
        french.name = "Cuvettes paillées"
        french.save()
        self.assertEqual(
            PracticeCategory.objects.filter(translation_key=added.translation_key).count(), 2
        )


class LearnHowTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        library = site_structure_ensure()["en"]
        cls.practice = PracticePageFactory(parent=library)
        cls.tutorial = TutorialPageFactory(parent=library, title="How to dig zaï pits")
        cls.tutorial.practices.set([cls.practice])
        cls.tutorial.save_revision().publish()
        cls.draft = TutorialPageFactory(parent=library, title="Unfinished tutorial")
        cls.draft.practices.set([cls.practice])
        cls.draft.save_revision()
        cls.draft.unpublish()

    def test_practice_page_lists_live_tutorials_that_explain_it(self):
        html = self.client.get(self.practice.url).content.decode()
        self.assertIn("How to dig zaï pits", html)
        self.assertNotIn("Unfinished tutorial", html)

    def test_tutorial_lists_the_practices_it_explains(self):
        html = self.client.get(self.tutorial.url).content.decode()
        self.assertIn(self.practice.title, html)


def test_a_practice_page_stays_within_the_query_budget(libraries, django_assert_max_num_queries):
    """DESIGN.md budget: at most 15 SQL queries per practice page, whatever the data size
    (after the language's first visit has cached its navigation)."""

    pages = [PracticePageFactory(parent=libraries["en"]) for _ in range(3)]
    # The last one with a photo, "I tried this" reports with photos, and questions with
    # answers (renditions made once, as the first reader makes them).
    practice = pages[2]
    practice.photo = wagtail_factories.ImageFactory()
    practice.save_revision().publish()
    farmer = User.objects.create_user("farmer", first_name="Awa")
    for outcome in ("worked", "mixed", "did_not_work"):
        photo = wagtail_factories.ImageFactory()
        photo.get_rendition("fill-160x120|format-webp")
        ExperienceReport.objects.create(
            practice=practice, author=farmer, outcome=outcome, what_happened="It rained.",
            photo=photo, live=True,
        )  # fmt: skip
        question = Question.objects.create(practice=practice, author=farmer, text="How deep?",
                                           status="published")  # fmt: skip
        Answer.objects.create(question=question, author=farmer, text="30 cm", status="published")
    for spec in ("width-400|format-webp", "width-800|format-webp"):
        practice.photo.get_rendition(spec)

    client = Client()
    client.get(pages[0].url)
    with django_assert_max_num_queries(15):
        assert client.get(pages[1].url).status_code == 200
    with django_assert_max_num_queries(15):
        page = client.get(practice.url).content.decode()
    assert page.count("It rained.") == 3 and page.count("30 cm") == 3
