import io

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

import pytest


def run(*args) -> str:
    out = io.StringIO()
    call_command("ensure_admin", *args, stdout=out)
    return out.getvalue()


def test_ensure_admin_creates_once_and_prints_the_same_login(db, settings):
    settings.DEBUG = True
    first = run("--port", "8001")
    assert "http://127.0.0.1:8001/admin/" in first
    password = first.rsplit("password: ", 1)[1].strip()
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert run().rsplit("password: ", 1)[1].strip() == password
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_ensure_admin_refuses_outside_development(db, settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["127.0.0.1", "terroir.example.org"]
    with pytest.raises(CommandError):
        run()
    assert not get_user_model().objects.exists()


def test_ensure_admin_serves_make_run_on_loopback_names_with_debug_off(db, settings):
    settings.DEBUG = False  # `make run`: production settings, this machine only
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    assert "http://127.0.0.1:8000/admin/" in run()
