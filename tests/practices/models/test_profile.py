"""The admin search index takes a practice's country as its code (Elasticsearch serialises JSON)."""

import json

from practices.models import PracticePage


def test_the_country_filter_value_is_the_code():
    field = next(f for f in PracticePage.search_fields if f.field_name == "country")
    page = PracticePage(title="x", country="NE")
    assert json.dumps(field.get_value(page)) == '"NE"'
    assert field.get_value(PracticePage(title="y")) == ""


def test_a_practice_page_stays_within_the_query_budget(libraries, django_assert_max_num_queries):
    """DESIGN.md budget: at most 15 SQL queries per practice page, whatever the data size
    (after the language's first visit has cached its navigation)."""
    from django.contrib.auth.models import User
    from django.test import Client

    import wagtail_factories

    from practices.models import Answer, ExperienceReport, Question
    from tests.factories import PracticePageFactory

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
