from django.template import Context, Engine

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
