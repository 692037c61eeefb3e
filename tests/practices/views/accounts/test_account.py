"""Accounts on the public site: sign up, log in and out, lockout, password reset, my account,
the header, and the security rules (CSRF, escaping, rate limits, redirects)."""

import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

import pytest

from practices.models import Member
from practices.services.members import member_create
from tests.factories import PracticePageFactory

User = get_user_model()
PASSWORD = "loam-and-clay-42"
PAYLOAD = '<script>alert("x")</script>'


def signup_data(**overrides) -> dict:
    return {
        "name": "Aïcha Traoré",
        "email": "aicha@example.org",
        "password": PASSWORD,
        "language": "fr",
        "homepage": "",
        **overrides,
    }


@pytest.fixture
def member(libraries):
    return member_create(
        name="Kofi Mensah", email="kofi@example.org", password=PASSWORD, language="es"
    )


@pytest.fixture
def member_client(member):
    client = Client()
    client.force_login(member)
    return client


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


def text(response) -> str:
    return response.content.decode()


# Sign up ----------------------------------------------------------------------------------


def test_sign_up_creates_the_account_logs_in_and_opens_my_farm_in_my_language(libraries):
    client = Client()
    response = client.post("/en/accounts/signup/", signup_data())
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/farm/"
    assert response.cookies["django_language"].value == "fr"
    user = User.objects.get(email="aicha@example.org")
    assert user.get_full_name() == "Aïcha Traoré"
    assert user.member.language == "fr"
    page = text(client.get(response["Location"]))
    assert "Bienvenue sur Terroir" in page  # the welcome, in French
    assert "Mon compte" in page  # logged in: the header offers the account


def test_sign_up_page_works_without_javascript_in_three_languages(libraries):
    for code, title in (("en", "Sign up"), ("fr", "Créer un compte"), ("es", "Crear una cuenta")):
        page = text(Client().get(f"/{code}/accounts/signup/"))
        assert f"<h1>{title}</h1>" in page
        assert '<form method="post"' in page and "<script" not in page


def test_an_email_is_used_once_whatever_its_case(member):
    response = Client().post(
        "/en/accounts/signup/", signup_data(email="KOFI@Example.ORG", name="Another Kofi")
    )
    assert response.status_code == 400
    page = text(response)
    assert "An account already uses this email" in page
    assert 'value="Another Kofi"' in page  # nothing typed is lost
    assert User.objects.filter(email__iexact="kofi@example.org").count() == 1


def test_a_weak_password_is_refused_with_django_validators_and_values_kept(libraries):
    response = Client().post("/en/accounts/signup/", signup_data(password="12345678"))
    assert response.status_code == 400
    page = text(response)
    assert "This password is too common." in page
    assert "This password is entirely numeric." in page
    assert 'value="aicha@example.org"' in page
    assert not User.objects.exists()


def test_the_honeypot_is_hidden_and_a_filled_one_is_refused_without_saying_why(libraries):
    page = text(Client().get("/en/accounts/signup/"))
    honeypot = page[page.index('<div class="hp"') : page.index("</div>", page.index('class="hp"'))]
    assert 'aria-hidden="true"' in honeypot and 'tabindex="-1"' in honeypot
    css = (Path(__file__).resolve().parents[4] / "static" / "css" / "terroir.css").read_text()
    assert ".hp { position: absolute; left: -10000px" in css

    response = Client().post("/en/accounts/signup/", signup_data(homepage="http://spam.example"))
    assert response.status_code == 400
    page = text(response)
    assert "We could not create your account" in page
    assert "empty" not in page.split("<main")[1].split('<div class="hp"')[0]  # no reason given
    assert not User.objects.exists()


def test_a_workshop_of_forty_farmers_behind_one_address_signs_up(libraries):
    """A training session: forty farmers on one mobile-network address (a carrier NAT), half of
    them correcting a mistake first. Every post counts; all of them get their account."""
    for number in range(40):
        client = Client(REMOTE_ADDR="203.0.113.7")
        email = f"farmer{number}@example.org"
        if number % 2:
            response = client.post("/en/accounts/signup/", signup_data(name="", email=email))
            assert response.status_code == 400
        response = client.post("/en/accounts/signup/", signup_data(email=email))
        assert response.status_code == 302, number
    assert User.objects.count() == 40


def test_sign_up_is_limited_to_a_hundred_posts_an_hour_per_address(libraries):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(100):
        response = client.post(
            "/en/accounts/signup/", signup_data(name="", email=f"{number}@x.org")
        )
        assert response.status_code == 400  # counted, though invalid
    response = client.post("/fr/accounts/signup/", signup_data(email="late@example.org"))
    assert response.status_code == 429  # a bot hammering from one address is stopped
    page = text(response)
    assert "Trop de tentatives" in page  # explained, in the page's language
    assert 'value="Aïcha Traoré"' in page and 'value="late@example.org"' in page
    assert PASSWORD not in page  # a password is never sent back
    assert not User.objects.filter(email="late@example.org").exists()

    other = Client(REMOTE_ADDR="198.51.100.9")  # another connection is not affected
    assert other.post("/en/accounts/signup/", signup_data()).status_code == 302


def test_behind_a_proxy_limits_count_the_visitors_address(libraries, settings):
    settings.TERROIR_PROXY_COUNT = 1  # a load balancer appends the address it saw

    def post(forwarded, email):
        return Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded).post(
            "/en/accounts/signup/", signup_data(name="", email=email)
        )

    for number in range(100):
        # The same visitor, making up a different first address each time.
        assert post(f"192.0.2.{number}, 203.0.113.7", f"{number}@x.org").status_code == 400
    assert post("192.0.2.250, 203.0.113.7", "late@x.org").status_code == 429
    assert post("198.51.100.9", "other@x.org").status_code == 400  # another visitor


def _file_caches(settings, tmp_path, **aliases):
    """Swap the named cache aliases for small files caches, as the embedded default's: full at
    a hundred entries, so culling (a random third of the files) happens within a test."""
    settings.CACHES = {
        **settings.CACHES,
        **{
            alias: {
                "BACKEND": "knowledge.cache.SharedFileCache",
                "LOCATION": str(tmp_path / alias),
                "OPTIONS": {"MAX_ENTRIES": 100},
            }
            for alias in aliases
        },
    }


def _exhaust_sign_up(client):
    for number in range(100):
        client.post("/en/accounts/signup/", signup_data(name="", email=f"{number}@x.org"))
    assert client.post("/en/accounts/signup/", signup_data()).status_code == 429


def test_posting_new_email_addresses_cannot_reset_an_addresss_limits(libraries, settings,
                                                                    tmp_path):  # fmt: skip
    """A bot over its address's budget posts a new email address to the password-reset form
    each time (6,000 against the 5,000 entries of the real cache, here 600 against 100): it
    is refused before any count is made for the address it typed, so the counters' cache
    never fills, nothing is culled, and its sign-up budget stays used up."""
    _file_caches(settings, tmp_path, ratelimit=True)
    client = Client(REMOTE_ADDR="203.0.113.7")
    _exhaust_sign_up(client)
    statuses = {
        client.post("/en/accounts/password-reset/", {"email": f"bot{n}@x.org"}).status_code
        for n in range(600)
    }
    assert statuses == {302, 429}
    assert len(list((tmp_path / "ratelimit").glob("*.djcache"))) < 100
    assert client.post("/en/accounts/signup/", signup_data()).status_code == 429
    assert not User.objects.filter(email="aicha@example.org").exists()


def test_a_full_page_cache_never_culls_a_rate_limit_count(libraries, settings, tmp_path):
    """Navigation and labels fill the default cache and get culled; counts are elsewhere."""
    _file_caches(settings, tmp_path, default=True)
    client = Client(REMOTE_ADDR="203.0.113.7")
    _exhaust_sign_up(client)
    for number in range(600):
        caches["default"].set(f"navigation-{number}", number)
    assert len(list((tmp_path / "default").glob("*.djcache"))) < 200  # it was culled
    assert client.post("/en/accounts/signup/", signup_data()).status_code == 429


def test_a_request_without_a_client_address_says_what_to_configure(libraries):
    """Behind a Unix socket without TERROIR_PROXY_COUNT, REMOTE_ADDR is empty: the error names
    the setting (the server's log shows it), rather than a ValueError inside the library."""
    client = Client(REMOTE_ADDR="")
    with pytest.raises(ImproperlyConfigured, match="TERROIR_PROXY_COUNT"):
        client.post("/en/accounts/signup/", signup_data())
    assert not User.objects.exists()


def test_sign_up_follows_next_only_within_the_site(libraries):
    response = Client().post("/en/accounts/signup/", signup_data(next="https://evil.example/phish"))
    assert response["Location"] == "/fr/accounts/farm/"
    response = Client().post(
        "/en/accounts/signup/",
        signup_data(email="b@example.org", next="/en/farms-like-mine/"),
    )
    assert response["Location"] == "/en/farms-like-mine/"


# Log in and out ---------------------------------------------------------------------------


def test_log_in_with_the_email_in_any_case_opens_my_account_in_my_language(member):
    client = Client()
    response = client.post(
        "/en/accounts/login/", {"username": " Kofi@Example.org ", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/es/accounts/"
    assert response.cookies["django_language"].value == "es"
    assert "Mi cuenta" in text(client.get("/es/accounts/"))


def test_a_wrong_password_says_so_and_keeps_the_email(member):
    response = Client().post(
        "/en/accounts/login/", {"username": "kofi@example.org", "password": "wrong"}
    )
    assert response.status_code == 200
    page = text(response)
    assert "This email and password do not match an account" in page
    assert 'value="kofi@example.org"' in page


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_log_in_never_redirects_off_the_site(member, target):
    response = Client().post(
        "/en/accounts/login/",
        {"username": "kofi@example.org", "password": PASSWORD, "next": target},
    )
    assert response["Location"] == "/es/accounts/"


def test_log_in_returns_to_the_page_it_was_asked_from(member):
    response = Client().post(
        "/en/accounts/login/?next=/en/search/%3Fq%3Dzai",
        {"username": "kofi@example.org", "password": PASSWORD, "next": "/en/search/?q=zai"},
    )
    assert response["Location"] == "/en/search/?q=zai"


def test_log_out_needs_a_post(member_client):
    response = member_client.get("/en/accounts/logout/")
    assert response.status_code == 200
    assert '<form method="post"' in text(response)
    assert member_client.get("/en/accounts/").status_code == 200  # still logged in
    response = member_client.post("/en/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/en/"
    assert member_client.get("/en/accounts/").status_code == 302  # now logged out


# Lockout ----------------------------------------------------------------------------------


def _fail(client, url, username="kofi@example.org", times=1):
    response = None
    for _attempt in range(times):
        response = client.post(url, {"username": username, "password": "wrong"})
    return response


def test_five_failures_lock_the_account_out_for_this_connection(member, axes_on):
    client = Client(REMOTE_ADDR="203.0.113.7")
    assert _fail(client, "/fr/accounts/login/", times=4).status_code == 200
    response = _fail(client, "/fr/accounts/login/")
    assert response.status_code == 429
    page = text(response)
    assert "échecs de connexion" in page
    assert "une heure" in page
    # Even the right password is refused now, from this connection…
    response = client.post(
        "/fr/accounts/login/", {"username": "kofi@example.org", "password": PASSWORD}
    )
    assert response.status_code == 429
    # …but not from another one.
    other = Client(REMOTE_ADDR="198.51.100.9")
    response = other.post(
        "/en/accounts/login/", {"username": "kofi@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_logins_are_locked_out_too(libraries, axes_on, url):
    User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    client = Client()
    assert _fail(client, url, username="editor", times=4).status_code == 200
    response = _fail(client, url, username="editor")
    assert response.status_code == 429
    assert "Too many failed log-ins" in text(response)
    response = client.post(url, {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429


LOGIN_FORMS = ["/en/accounts/login/", "/admin/login/", "/django-admin/login/"]


def test_the_public_and_admin_log_in_forms_share_one_budget_per_address(libraries):
    """Two hundred log-in posts an hour from one address, whichever form they go to: enough for
    a workshop (forty farmers, each mistyping a password twice), not for a bot trying passwords
    across many accounts (axes locks each account after five). The admin forms used to let
    every attempt through."""
    client = Client(REMOTE_ADDR="203.0.113.7")
    for number in range(200):
        response = client.post(
            LOGIN_FORMS[number % 3], {"username": f"farmer{number}@x.org", "password": "wrong"}
        )
        assert response.status_code == 200, (number, LOGIN_FORMS[number % 3])
    for url in LOGIN_FORMS:
        response = client.post(url, {"username": "farmer@x.org", "password": "wrong"})
        assert response.status_code == 429, url
        assert "Too many attempts" in text(response)
    User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    other = Client(REMOTE_ADDR="198.51.100.9")  # another connection is not affected
    response = other.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 302


def test_the_admin_password_reset_has_the_public_forms_budget(libraries):
    User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    for number in range(5):
        client = Client(REMOTE_ADDR=f"203.0.113.{number}")
        response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
        assert response.status_code == 302
    response = Client(REMOTE_ADDR="203.0.113.99").post(
        "/admin/password_reset/", {"email": "editor@example.org"}
    )
    assert response.status_code == 429
    assert len(mail.outbox) == 5  # no mailbox flooding through the admin either


@pytest.mark.parametrize("url", ["/admin/password_reset/", "/admin/login/", "/django-admin/login/"])
def test_the_rate_limited_admin_forms_are_never_cached(libraries, url):
    """Wrapping Wagtail's views for their rate limits keeps the never_cache Wagtail puts on
    every admin URL: a shared cache or the browser's back button never serves a form (and its
    CSRF token) to someone else."""
    response = Client().get(url)
    assert response.status_code == 200
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"no-cache", "no-store", "must-revalidate", "private"} <= directives


# Password reset ---------------------------------------------------------------------------


def _reset_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def test_password_reset_email_is_in_the_members_language_and_works(member):
    client = Client()
    response = client.post("/en/accounts/password-reset/", {"email": "KOFI@example.org"})
    assert response.status_code == 302
    assert "Check your email" in text(client.get(response["Location"]))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kofi@example.org"]
    assert "contraseña" in message.subject  # Spanish, the member's language
    assert "Hola Kofi Mensah" in message.body
    link = _reset_link(message)
    assert link.startswith("/es/accounts/password-reset/")

    form_page = client.get(link, follow=True)
    assert "Elija una contraseña nueva" in text(form_page)
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "terraces-and-bunds-7", "new_password2": "terraces-and-bunds-7"},
    )
    assert response.status_code == 302
    assert (
        Client()
        .post(
            "/en/accounts/login/",
            {"username": "kofi@example.org", "password": "terraces-and-bunds-7"},
        )
        .status_code
        == 302
    )


def test_password_reset_for_an_unknown_email_sends_nothing_and_reveals_nothing(libraries):
    response = Client().post("/en/accounts/password-reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password-reset/sent/"
    assert mail.outbox == []


def test_a_password_reset_lifts_the_lockout(member, axes_on):
    client = Client()
    assert _fail(client, "/en/accounts/login/", times=5).status_code == 429
    client.post("/en/accounts/password-reset/", {"email": "kofi@example.org"})
    form_page = client.get(_reset_link(mail.outbox[0]), follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "terraces-and-bunds-7", "new_password2": "terraces-and-bunds-7"},
    )
    response = client.post(
        "/en/accounts/login/",
        {"username": "kofi@example.org", "password": "terraces-and-bunds-7"},
    )
    assert response.status_code == 302


def test_password_reset_posts_are_limited_per_email(member):
    for number in range(5):
        client = Client(REMOTE_ADDR=f"203.0.113.{number}")
        assert (
            client.post("/en/accounts/password-reset/", {"email": "kofi@example.org"}).status_code
            == 302
        )
    response = Client(REMOTE_ADDR="203.0.113.99").post(
        "/en/accounts/password-reset/", {"email": "kofi@example.org"}
    )
    assert response.status_code == 429
    assert 'value="kofi@example.org"' in text(response)
    assert len(mail.outbox) == 5


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


# Security ---------------------------------------------------------------------------------


def _csrf_client(url) -> tuple[Client, str]:
    client = Client(enforce_csrf_checks=True)
    client.get(url)
    return client, client.cookies["csrftoken"].value


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/en/accounts/signup/", signup_data()),
        ("/en/accounts/login/", {"username": "kofi@example.org", "password": PASSWORD}),
        ("/en/accounts/password-reset/", {"email": "kofi@example.org"}),
    ],
)
def test_public_forms_refuse_a_post_without_csrf_token(member, url, data):
    client, token = _csrf_client(url)
    assert client.post(url, data).status_code == 403
    assert client.post(url, {**data, "csrfmiddlewaretoken": token}).status_code == 302


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/en/accounts/", {"name": "Changed", "language": "en"}),
        ("/en/accounts/farm/", {"latitude": "13.51", "longitude": "2.11"}),
        ("/en/accounts/logout/", {}),
    ],
)
def test_member_forms_refuse_a_post_without_csrf_token(member, url, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    client.get(url)
    token = client.cookies["csrftoken"].value
    assert client.post(url, data).status_code == 403
    member.refresh_from_db()
    assert member.first_name == "Kofi Mensah"
    assert client.post(url, {**data, "csrfmiddlewaretoken": token}).status_code == 302


@pytest.mark.parametrize("payload", [PAYLOAD, '"><img src=x onerror=alert(1)>'])
def test_markup_typed_in_name_and_farm_name_is_shown_as_text(libraries, payload):
    client = Client()
    client.post("/en/accounts/signup/", signup_data(name=f"Name {payload}", language="en"))
    user = User.objects.get(email="aicha@example.org")
    Member.objects.filter(user=user).update(
        farm_name=f"Farm {payload}", latitude=13.51, longitude=2.11
    )
    for url in ("/en/accounts/", "/en/accounts/farm/"):
        page = text(client.get(url))
        assert "<script>alert" not in page and "<img src=x" not in page, url
    page = text(client.get("/en/accounts/"))
    assert f'value="Name {escape(payload)}"' in page
    assert f"My farm: Farm {escape(payload)}" in page

    admin = Client()
    admin.force_login(User.objects.create_superuser("admin", "admin@example.org", PASSWORD))
    page = text(admin.get("/admin/users/"))
    assert f"Name {escape(payload)}" in page
    assert "<script>alert" not in page and "<img src=x" not in page
