"""Answers: the contributor's at once, others after approval; hidden ones never show."""

from django.core import mail
from django.test import Client

from practices.models import Answer, Question
from tests.factories import PracticePageFactory
from tests.practices.views.questions.conftest import (
    QUESTION,
    answer,
    ask,
    client_for,
    html,
    moderate,
    published_question,
)


def said_in_the_question(client, page, question, said):
    """The page the answerer comes back to says `said` once, inside the question answered
    (where the page opens, by the address's #fragment), not at the top of the page."""
    shown = client.get(page.url).content.decode()
    assert shown.count(said) == 1
    start = shown.index(f'<li id="question-{question.pk}">')
    item = shown[start : shown.index("</ol>", start)]  # the question, through its answers
    assert f'id="answer-sent-{question.pk}" role="status" tabindex="-1">{said}</p>' in item
    assert said not in client.get(page.url).content.decode()  # said once, not on every visit


def test_the_contributors_answer_shows_at_once_and_the_asker_is_emailed(
    world, django_capture_on_commit_callbacks
):
    page, people = world
    question = published_question(page, people)
    contributor = client_for("farmer_a", people)
    with django_capture_on_commit_callbacks(execute=True):
        response = answer(contributor, question)
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}#answer-sent-{question.pk}"
    assert Answer.objects.get().status == "published"
    said_in_the_question(contributor, page, question, "Your answer is published.")
    body = html(Client(), page)
    assert "Forty centimetres." in body and "Awa answered on" in body
    (email,) = mail.outbox
    assert email.to == ["farmer_b@example.org"]
    assert "Forty centimetres." in email.body and page.title in email.subject


def test_another_farmers_answer_waits_for_approval(world, django_capture_on_commit_callbacks):
    page, people = world
    question = published_question(page, people)
    farmer = client_for("farmer_c", people)
    with django_capture_on_commit_callbacks(execute=True):
        assert answer(farmer, question, "Try 30 cm.").status_code == 302
    waiting = "Your answer is sent; it will show once a correspondent has approved it."
    said_in_the_question(farmer, page, question, waiting)
    pending = Answer.objects.get()
    assert pending.status == "pending"
    assert "Try 30 cm." not in html(Client(), page)
    assert [m.to for m in mail.outbox] == [["correspondent_x@example.org"]]  # not the asker yet

    correspondent = client_for("correspondent_x", people)
    assert "Try 30 cm." in correspondent.get("/en/accounts/questions/").content.decode()
    assert moderate(client_for("correspondent_y", people), pending).status_code == 404
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert moderate(correspondent, pending).status_code == 302
    assert "Try 30 cm." in html(Client(), page)
    assert [m.to for m in mail.outbox] == [["farmer_b@example.org"]]


def test_hidden_questions_and_answers_never_show(world):
    page, people = world
    question = published_question(page, people)
    given = Answer.objects.create(question=question, author=people["farmer_c"], text="Spam link")
    moderator = client_for("moderator", people)  # the secretariat moderates everywhere
    assert moderate(moderator, given, "hide").status_code == 302
    body = html(Client(), page)
    assert QUESTION in body and "Spam link" not in body
    # Hidden from the page itself: the form comes back to the page.
    response = moderator.post(
        f"/en/accounts/questions/question/{question.pk}/", {"action": "hide", "next": page.url}
    )
    assert response.status_code == 302 and response["Location"] == page.url
    assert QUESTION not in html(Client(), page)
    assert moderate(moderator, question, "delete").status_code == 400


def test_answering_a_question_that_is_not_published_is_not_found(world):
    page, people = world
    question = Question.objects.create(practice=page, author=people["farmer_b"], text=QUESTION)
    assert answer(client_for("farmer_a", people), question).status_code == 404
    assert answer(client_for("farmer_a", people), Question(pk=9999)).status_code == 404
    assert not Answer.objects.exists()


def test_only_live_practices_take_questions(world, libraries):
    page, people = world
    draft = PracticePageFactory(parent=libraries["en"], country="NE")
    draft.unpublish()
    farmer = client_for("farmer_b", people)
    assert ask(farmer, draft).status_code == 404
    assert farmer.post("/en/accounts/ask/99999/", {"text": QUESTION}).status_code == 404
    assert not Question.objects.exists()
    # A published question whose practice was unpublished cannot be answered either.
    question = published_question(draft, people)
    assert answer(client_for("farmer_a", people), question).status_code == 404
