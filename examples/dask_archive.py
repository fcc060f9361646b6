"""Parse a folder of dumps with dask.bag into JSON Lines.

Usage: python examples/dask_archive.py [FOLDER] [OUTPUT_DIR]

Without arguments it writes a small archive of its own to a temporary folder
and parses that. On a laptop dask runs the bag with local processes; pointed
at a dask.distributed cluster (``Client("scheduler:8786")``) the very same
code runs on every worker, because articlekit's functions are pure and
picklable: a worker needs only ``pip install articlekit``.
"""

import json
import sys
import tempfile
from pathlib import Path

import dask.bag as db

from articlekit import iter_articles

EXAMPLE = Path(__file__).with_name("lowdown-example.txt")


def parse_file(path: str) -> list[dict]:
    """Every post of one dump file, as to_dict() records with the file's name."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return [{"file": Path(path).name, **a.to_dict()} for a in iter_articles(text)]


def run(folder: Path, output: Path) -> int:
    """Parse every *.txt under ``folder`` into ``output``/part-*.jsonl."""
    paths = sorted(str(p) for p in folder.rglob("*.txt"))
    bag = db.from_sequence(paths, npartitions=max(1, min(len(paths), 4)))
    records = bag.map(parse_file).flatten()
    output.mkdir(parents=True, exist_ok=True)
    records.map(json.dumps).to_textfiles(str(output / "part-*.jsonl"))
    return sum(1 for f in output.glob("part-*.jsonl") for _ in f.open())


def main() -> None:
    if len(sys.argv) > 2:
        folder, output = Path(sys.argv[1]), Path(sys.argv[2])
    else:
        scratch = Path(tempfile.mkdtemp())
        folder, output = scratch / "archive", scratch / "out"
        folder.mkdir()
        for i in range(6):
            (folder / f"post-{i}.txt").write_text(
                EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8"
            )
    count = run(folder, output)
    print(f"articles: {count}")
    print(f"output: {output}")


if __name__ == "__main__":
    main()
