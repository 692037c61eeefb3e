"""The site chrome (home/context_processors.py): the language switcher links a page's translation,
and never off the site."""

from django.test import Client


def test_language_switcher_links_to_the_translation(practices, libraries):
    html = Client().get(practices[0].url).content.decode()
    # No French translation yet: the switcher offers the French home page, which says so.
    assert 'href="/fr/?untranslated=1" lang="fr"' in html


def test_language_links_never_leave_the_site(libraries):
    html = Client().get("/%2F%2Fevil.example/").content.decode()
    assert "evil.example" not in html.split('class="languages"')[1].split("</nav>")[0]
