"""The reach app's demo content, added by practices/demo/corpus.py after the core corpus
(practices, tutorials, videos and site pages exist by then), in English, French and Spanish.

The demo's videos were links to nowhere: they get a real video instead, a few seconds of
ffmpeg's test picture and tone made here (so the demo needs no file and no internet), with
its small renditions made as an upload's are."""

import random
import subprocess
import tempfile
from pathlib import Path

from django.core.files import File

from wagtail.models import Locale
from wagtailmedia.models import get_media_model

from practices.media_probe import ffmpeg_exe
from practices.models import VideoPage
from practices.reach.pack_build import packs_build
from practices.services.uploads import contributions_collection, stored_name

DEMO_LINKS = "https://example.org/"
CLIP_SECONDS = 4


def demo_create(rng: random.Random, locales: dict[str, Locale]) -> None:
    """Give every demo video page an uploaded clip in place of its link to example.org, then
    build the offline packs."""
    pages = list(VideoPage.objects.filter(video_url__startswith=DEMO_LINKS))
    if pages:
        media = demo_clip_media(title="Terroir demo clip")
        for page in pages:
            page.video, page.video_url = media, ""
            page.save_revision().publish()
    packs_build()  # last: the offline packs gather what the other demo content made


def demo_clip_media(*, title: str, seconds: int = CLIP_SECONDS):
    """A wagtailmedia video of ffmpeg's test picture and a tone (saving it starts its
    renditions, practices.reach.receivers)."""
    with tempfile.TemporaryDirectory(prefix="terroir-demo-") as directory:
        clip = Path(directory) / "clip.mp4"
        clip_make(clip, seconds=seconds, size="640x360")
        media = get_media_model()(title=title, type="video", duration=seconds, width=640,
                                  height=360, collection=contributions_collection())  # fmt: skip
        with clip.open("rb") as content:
            media.file.save(stored_name("mp4"), File(content), save=False)
        media.save()
    return media


def clip_make(path: Path, *, seconds: float, size: str = "160x120", video: bool = True) -> Path:
    """A test clip by ffmpeg itself: its test picture (when `video`) and a 440 Hz tone, encoded
    by the extension of `path` (.mp4, .m4a, .ogg, .webm, .amr)."""
    sources = ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
    if video:
        picture = f"testsrc=size={size}:rate=25:duration={seconds}"
        sources = ["-f", "lavfi", "-i", picture, *sources,
                   "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "ultrafast"]  # fmt: skip
    codec = {".ogg": ["-c:a", "libopus"], ".webm": ["-c:a", "libopus"],
             ".amr": ["-ar", "8000", "-ac", "1", "-c:a", "libopencore_amrnb"]}  # fmt: skip
    subprocess.run(  # noqa: S603
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *sources,
         *codec.get(path.suffix, ["-c:a", "aac"]), "-shortest", str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return path
