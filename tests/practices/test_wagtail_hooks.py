"""Categories and regions are edited in the Wagtail admin; a region names its correspondents."""

from django.contrib.auth.models import User
from django.test import Client

from tests.factories import region_claiming


def test_an_admin_names_the_correspondents_of_a_region(libraries):
    admin = User.objects.create_superuser("admin", "admin@example.org", "x")
    aminata = User.objects.create_user("aminata", "aminata@example.org", "x")
    region = region_claiming(name="Sahel", slug="sahel", countries=["NE", "ML"])
    client = Client()
    client.force_login(admin)
    url = f"/admin/snippets/practices/region/edit/{region.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {"name": "Sahel", "slug": "sahel", "countries": ["NE", "ML"],
         "correspondents": [aminata.pk]},
    )  # fmt: skip
    assert response.status_code == 302, response.content[:2000]
    assert list(region.correspondents.all()) == [aminata]
    assert client.get("/admin/snippets/practices/practicecategory/").status_code == 200
