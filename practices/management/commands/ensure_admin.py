import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def local_only() -> bool:
    """`make run` serves the production settings (DEBUG off) under loopback names only: a
    printed admin login is harmless there; a site other machines reach never gets one."""
    hosts = set(settings.ALLOWED_HOSTS)
    return bool(hosts) and hosts <= LOOPBACK_HOSTS


class Command(BaseCommand):
    help = (
        "Create the local demo administrator once and print its credentials. The password is "
        "generated the first time and kept in VAR_DIR/admin-password.txt (git-ignored)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--port", default="8000", help="where the site is served")

    def handle(self, *args, username: str, port: str, **options):
        if not (settings.DEBUG or local_only()):
            raise CommandError(
                "ensure_admin is for a site on this machine only (DEBUG on, or ALLOWED_HOSTS "
                "naming nothing but 127.0.0.1, localhost and [::1])."
            )
        password_file = settings.VAR_DIR / "admin-password.txt"
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
            User.objects.create_superuser(username, f"{username}@example.org", password)
        elif password_file.exists():
            password = password_file.read_text().strip()
        else:
            password = "(set earlier; reset it with: python manage.py changepassword admin)"  # noqa: S105
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://127.0.0.1:{port}/admin/  user: {username}  password: {password}"
            )
        )
