"""Each role on a practice page: which forms it sees, what it may approve; the queries."""

from django.test import Client

import pytest

from practices.models import Answer, Question
from tests.factories import PracticePageFactory
from tests.practices.views.questions.conftest import (
    MODERATING,
    ROLES,
    TRUSTED,
    answer,
    client_for,
    html,
    moderate,
    published_question,
)


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_which_forms_on_the_page(world, role):
    page, people = world
    question = published_question(page, people)
    body = html(client_for(role, people), page)
    assert (f"/en/accounts/ask/{page.pk}/" in body) == (role != "anonymous")
    assert (f"/en/accounts/answer/{question.pk}/" in body) == (role in TRUSTED)
    assert (f"/en/accounts/questions/question/{question.pk}/" in body) == (role in MODERATING)


@pytest.mark.parametrize("role", ROLES)
def test_who_may_approve_and_whose_answer_is_published_at_once(world, role):
    page, people = world
    pending = Question.objects.create(practice=page, author=people["farmer_b"], text="Pending?")
    question = published_question(page, people)
    client = client_for(role, people)
    approve = moderate(client, pending)
    given = answer(client, question, f"Answer by {role}")
    pending.refresh_from_db()
    if role == "anonymous":
        assert approve.status_code == given.status_code == 302
        assert "/login/" in approve["Location"] and "/login/" in given["Location"]
        assert not Answer.objects.exists()
        return
    assert approve.status_code == (302 if role in MODERATING else 404), role
    assert pending.status == ("published" if role in MODERATING else "pending")
    assert given.status_code == 302
    status = Answer.objects.get(text=f"Answer by {role}").status
    assert status == ("published" if role in TRUSTED else "pending"), role


def test_the_practice_page_stays_within_the_query_budget(world, django_assert_max_num_queries):
    """DESIGN.md: at most 15 SQL queries per practice page, whatever the number of questions
    and answers (two queries for all of them)."""
    page, people = world
    for n in range(5):
        question = published_question(page, people, text=f"Question {n}")
        for m in range(3):
            Answer.objects.create(
                question=question, author=people["farmer_a"], text=f"A{n}.{m}", status="published"
            )
    other = PracticePageFactory(parent=page.get_parent(), country="NE")
    client = Client()
    client.get(other.url)  # the language's navigation is cached on its first visit
    with django_assert_max_num_queries(15):
        body = html(client, page)
    assert "Question 4" in body and "A4.2" in body
    correspondent = client_for("correspondent_x", people)
    correspondent.get(other.url)
    with django_assert_max_num_queries(20):  # + session, user, and the reader's roles
        assert "A4.2" in html(correspondent, page)
