"""Categories and regions are edited in the Wagtail admin; a region names its correspondents."""

from django.contrib.auth.models import Group, User
from django.test import Client

from practices.roles import CORRESPONDENTS
from practices.services.questions import question_ask
from tests.factories import PracticePageFactory, region_claiming


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


def test_questions_wait_in_the_admin_for_the_regions_correspondent_only(libraries):
    def correspondent(name, region):
        user = User.objects.create_user(name, f"{name}@example.org", "x")
        user.groups.add(Group.objects.get(name=CORRESPONDENTS))
        region.correspondents.add(user)
        client = Client()
        client.force_login(user)
        return client

    sahel = region_claiming(name="Sahel", slug="sahel", countries=["NE"])
    europe = region_claiming(name="Europe", slug="europe", countries=["FR"])
    aminata, jean = correspondent("aminata", sahel), correspondent("jean", europe)
    practice = PracticePageFactory(parent=libraries["en"], country="NE", title="Zaï in Tahoua")
    asker = User.objects.create_user("issa", "issa@example.org", "x")
    question = question_ask(practice=practice, user=asker, text="How deep are the pits?")

    dashboard = aminata.get("/admin/").content.decode()
    assert "Questions waiting for approval" in dashboard and "How deep are the pits?" in dashboard
    assert 'href="/admin/questions-waiting/"' in dashboard  # the menu and the whole queue
    assert "How deep are the pits?" not in jean.get("/admin/").content.decode()
    queue = aminata.get("/admin/questions-waiting/")
    assert queue.status_code == 200 and "Zaï in Tahoua" in queue.content.decode()
    assert "How deep are the pits?" not in jean.get("/admin/questions-waiting/").content.decode()

    refused = jean.post(f"/en/accounts/questions/question/{question.pk}/", {"action": "approve"})
    assert refused.status_code == 404  # not his region
    approved = aminata.post(
        f"/en/accounts/questions/question/{question.pk}/",
        {"action": "approve", "next": "/admin/questions-waiting/"},
    )
    assert approved["Location"] == "/admin/questions-waiting/"
    question.refresh_from_db()
    assert question.status == "published"
    assert "How deep are the pits?" not in aminata.get("/admin/").content.decode()
