"""A custom section: read a "Source: URL" line into Article.extras."""

import regex

from articlekit import Parser, ParseState

SOURCE = regex.compile(r"^Source:\s*(?P<url>https?://\S+)$")


def parse_source(state: ParseState) -> bool:
    """Claim the first "Source: URL" line and store the URL."""
    for block in state.unclaimed():
        match = SOURCE.match(block.text)
        if match:
            state.claim(block)
            state.extras["source"] = match["url"]
            return True
    return False


parser = Parser()
# Run before the body, which would otherwise take the line as a paragraph.
parser.pipeline.insert_before("body", "source", parse_source)
print(parser.pipeline.active_names())

article = parser.parse(
    "Dec 5, 2024\n"
    "A Headline\n"
    "Source: https://example.com/story\n"
    "The body.\n"
    "No comments:\n"
)
print("source:", article.extras["source"])
print("body:", article.body)
