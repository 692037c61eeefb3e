"""The question forms against abuse: honeypot, limits, rate limits, markup, CSRF."""

from django.contrib.auth.models import User
from django.test import Client
from django.utils.html import escape

from practices.models import Answer, Question
from tests.practices.views.questions.conftest import (
    PAYLOAD,
    answer,
    ask,
    client_for,
    html,
    moderate,
    published_question,
)


def test_the_honeypot_refuses_without_saying_why(world):
    page, people = world
    farmer = client_for("farmer_b", people)
    response = ask(farmer, page, homepage="http://spam.example")
    assert response.status_code == 400
    assert "We could not take your question." in response.content.decode()
    question = published_question(page, people)
    assert answer(farmer, question, homepage="http://spam.example").status_code == 400
    assert Question.objects.count() == 1 and not Answer.objects.exists()


def test_an_empty_or_too_long_question_comes_back_with_what_was_typed(world):
    page, people = world
    farmer = client_for("farmer_b", people)
    assert ask(farmer, page, text="   ").status_code == 400
    response = ask(farmer, page, text="x" * 2001 + " <b>kept</b>")
    assert response.status_code == 400 and "&lt;b&gt;kept&lt;/b&gt;" in response.content.decode()
    assert not Question.objects.exists()


def test_questions_are_rate_limited_per_account_and_nothing_typed_is_lost(world):
    page, people = world
    farmer = client_for("farmer_b", people)
    for n in range(10):
        assert ask(farmer, page, text=f"Question {n}").status_code == 302
    response = ask(farmer, page, text="The eleventh question")
    assert response.status_code == 429
    body = response.content.decode()
    assert "The eleventh question" in body and "Too many attempts" in body
    assert Question.objects.count() == 10


def test_a_workshop_behind_one_address_is_limited_per_account_first(world):
    """Forty farmers behind one address (a training session, a carrier NAT) each ask, though one
    of them has hammered the form: their refused posts are not charged to the address."""
    page, people = world
    hammering = client_for("farmer_b", people, REMOTE_ADDR="203.0.113.7")
    for n in range(10):
        assert ask(hammering, page, text=f"Question {n}").status_code == 302
    for _n in range(50):
        assert ask(hammering, page).status_code == 429  # limited by their account
    for n in range(40):
        farmer = User.objects.create_user(f"farmer{n}", f"farmer{n}@example.org", "x")
        client = Client(REMOTE_ADDR="203.0.113.7")
        client.force_login(farmer)
        assert ask(client, page, text=f"Workshop question {n}").status_code == 302, n
    assert Question.objects.count() == 50


def test_many_accounts_behind_one_address_are_stopped_at_the_address_budget(world):
    page, people = world
    for n in range(20):  # a bot with twenty accounts, ten posts each: two hundred
        bot = User.objects.create_user(f"bot{n}", f"bot{n}@example.org", "x")
        client = Client(REMOTE_ADDR="203.0.113.7")
        client.force_login(bot)
        for _post in range(10):
            assert ask(client, page, text="   ").status_code == 400  # counted, though invalid
    late = client_for("farmer_c", people, REMOTE_ADDR="203.0.113.7")
    assert ask(late, page).status_code == 429
    elsewhere = client_for("farmer_c", people, REMOTE_ADDR="198.51.100.9")
    assert ask(elsewhere, page).status_code == 302


def test_markup_renders_escaped_on_the_page_the_form_and_the_moderation_page(world):
    page, people = world
    people["farmer_b"].first_name = f"{PAYLOAD} Bob"
    people["farmer_b"].save()
    ask(client_for("farmer_b", people), page, text=f"Question {PAYLOAD}")
    question = Question.objects.get()
    answer(client_for("farmer_c", people), published_question(page, people), f"Reply {PAYLOAD}")
    correspondent = client_for("correspondent_x", people)
    listing = correspondent.get("/en/accounts/questions/").content.decode()
    assert escape(f"Question {PAYLOAD}") in listing and escape(f"Reply {PAYLOAD}") in listing
    assert escape(PAYLOAD) in listing  # the asker's name
    moderate(correspondent, question)
    moderate(correspondent, Answer.objects.get())
    body = html(Client(), page)
    assert escape(f"Question {PAYLOAD}") in body and escape(f"Reply {PAYLOAD}") in body
    answering = correspondent.get(f"/en/accounts/answer/{question.pk}/").content.decode()
    assert escape(f"Question {PAYLOAD}") in answering
    for shown in (listing, body, answering, html(correspondent, page)):
        assert "<script>alert" not in shown


def test_csrf_is_required_on_every_form(world):
    page, people = world
    question = published_question(page, people)
    farmer = client_for("farmer_a", people, enforce_csrf_checks=True)
    assert ask(farmer, page).status_code == 403
    assert answer(farmer, question).status_code == 403
    correspondent = client_for("correspondent_x", people, enforce_csrf_checks=True)
    assert moderate(correspondent, question, "hide").status_code == 403
    assert Question.objects.get().status == "published" and not Answer.objects.exists()
    # The forms carry the token.
    assert 'name="csrfmiddlewaretoken"' in html(farmer, page)
