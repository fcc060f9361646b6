r"""articlekit: typed, lossless parsing of blog-style article dumps.

>>> from articlekit import parse_article
>>> article = parse_article("Dec 5, 2024\nA Headline\nThe body.\nNo comments:\n")
>>> article.headline, article.date.isoformat(), article.body, article.comments.count
('A Headline', '2024-12-05', ('The body.',), 0)
"""

from __future__ import annotations

from articlekit._version import __version__
from articlekit.api import iter_articles, parse_article
from articlekit.diagnostics import CODES, Diagnostic, Severity
from articlekit.errors import (
    ArticleDataError,
    ArticleKitDeprecationWarning,
    ArticleKitError,
    ArticleKitWarning,
    ArticleParseError,
    DuplicatePluginError,
    DuplicateSectionError,
    PluginLoadError,
    SectionOrderError,
    UnknownPluginError,
    UnknownSectionError,
)
from articlekit.formatting import render
from articlekit.lines import Fact, LineFilter
from articlekit.models import (
    Article,
    Block,
    Byline,
    Caption,
    CommentFooter,
    Quote,
    Source,
    Span,
    Summary,
)
from articlekit.parser import Parser
from articlekit.pipeline import Pipeline, section
from articlekit.policy import DEFAULT, STRICT, Policy
from articlekit.schema import json_schema
from articlekit.state import Landmarks, ParseState

__all__ = [
    "CODES",
    "DEFAULT",
    "STRICT",
    "Article",
    "ArticleDataError",
    "ArticleKitDeprecationWarning",
    "ArticleKitError",
    "ArticleKitWarning",
    "ArticleParseError",
    "Block",
    "Byline",
    "Caption",
    "CommentFooter",
    "Diagnostic",
    "DuplicatePluginError",
    "DuplicateSectionError",
    "Fact",
    "Landmarks",
    "LineFilter",
    "ParseState",
    "Parser",
    "Pipeline",
    "PluginLoadError",
    "Policy",
    "Quote",
    "SectionOrderError",
    "Severity",
    "Source",
    "Span",
    "Summary",
    "UnknownPluginError",
    "UnknownSectionError",
    "__version__",
    "iter_articles",
    "json_schema",
    "parse_article",
    "render",
    "section",
]
