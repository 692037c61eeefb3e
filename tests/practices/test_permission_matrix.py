"""Who may do what with a farmer's contribution: every role against every action, through the
real URLs (public site and Wagtail admin), including ids tampered with.

Roles: anonymous, farmer A (the author), farmer B, the correspondent of the practice's region
(X, the Sahel), a correspondent of another region (Y, Europe), a moderator (secretariat), an
admin. The practice is in Niger.
"""

import json
from io import StringIO

from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

import pytest

from practices.models import PracticeCategory, PracticePage
from practices.services.submissions import practice_submit
from tests.factories import reviewers

ROLES = ["anonymous", "farmer_a", "farmer_b", "correspondent_x", "correspondent_y",
         "moderator", "admin"]  # fmt: skip
TITLE = "Zaï pits of the contribution"


@pytest.fixture
def world(libraries):
    people = {
        name: User.objects.create_user(name, f"{name}@example.org", "x")
        for name in ("farmer_a", "farmer_b")
    }
    people.update(reviewers(elsewhere={"slug": "europe", "name": "Europe", "countries": ["FR"]}))
    category = PracticeCategory.objects.get(slug="water-harvesting", locale__language_code="en")
    page = practice_submit(
        user=people["farmer_a"],
        library=libraries["en"],
        fields={"title": TITLE, "summary": "Pits.", "latitude": 13.51, "longitude": 2.11,
                "outcome": "worked"},
        categories=[category],
    )  # fmt: skip
    return page, people


def client_for(role, people) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(people[role])
    return client


REVIEWERS = {"correspondent_x", "moderator", "admin"}


@pytest.mark.parametrize("role", ROLES)
def test_view_the_draft(world, role):
    page, people = world
    client = client_for(role, people)
    assert client.get(page.url or f"/en/practices/{page.slug}/").status_code == 404  # not live
    preview = client.get(f"/admin/pages/{page.pk}/view_draft/")
    own_form = client.get(f"/en/accounts/share-a-practice/{page.pk}/")
    if role in REVIEWERS:
        assert preview.status_code == 200 and TITLE in preview.content.decode()
    else:
        assert preview.status_code in (302, 403), role
    if role == "farmer_a":  # in review: the author is told it cannot change now
        assert own_form.status_code == 302 and own_form["Location"].endswith("/accounts/")
    elif role == "anonymous":
        assert own_form.status_code == 302 and "/login/" in own_form["Location"]
    else:
        assert own_form.status_code == 404, role


@pytest.mark.parametrize("role", ROLES)
def test_edit_in_the_admin(world, role):
    page, people = world
    client = client_for(role, people)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    if role in REVIEWERS:
        assert response.status_code == 200, role
    else:
        assert response.status_code in (302, 403), role
    if role not in REVIEWERS:  # a post by someone outside the review changes nothing
        client.post(f"/admin/pages/{page.pk}/edit/", {"title": "Taken over", "slug": page.slug})
        page.refresh_from_db()
        assert page.get_latest_revision_as_object().title == TITLE


@pytest.mark.parametrize("action", ["approve", "reject", "decline"])
@pytest.mark.parametrize("role", ROLES)
def test_approve_or_request_changes(world, role, action):
    page, people = world
    client = client_for(role, people)
    task_state = page.current_workflow_task_state
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/",
        {"comment": "Checked"},
    )
    page.refresh_from_db()
    state = page.current_workflow_state
    if role in REVIEWERS:
        if action == "approve":
            assert page.live, role
        elif action == "decline":
            assert not page.live and state is None, role
        else:
            assert not page.live and state.status == "needs_changes", role
    else:
        assert not page.live and state.status == "in_progress", role


@pytest.mark.parametrize("role", ROLES)
def test_delete(world, role):
    page, people = world
    client_for(role, people).post(f"/admin/pages/{page.pk}/delete/")
    exists = PracticePage.objects.filter(pk=page.pk).exists()
    # Admins, and the secretariat (Wagtail's Moderators group: page rights everywhere).
    assert exists == (role not in {"admin", "moderator"}), role


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_is_in_no_search_api_or_export(world, role):
    page, people = world
    client = client_for(role, people)
    assert TITLE not in client.get("/en/search/", {"q": "zai contribution"}).content.decode()
    data = json.loads(client.get("/api/v1/practices/search", {"q": "contribution"}).content)
    assert data["total"] == 0
    similar = client.get(f"/api/v1/practices/{page.pk}/similar")
    assert similar.status_code == 404  # a draft's id answers nothing, whoever asks
    assert TITLE not in client.get("/en/").content.decode()


def test_a_draft_is_not_exported(world):

    out = StringIO()
    call_command("export_practices", "--format", "json", stdout=out)
    assert TITLE not in out.getvalue()
