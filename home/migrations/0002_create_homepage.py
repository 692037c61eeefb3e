import uuid

from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's welcome page by the English home page, and create the three locales.

    The French and Spanish home pages (translations of this one) and the practice libraries
    are created by practices.services.site.site_structure_ensure, which works with the real
    page models (tree operations do not belong in a migration).
    """
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    english, _created = Locale.objects.get_or_create(language_code="en")
    for code in ("fr", "es"):
        Locale.objects.get_or_create(language_code=code)

    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()

    homepage_content_type, _created = ContentType.objects.get_or_create(
        model="homepage", app_label="home"
    )
    homepage = HomePage.objects.create(
        title="Terroir",
        draft_title="Terroir",
        slug="home",
        content_type=homepage_content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=english,
        translation_key=uuid.uuid4(),
        live=True,
        intro="Farmers share what they did for their soil and what happened, so that others "
        "can find the practices that worked on farms like theirs.",
    )
    Site.objects.create(
        hostname="localhost", root_page=homepage, is_default_site=True, site_name="Terroir"
    )


def remove_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage = apps.get_model("home.HomePage")
    HomePage.objects.filter(slug="home", depth=2).delete()
    ContentType.objects.filter(model="homepage", app_label="home").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
