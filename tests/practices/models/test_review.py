"""Regional review: each contribution goes to the correspondents of its region."""

from django.contrib.auth.models import Group, User

import pytest

from practices.models import PracticeCategory
from practices.roles import CORRESPONDENTS, MODERATORS
from practices.services.submissions import practice_submit
from tests.factories import region_claiming

SAHEL_FIELDS = {
    "title": "Half-moons on crusted soil",
    "summary": "We dug half-moons to catch the runoff.",
    "latitude": 13.51,
    "longitude": 2.11,
    "outcome": "worked",
}


@pytest.fixture
def people(libraries):
    def user(name, *groups):
        made = User.objects.create_user(name, f"{name}@example.org", "x")
        for group in groups:
            made.groups.add(Group.objects.get(name=group))
        return made

    sahel = region_claiming(name="Sahel", slug="sahel", countries=["NE", "ML", "BF"])
    europe = region_claiming(name="Europe", slug="europe", countries=["FR", "IE"])
    cast = {
        "farmer": user("farmer"),
        "sahel": user("aminata"),
        "europe": user("jean"),
        "moderator": user("secretariat", MODERATORS),
    }
    sahel.correspondents.add(cast["sahel"])
    europe.correspondents.add(cast["europe"])
    return cast


def submit(libraries, people, **fields):
    category = PracticeCategory.objects.get(slug="water-harvesting", locale__language_code="en")
    return practice_submit(
        user=people["farmer"],
        library=libraries["en"],
        fields={**SAHEL_FIELDS, **fields},
        categories=[category],
    )


def test_a_submission_is_a_draft_owned_by_the_farmer_in_review(libraries, people):
    page = submit(libraries, people)
    assert not page.live and page.owner == people["farmer"]
    assert page.country == "NE" and page.koppen == "BSh"  # derived from the coordinates
    assert page.region.slug == "sahel"
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.current_task_state.task.specific.name == "Regional review"


def test_only_the_regions_correspondents_and_the_moderators_may_review(libraries, people):
    page = submit(libraries, people)
    task = page.current_workflow_task
    allowed = {name for name, user in people.items() if task.get_actions(page, user)}
    assert allowed == {"sahel", "moderator"}
    queue = {
        name: list(task.get_task_states_user_can_moderate(user)) for name, user in people.items()
    }
    assert queue["sahel"] == queue["moderator"] == [page.current_workflow_task_state]
    assert queue["europe"] == queue["farmer"] == []
    assert task.locked_for_user(page, people["europe"])
    assert not task.locked_for_user(page, people["sahel"])


def test_correspondents_may_enter_the_admin_where_their_queue_is(libraries, people):
    assert people["sahel"].groups.filter(name=CORRESPONDENTS).exists()
    assert people["sahel"].has_perm("wagtailadmin.access_admin")
    assert not people["farmer"].has_perm("wagtailadmin.access_admin")


def test_approval_publishes_and_a_change_request_keeps_it_a_draft(libraries, people):
    page = submit(libraries, people)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, people["sahel"], "reject", comment="Add photos")
    page.refresh_from_db()
    assert not page.live and page.current_workflow_state.status == "needs_changes"

    page.current_workflow_state.resume(people["farmer"])  # the farmer resubmits
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, people["sahel"], "approve")
    page.refresh_from_db()
    assert page.live
