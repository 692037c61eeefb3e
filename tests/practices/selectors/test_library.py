"""The library's tabs (practices, tutorials, videos) in every language: each lists its own kind
(issue 13's blocker: the Videos tab was a 500 everywhere)."""

from django.test import Client

import pytest

from tests.factories import PracticePageFactory, TutorialPageFactory, VideoPageFactory


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_tab_of_the_library_lists_its_kind(libraries, language):
    library = libraries[language]
    PracticePageFactory(parent=library, title="Zaï in Yatenga")
    TutorialPageFactory(parent=library, title="How to dig a zaï pit")
    VideoPageFactory(parent=library, title="Awa shows her pits")
    for kind, title in [("practices", "Zaï in Yatenga"), ("tutorials", "How to dig a zaï pit"),
                        ("videos", "Awa shows her pits")]:  # fmt: skip
        response = Client().get(library.url, {"kind": kind})
        assert response.status_code == 200, kind
        assert title in response.content.decode(), kind
