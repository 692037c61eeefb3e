"""Writing accounts: sign-up, a member's name and language."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.users.models import UserProfile

from practices.models import Member


def email_normalise(email: str) -> str:
    """The form an email is stored and looked up in: trimmed, lower case."""
    return email.strip().lower()


def email_taken(*, email: str) -> bool:
    """Whether an account already uses this email, as its login or its address (any case)."""
    email = email_normalise(email)
    return (
        get_user_model().objects.filter(Q(username__iexact=email) | Q(email__iexact=email)).exists()
    )


@transaction.atomic
def member_create(*, name: str, email: str, password: str, language: str) -> AbstractBaseUser:
    """A user whose username is the email (lower case), and their member profile."""
    email = email_normalise(email)
    user = get_user_model().objects.create_user(
        username=email, email=email, password=password, first_name=name.strip()
    )
    Member.objects.create(user=user, language=language)
    # Wagtail's own workflow emails link to the admin, which members do not use: they get
    # practices.services.notifications emails instead, in their language.
    profile = UserProfile.get_for_user(user)
    profile.approved_notifications = profile.rejected_notifications = False
    profile.preferred_language = language
    profile.save()
    return user


def member_get(*, user: AbstractBaseUser) -> Member:
    """The user's member profile, created on first use (accounts made in the admin have
    none yet)."""
    try:
        return user.member
    except Member.DoesNotExist:
        member, _created = Member.objects.get_or_create(
            user=user, defaults={"language": get_language() or "en"}
        )
        return member


@transaction.atomic
def member_update(*, member: Member, name: str, language: str) -> Member:
    user = member.user
    user.first_name = name.strip()
    user.last_name = ""
    user.save(update_fields=["first_name", "last_name"])
    member.language = language
    member.save(update_fields=["language"])
    return member


def member_language(*, user: AbstractBaseUser) -> str:
    """The language the user prefers (their member profile's), else the current one."""
    member = getattr(user, "member", None) if user.pk else None
    return member.language if member is not None else (get_language() or "en")
