from django import forms
from django.template import Context, Engine

import pytest

from practices.templatetags.terroir_tags import fields

ENGINE = Engine(
    loaders=[
        (
            "django.template.loaders.locmem.Loader",
            {
                "base.html": (
                    "{% load terroir_tags %}"
                    "<title>{% keep_title %}{% block title %}{% endblock %}{% endkeep_title %}"
                    " · T</title>"
                    "{% block content %}{% endblock %}"
                ),
                "page.html": (
                    '{% extends "base.html" %}{% load terroir_tags %}'
                    "{% block title %}{{ name }}{% endblock %}"
                    "{% block content %}<h1>{% kept_title %}</h1>{% endblock %}"
                ),
            },
        )
    ],
    libraries={"terroir_tags": "practices.templatetags.terroir_tags"},
)


def test_the_heading_repeats_the_title_a_page_named_once():
    html = ENGINE.get_template("page.html").render(Context({"name": "Maize & beans"}))

    assert html == "<title>Maize &amp; beans · T</title><h1>Maize &amp; beans</h1>"


def test_the_title_kept_for_one_page_is_not_another_pages():
    page = ENGINE.get_template("page.html")
    page.render(Context({"name": "First"}))

    assert "<h1>Second</h1>" in page.render(Context({"name": "Second"}))
    assert (
        ENGINE.from_string("{% load terroir_tags %}<h1>{% kept_title %}</h1>").render(Context())
        == "<h1></h1>"
    )


class SoilForm(forms.Form):
    soil_group = forms.CharField()
    texture = forms.CharField()
    tillage = forms.CharField()


def test_fields_are_the_named_ones_in_the_order_named():
    named = fields(SoilForm(), "tillage soil_group")

    assert [field.name for field in named] == ["tillage", "soil_group"]


def test_a_field_the_form_lacks_is_an_error_not_a_gap():
    with pytest.raises(KeyError):
        fields(SoilForm(), "soil_group texure")
