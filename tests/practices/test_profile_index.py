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
    from django.test import Client

    from tests.factories import PracticePageFactory

    pages = [PracticePageFactory(parent=libraries["en"]) for _ in range(3)]
    client = Client()
    client.get(pages[0].url)
    with django_assert_max_num_queries(15):
        assert client.get(pages[1].url).status_code == 200
