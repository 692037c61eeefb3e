"""The request's Site is kept in the cache (knowledge.middleware): a change to the sites or to
the pages is seen at once."""

from django.test import Client

from wagtail.models import Site


def test_a_changed_site_is_seen_at_once(libraries):
    client = Client()
    assert client.get("/en/", HTTP_HOST="terroir.example").status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "terroir.example", False
    site.save()
    assert client.get("/en/", HTTP_HOST="elsewhere.example").status_code == 404
    assert client.get("/en/", HTTP_HOST="terroir.example").status_code == 200


def test_a_renamed_library_is_routed_at_once(libraries):
    client = Client()
    assert client.get("/en/practices/").status_code == 200
    library = libraries["en"]
    library.slug = "library"
    library.save_revision().publish()
    assert client.get("/en/practices/").status_code == 404
    assert client.get("/en/library/").status_code == 200
