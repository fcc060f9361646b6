"""A byline in another shape: "By NAME | PUBLICATION | DATE", read by a replacement."""

import regex

from articlekit import Byline, Parser, ParseState
from articlekit.sections.date import read_date

BY_PIPE = regex.compile(
    r"^By\s+(?P<authors>[^|]{1,120}?)\s*\|\s*(?P<pub>[^|]{1,80}?)\s*\|\s*(?P<date>.{4,40})$"
)


def parse_pipe_byline(state: ParseState) -> bool:
    """Claim a "By NAME | PUBLICATION | DATE" line: byline, and date if none yet."""
    for block in state.unclaimed()[:8]:
        match = BY_PIPE.match(block.text)
        if match is None:
            continue
        state.claim(block)
        authors = [a.strip() for a in regex.split(r",|\band\b", match["authors"])]
        state.set_byline(
            Byline(
                authors=tuple(a for a in authors if a),
                publication=match["pub"],
                text=block.text,
                span=block.span,
            )
        )
        date, _ = read_date(match["date"])
        if date is not None and state.date is None:
            state.set_date(date, block.span)
        return True
    state.report("byline.missing")
    return False


parser = Parser()
# The default date section would take "By NAME | ... | DATE" as a meta line
# and the posted_by section as the blog author's line, so the replacement
# moves ahead of both.
parser.pipeline.replace("byline", parse_pipe_byline).move("byline", before="date")

article = parser.parse(
    "Harbour Bridge Closes For Repairs\n"
    "By Anna Berg and Tom Price | The Harbour Gazette | March 3, 2025\n"
    "The bridge will stay shut for six weeks while crews replace two supports.\n"
    "No comments:\n"
)
print("authors:", article.byline.authors)
print("publication:", article.byline.publication)
print("date:", article.date)
print("body:", article.body)
