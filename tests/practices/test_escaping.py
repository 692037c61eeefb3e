"""Markup typed by users renders as text, never as markup, on every public page."""

from django.test import Client
from django.utils.html import escape

from wagtail.models import Locale

import pytest

from practices.models import TutorialPage, VideoPage
from tests.factories import PracticeCategoryFactory, PracticePageFactory, RegionFactory

PAYLOADS = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>']


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markup_in_every_text_field_renders_escaped(library, payload):
    category = PracticeCategoryFactory(slug="typed-markup", name=f"Cat {payload}")
    region = RegionFactory(slug="typed-markup", name=f"Region {payload}")
    practice = PracticePageFactory(
        parent=library,
        title=f"Title {payload}",
        summary=f"Summary {payload}",
        what_worked=f"Worked {payload}",
        what_did_not_work=f"Failed {payload}",
        contributor=f"Contributor {payload}",
        region=region,
        categories=[category],
        body=[
            ("quote", {"text": f"Quote {payload}", "attribution": f"Said by {payload}"}),
            ("video", {"video": None, "url": "https://example.org/v", "caption": f"Cap {payload}"}),
            (
                "steps",
                {"steps": [{"title": f"Step {payload}", "text": "<p>ok</p>", "image": None}]},
            ),
        ],
    )
    practice.tags.add(f"tag {payload}")
    practice.save_revision().publish()
    tutorial = TutorialPage(
        title=f"Tutorial {payload}", summary=f"How {payload}", body=[], locale=library.locale
    )
    library.add_child(instance=tutorial)
    tutorial.practices.set([practice])
    tutorial.save_revision().publish()
    video = VideoPage(
        title=f"Video {payload}",
        summary=f"Watch {payload}",
        transcript=f"Transcript {payload}",
        video_url="https://example.org/v",
        locale=library.locale,
    )
    library.add_child(instance=video)
    video.save_revision().publish()

    client = Client()
    for url in (practice.url, tutorial.url, video.url, library.url, library.get_parent().url):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "<img src=x onerror" not in html, url
    practice_html = client.get(practice.url).content.decode()
    for field in (
        "Title",
        "Summary",
        "Worked",
        "Failed",
        "Contributor",
        "Quote",
        "Said by",
        "Cap",
        "Step",
        "Cat",
        "Region",
        "tag",
    ):
        assert f"{field} {escape(payload)}" in practice_html, field
    assert Locale.objects.count() == 3
