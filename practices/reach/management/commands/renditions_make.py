"""Queue the renditions of every uploaded video and sound that has none ready (media uploaded
before the reach app, or whose transcode failed and should be tried again)."""

from django.core.management.base import BaseCommand

from wagtailmedia.models import get_media_model

from practices.reach.models import RenditionStatus
from practices.reach.tasks import renditions_task


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        missing = get_media_model().objects.exclude(reach_renditions__status=RenditionStatus.DONE)
        count = 0
        for media_id in missing.values_list("pk", flat=True):
            renditions_task.enqueue(media_id)
            count += 1
        self.stdout.write(f"Renditions queued for {count} media.")
