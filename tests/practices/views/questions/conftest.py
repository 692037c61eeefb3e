"""Questions on a practice, through the real URLs: asking, moderation routed on the practice's
region, answers (trusted ones at once), emails, the security rules.

Roles: anonymous, farmer A (the contributor), farmer B (asks), farmer C, the correspondent of
the practice's region (X, the Sahel), a correspondent of another region (Y, Europe), a
moderator (secretariat), an admin. The practice is in Niger.
"""

from django.contrib.auth.models import Group, User
from django.test import Client

import pytest

from practices.models import Question
from practices.roles import MODERATORS
from tests.factories import PracticePageFactory, region_claiming

ROLES = ["anonymous", "farmer_a", "farmer_b", "farmer_c", "correspondent_x", "correspondent_y",
         "moderator", "admin"]  # fmt: skip
MODERATING = {"correspondent_x", "moderator", "admin"}
TRUSTED = MODERATING | {"farmer_a"}
PAYLOAD = '<script>alert("x")</script>'
QUESTION = "How deep are the pits in a sandy soil?"


@pytest.fixture
def world(libraries):
    def user(name, first_name="", **extra):
        return User.objects.create_user(
            name, f"{name}@example.org", "x", first_name=first_name, **extra
        )

    people = {
        "farmer_a": user("farmer_a", "Awa Diallo"),
        "farmer_b": user("farmer_b", "Boubacar Keita"),
        "farmer_c": user("farmer_c", "Chidi"),
        "correspondent_x": user("correspondent_x", "Aminata"),
        "correspondent_y": user("correspondent_y", "Jean"),
        "moderator": user("moderator", "Sam"),
        "admin": User.objects.create_superuser("admin", "admin@example.org", "x"),
    }
    people["moderator"].groups.add(Group.objects.get(name=MODERATORS))
    region_claiming(name="Sahel", slug="sahel", countries=["NE", "ML"]).correspondents.add(
        people["correspondent_x"]
    )
    region_claiming(name="Europe", slug="europe", countries=["FR"]).correspondents.add(
        people["correspondent_y"]
    )
    page = PracticePageFactory(parent=libraries["en"], country="NE", owner=people["farmer_a"])
    return page, people


def client_for(role, people, **kwargs) -> Client:
    client = Client(**kwargs)
    if role != "anonymous":
        client.force_login(people[role])
    return client


def ask(client, page, text=QUESTION, **extra):
    return client.post(f"/en/accounts/ask/{page.pk}/", {"text": text, "homepage": "", **extra})


def answer(client, question, text="Forty centimetres.", **extra):
    return client.post(
        f"/en/accounts/answer/{question.pk}/", {"text": text, "homepage": "", **extra}
    )


def moderate(client, obj, action="approve"):
    kind = "question" if isinstance(obj, Question) else "answer"
    return client.post(f"/en/accounts/questions/{kind}/{obj.pk}/", {"action": action})


def published_question(page, people, text=QUESTION) -> Question:
    return Question.objects.create(
        practice=page, author=people["farmer_b"], text=text, status="published"
    )


def html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()
