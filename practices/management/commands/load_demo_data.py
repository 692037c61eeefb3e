from django.core.management.base import BaseCommand, CommandError

from practices.demo.corpus import DemoVocabularyMissing, demo_load


class Command(BaseCommand):
    help = (
        "Load the illustrative demo corpus (not real field data): deterministic, offline, "
        "and only once — running it again changes nothing."
    )

    def handle(self, *args, **options):
        try:
            summary = demo_load()
        except DemoVocabularyMissing as error:
            raise CommandError(str(error)) from error
        if summary.already_loaded:
            self.stdout.write("Demo corpus already loaded; nothing to do.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo corpus loaded: {summary.practices} practices, {summary.translations} "
                f"translations, {summary.tutorials} tutorials and {summary.videos} videos "
                "in three languages."
            )
        )
