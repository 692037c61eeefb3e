"""The admin search index takes a practice's country as its code (Elasticsearch serialises JSON)."""

import json

from practices.models import PracticePage


def test_the_country_filter_value_is_the_code():
    field = next(f for f in PracticePage.search_fields if f.field_name == "country")
    page = PracticePage(title="x", country="NE")
    assert json.dumps(field.get_value(page)) == '"NE"'
    assert field.get_value(PracticePage(title="y")) == ""
