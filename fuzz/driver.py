"""A plain-Python random fuzz driver, for machines without atheris.

It knows nothing of coverage: each input is a seed from the corpus with a few
random mutations (bytes flipped, inserted or deleted, stretches deleted or
repeated, line ends swapped, tokens of real dumps inserted, two seeds
spliced, the end cut off). It finds less than libFuzzer does in the same
time, but runs anywhere Python does, and the same seed gives the same inputs.
"""

from __future__ import annotations

import hashlib
import random
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

#: Pieces of real dumps that reach the sections (dates, bylines, footers,
#: captions, quotation marks) and the line ends and spaces that test the
#: splitter, inserted whole so that a random input gets past the first line.
_TEXTS = (
    "\n", "\r\n", "\r", "\n\n", "\u2028", "\u00a0", "\ufeff", "\u200b", "\t",
    "Dec 5, 2024", "Sunday, October 05, 2008", "2011-03-08", "22 May",
    "5. Dezember 2024", "Wednesday, December 12", "A Title Line",
    "Jane Roe and Tom Berg report in the Wall Street Journal:",
    "The Economist reports:", "JL", ". JL", "No comments:", "3 comments:",
    "Post a Comment", "Karen said...", "Leave a Reply",
    "Posted by Jane at 10:15 AM", "Labels: a, b", "Author: jdoe",
    "Photo: Jane Doe/Reuters", "(AP Photo/Jo Li)", "(Photo by Tom Reed)",
    "“", "”", '"', "‘", "’", "„", " said Jane Roe.", " he said.",
    "Jane Roe said: ", "  -Al Boliska", "Ã©", "â€™", "\ufffd",
)  # fmt: skip
# ... and bytes that are not UTF-8.
TOKENS: tuple[bytes, ...] = (
    *(text.encode("utf-8") for text in _TEXTS),
    b"\xff",
    b"\x80",
    b"\xc3",
    b"\x00",
)


def read_seeds(paths: Iterable[Path]) -> list[bytes]:
    """The bytes of every file among ``paths`` (folders are read one level deep)."""
    seeds: list[bytes] = []
    for path in paths:
        files = (
            sorted(p for p in path.iterdir() if p.is_file())
            if path.is_dir()
            else [path]
        )
        seeds.extend(p.read_bytes() for p in files)
    return seeds or [b""]


def mutate(rng: random.Random, data: bytes, seeds: list[bytes], max_len: int) -> bytes:
    """``data`` with one to eight random mutations, cut to ``max_len`` bytes."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(buf))
        op = rng.randrange(8)
        if op == 0 and buf:  # flip a bit
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:  # random bytes
            buf[at:at] = rng.randbytes(rng.randint(1, 8))
        elif op == 2:  # a token of a real dump
            buf[at:at] = rng.choice(TOKENS)
        elif op == 3:  # delete a stretch
            del buf[at : at + rng.randint(1, 64)]
        elif op == 4:  # repeat a stretch
            buf[at:at] = buf[at : at + rng.randint(1, 256)] * rng.randint(1, 4)
        elif op == 5:  # splice in part of another seed
            other = rng.choice(seeds)
            start = rng.randint(0, len(other))
            buf[at:at] = other[start : start + rng.randint(1, 512)]
        elif op == 6:  # swap the line ends
            old, new = rng.sample([b"\r\n", b"\n", b"\r"], 2)
            buf = bytearray(bytes(buf).replace(old, new))
        else:  # cut off the end
            del buf[at:]
    return bytes(buf[:max_len])


def run(
    target: Callable[[bytes], None],
    seeds: list[bytes],
    *,
    runs: int,
    seed: int = 0,
    max_len: int = 4096,
    seconds: float | None = None,
    artifact_prefix: str = "fuzz/",
) -> tuple[int, Path | None]:
    """Call ``target`` on ``runs`` mutated inputs, or until ``seconds`` have passed.

    The seeds themselves run first. On the first exception the input is
    written to ``{artifact_prefix}crash-<sha1>`` and its traceback printed.

    Returns:
        The number of executions that ran clean, and the crash file (``None``
        when every execution ran clean).
    """
    rng = random.Random(seed)
    start = time.monotonic()
    inputs = (
        seeds[i] if i < len(seeds) else mutate(rng, rng.choice(seeds), seeds, max_len)
        for i in range(runs)
    )
    clean = 0
    for data in inputs:
        if seconds is not None and time.monotonic() - start > seconds:
            break
        try:
            target(data)
        except Exception:
            crash = Path(f"{artifact_prefix}crash-{hashlib.sha1(data).hexdigest()}")
            crash.parent.mkdir(parents=True, exist_ok=True)
            crash.write_bytes(data)
            traceback.print_exc()
            print(f"after {clean} clean executions, input saved as {crash}")
            return clean, crash
        clean += 1
    return clean, None
