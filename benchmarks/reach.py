"""Transcode time per minute of video (issue 16): ffmpeg's renditions of a generated clip (its
test picture in 640x360 and a tone, 60 s; 20 s with --quick) by the same function that makes
an upload's renditions, practices.reach.services.renditions.transcode. The median of a few runs
on this machine, with the sizes of what was made per minute (they bound what a reader pays)."""

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.stats import result
from practices.reach.demo import clip_make
from practices.reach.services.renditions import transcode

RUNS = 3


def run(*, quick: bool = False) -> list[dict]:
    seconds = 20 if quick else 60
    with tempfile.TemporaryDirectory(prefix="terroir-bench-reach-") as directory:
        source = clip_make(Path(directory) / "source.mp4", seconds=seconds, size="640x360")
        times, sizes = [], {}
        for number in range(RUNS):
            out = Path(directory) / f"run{number}"
            out.mkdir()
            started = time.perf_counter()
            made = transcode(source, out, video=True)
            times.append(time.perf_counter() - started)
            sizes = {name: path.stat().st_size for name, path in made.items()}
    per_minute = 60 / seconds
    return [
        result(
            "reach_transcode_s_per_video_minute",
            statistics.median(times) * per_minute,
            "s",
            runs=RUNS,
            clip_s=seconds,
            source="640x360 testsrc + sine",
        ),  # fmt: skip
        result("reach_small_video_mb_per_minute", sizes["video"] * per_minute / 1e6, "MB"),
        result("reach_audio_only_mb_per_minute", sizes["audio"] * per_minute / 1e6, "MB"),
    ]
