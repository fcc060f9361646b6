"""Strict mode: fail on the first problem, with its line and column."""

from articlekit import ArticleParseError, parse_article

DUMP = """My Blog About Things

03/04/2025

A Post Whose Date Reads Two Ways

Some text.
"""

# Lenient (the default) always returns an Article and records problems.
article = parse_article(DUMP)
print("lenient date:", article.date)
for diagnostic in article.diagnostics:
    print("  ", diagnostic)

# Strict raises the first problem that lenient mode would have recorded.
try:
    parse_article(DUMP, strict=True)
except ArticleParseError as error:
    print(f"strict: line {error.line}, column {error.column}: {error.diagnostic.code}")
