"""Parse the example dump beside this script and print its parts."""

from pathlib import Path

from articlekit import parse_article

text = (Path(__file__).parent / "lowdown-example.txt").read_text(encoding="utf-8")
article = parse_article(text)

print("date:      ", article.date)
print("headline:  ", article.headline)
print("signature: ", article.summary.signature if article.summary else None)
print("authors:   ", ", ".join(article.byline.authors) if article.byline else None)
print("publication:", article.byline.publication if article.byline else None)
print("body:      ", len(article.body), "paragraphs")
for caption in article.captions:
    print("caption:   ", caption.text, "|", caption.credit)
for quote in article.quotes:
    print("quote:     ", quote.text[:60], "->", quote.speaker)
print("comments:  ", article.comments.count if article.comments else None)

# Every part maps back to the exact source text.
if article.byline is not None and article.byline.span is not None:
    print("byline source:", article.byline.span.slice(text))
