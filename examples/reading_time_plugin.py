"""A plugin that adds a typed field: the reading time of the body.

The result is an attrs class stored in Article.extras["reading_time"]; it is
written by to_dict() and read back by from_dict() with its decoder.
"""

import json

import attrs

from articlekit import Article, Parser, ParseState


@attrs.frozen(kw_only=True)
class ReadingTime:
    """How long the body takes to read."""

    words: int
    minutes: int

    def to_dict(self) -> dict[str, int]:
        return {"words": self.words, "minutes": self.minutes}

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> "ReadingTime":
        return cls(words=data["words"], minutes=data["minutes"])


def reading_time_plugin(parser: Parser, *, words_per_minute: int = 230) -> None:
    """Add a "reading_time" section after the body."""

    def parse_reading_time(state: ParseState) -> bool:
        words = sum(len(paragraph.split()) for paragraph in state.body)
        minutes = max(1, round(words / words_per_minute)) if words else 0
        state.extras["reading_time"] = ReadingTime(words=words, minutes=minutes)
        return bool(words)

    parser.pipeline.insert_after("body", "reading_time", parse_reading_time)


parser = Parser().use(reading_time_plugin, words_per_minute=200)
article = parser.parse(
    "Mar 3, 2025\n"
    "Harbour Bridge Closes For Repairs\n"
    + "The bridge will stay shut for six weeks while crews replace supports. " * 40
    + "\nNo comments:\n"
)
print("reading time:", article.extras["reading_time"])

data = json.loads(json.dumps(article.to_dict()))
print("as JSON:", data["extras"])
again = Article.from_dict(data, extras={"reading_time": ReadingTime.from_dict})
print("round trip equal:", again == article)
