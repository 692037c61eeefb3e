"""My account (AccountView): name, language, my farm's summary, my submissions; the header and
caching of a member's pages."""

import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from practices.models import Member
from tests.factories import PracticePageFactory
from tests.practices.views.accounts.conftest import PASSWORD, User, text

# My account -------------------------------------------------------------------------------


def test_my_account_needs_a_log_in(libraries):
    response = Client().get("/fr/accounts/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/login/?next=/fr/accounts/"


def test_my_account_shows_and_changes_name_and_language(member_client, member):
    page = text(member_client.get("/en/accounts/"))
    assert 'value="Kofi Mensah"' in page
    assert '<option value="es" selected>' in page
    assert "You have not shared a practice yet" in page
    assert "Describe my farm" in page

    response = member_client.post("/en/accounts/", {"name": "Kofi A. Mensah", "language": "fr"})
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/"
    assert response.cookies["django_language"].value == "fr"
    page = text(member_client.get("/fr/accounts/"))
    assert "Votre compte est enregistré" in page
    assert 'value="Kofi A. Mensah"' in page
    member.refresh_from_db()
    assert member.member.language == "fr"


def test_my_account_refuses_an_empty_name_and_keeps_the_language(member_client):
    response = member_client.post("/en/accounts/", {"name": "", "language": "fr"})
    assert response.status_code == 400
    page = text(response)
    assert "This field is required." in page
    assert '<option value="fr" selected>' in page


def test_an_account_made_in_the_admin_gets_a_member_profile_on_first_visit(libraries):
    user = User.objects.create_user("correspondent", "c@example.org", PASSWORD)
    client = Client()
    client.force_login(user)
    assert client.get("/fr/accounts/").status_code == 200
    assert Member.objects.get(user=user).language == "fr"


def test_my_account_shows_the_farm_summary(member_client, member):
    Member.objects.filter(user=member).update(
        farm_name="Ferme des Baobabs", latitude=13.51, longitude=2.11, country="NE",
        koppen="BSh", rainfall_mm=550, texture="coarse",
    )  # fmt: skip
    page = text(member_client.get("/en/accounts/"))
    assert "My farm: Ferme des Baobabs" in page
    assert "Niger" in page and "Hot semi-arid" in page and "550 mm a year" in page
    assert "Change my farm" in page


def test_my_submissions_show_where_each_practice_stands(member_client, member, library):
    published = PracticePageFactory(parent=library, title="Zaï in Tahoua", owner=member)
    edited = PracticePageFactory(parent=library, title="Mulch in Maradi", owner=member)
    edited.summary = "A newer summary"
    edited.save_revision()
    draft = PracticePageFactory(parent=library, title="Half-moons draft", owner=member)
    draft.unpublish()
    workflow = Workflow.objects.create(name="Test review")
    task = GroupApprovalTask.objects.create(name="Review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    reviewed = PracticePageFactory(parent=library, title="Stone lines reviewed", owner=member)
    reviewed.unpublish()
    workflow.start(reviewed, member)
    rejected = PracticePageFactory(parent=library, title="Compost sent back", owner=member)
    rejected.unpublish()
    state = workflow.start(rejected, member)
    admin = User.objects.create_superuser("admin", "admin@example.org", PASSWORD)
    task.specific.on_action(state.current_task_state, admin, "reject")
    PracticePageFactory(parent=library, title="Someone else's")

    page = text(member_client.get("/en/accounts/"))
    section = page[page.index('id="submissions"') :]

    def status_of(title):
        after = section[section.index(title) :]
        return re.search(r'class="status status-(\w+)"', after).group(1)

    assert status_of("Zaï in Tahoua") == "published"
    assert f'href="{published.url}"' in section
    assert status_of("Mulch in Maradi") == "published"
    assert "newer changes not published yet" in section
    assert status_of("Half-moons draft") == "draft"
    assert status_of("Stone lines reviewed") == "in_review"
    assert status_of("Compost sent back") == "changes_requested"
    assert "Changes requested" in section and "In review" in section
    assert "Someone else" not in section
    assert f'href="{draft.url}"' not in section  # a draft is not linked: it is not public


def test_my_account_page_queries_do_not_grow_with_submissions(member_client, member, library):
    def queries() -> int:
        member_client.get("/en/accounts/")  # warm the header's cache (publishing cleared it)
        with CaptureQueriesContext(connection) as captured:
            assert member_client.get("/en/accounts/").status_code == 200
        return len(captured.captured_queries)

    PracticePageFactory(parent=library, owner=member)
    with_one = queries()
    for _number in range(10):
        PracticePageFactory(parent=library, owner=member)
    assert queries() == with_one <= 10


def test_account_changes_are_limited_per_account(member_client):
    for _number in range(60):
        assert (
            member_client.post("/en/accounts/", {"name": "", "language": "fr"}).status_code == 400
        )
    response = member_client.post("/en/accounts/", {"name": "Kofi Mensah", "language": "fr"})
    assert response.status_code == 429
    page = text(response)
    assert "Too many attempts" in page and '<option value="fr" selected>' in page


def test_my_submissions_in_french(member_client, member, library):
    PracticePageFactory(parent=library, title="Zaï in Tahoua", owner=member)
    page = text(member_client.get("/fr/accounts/"))
    assert "Mes contributions" in page and "Publiée" in page


# Header and caching -----------------------------------------------------------------------


def test_the_header_offers_sign_up_and_log_in_or_my_account_and_log_out(member_client):
    page = text(Client().get("/en/"))
    nav = page[page.index('class="account-nav"') : page.index("</nav>", page.index("account-nav"))]
    assert "Sign up" in nav and "Log in" in nav and "My account" not in nav

    page = text(member_client.get("/fr/"))
    nav = page[page.index('class="account-nav"') : page.index("</nav>", page.index("account-nav"))]
    assert "Mon compte" in nav and "Se déconnecter" in nav and "Créer un compte" not in nav
    assert 'method="post" action="/fr/accounts/logout/"' in nav


def test_a_members_pages_never_reach_another_visitor(member_client, member):
    User.objects.filter(pk=member.pk).update(first_name="Kofi Unique-Name")
    for url in ("/en/", "/en/search/", "/en/farms-like-mine/", "/en/accounts/"):
        response = member_client.get(url)
        assert "Cookie" in response["Vary"], url  # shared caches keep one copy per session
    assert "Kofi Unique-Name" in text(member_client.get("/en/accounts/"))
    for url in ("/en/", "/en/search/", "/en/farms-like-mine/"):
        page = text(Client().get(url))
        assert "Kofi Unique-Name" not in page and "My account" not in page, url
    assert "no-cache" in member_client.get("/en/accounts/")["Cache-Control"]
