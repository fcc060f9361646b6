"""A site-specific chrome remover, packaged as a plugin.

A site's share buttons and "Related" links sit between the post and its
footer. The plugin claims those lines before the body section runs and keeps
them in Article.extras["chrome"], so nothing is lost and the body is clean.
"""

from articlekit import Parser, ParseState

SHARE_LINES = ("Share this:", "Click to share on Twitter", "Like this:", "Related")


def chrome_plugin(parser: Parser, *, lines: tuple[str, ...] = SHARE_LINES) -> None:
    """Claim the site's chrome lines (matched whole) before the body reads them."""
    known = {line.casefold() for line in lines}

    def parse_chrome(state: ParseState) -> bool:
        found = [b for b in state.unclaimed() if b.text.casefold() in known]
        state.claim(*found)
        state.extras["chrome"] = [b.text for b in found]
        return bool(found)

    parser.pipeline.insert_before("body", "chrome", parse_chrome)


parser = Parser().use(chrome_plugin)
article = parser.parse(
    "Mar 3, 2025\n"
    "Harbour Bridge Closes For Repairs\n"
    "The bridge will stay shut for six weeks while crews replace two supports.\n"
    "Share this:\n"
    "Click to share on Twitter\n"
    "Like this:\n"
    "No comments:\n"
)
print("body:", article.body)
print("chrome:", article.extras["chrome"])
print("sections:", parser.pipeline.active_names())
