"""Imported once by ReachConfig.ready() (practices.app_config)."""

from django.db.models.signals import post_save

from wagtailmedia.models import get_media_model

from practices.reach import pack_receivers, page_additions, receivers, share  # noqa: F401

post_save.connect(receivers.media_saved, sender=get_media_model(), dispatch_uid="reach-media-saved")
pack_receivers.register_signal_handlers()
