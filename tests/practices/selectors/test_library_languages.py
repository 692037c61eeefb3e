"""The library says how many practices exist only in other languages, and can include them,
each once and with its language shown (issue 13, "Counts and languages")."""

from django.test import Client

from wagtail.models import Locale

import pytest

from tests.factories import PracticePageFactory


@pytest.fixture
def corpus(libraries):
    translated = PracticePageFactory(parent=libraries["en"], title="Zaï in Yatenga")
    french = translated.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "Le zaï au Yatenga"
    french.save_revision().publish()
    PracticePageFactory(parent=libraries["fr"], title="Paillage au Sénégal")
    PracticePageFactory(parent=libraries["en"], title="Cover crops in Normandy")
    spanish = PracticePageFactory(parent=libraries["es"], title="Terrazas en Cusco")
    english = spanish.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Terraces in Cusco"
    english.save_revision().publish()
    draft = PracticePageFactory(parent=libraries["es"], title="Borrador secreto")
    draft.unpublish()
    return libraries


def page(library, **params) -> str:
    response = Client().get(library.url, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", "2 pratiques en français · 2 de plus dans d’autres langues"),
        ("es", "1 práctica en español · 3 más en otros idiomas"),
        ("en", "3 practices in English · 1 more in other languages"),
    ],
)
def test_the_library_counts_the_practices_in_other_languages_once(corpus, language, words):
    assert words in page(corpus[language])


def test_the_reader_can_include_the_other_languages_with_their_language_shown(corpus):
    french = corpus["fr"]
    mine = page(french)
    assert "Paillage au Sénégal" in mine and "Cover crops in Normandy" not in mine
    assert 'href="?kind=practices&amp;languages=all"' in mine
    every = page(french, languages="all")
    assert "Le zaï au Yatenga" in every and "Zaï in Yatenga" not in every  # once, in French
    assert "Cover crops in Normandy" in every and "Anglais" in every
    assert "Terrazas en Cusco" in every and "Terraces" not in every  # one version only
    assert "Borrador secreto" not in every
    assert "Afficher seulement celles en français" in every
