"""Correspondents and moderators enter country actions in the admin (issue 14)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Moderators", "Regional correspondents")  # practices.roles (names stored in data)
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("impact")
    app_config.models_module = True  # so that create_permissions sees the historical models
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    rights = Permission.objects.filter(
        content_type__app_label="impact",
        codename__in=[f"{action}_countryaction" for action in ACTIONS],
    )
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*rights)


class Migration(migrations.Migration):
    dependencies = [
        ("impact", "0001_country_action"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
