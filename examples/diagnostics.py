"""Diagnostics: what was missing or ambiguous in a dump that was cut off."""

from articlekit import Severity, parse_article

CUT_OFF = """Aug 2, 2022

Drought Sends Wheat To Four-Month High

Traders have forgotten how thin supply is. JL

Ana Pérez and Jon Berg report in Bloomberg:

Wheat futures rose as much as 5.8% on Tuesday, the biggest gain since March.

Wheat futures rose as much as 5.8% on Tuesday, the biggest gain since March. Soil
"""

article = parse_article(CUT_OFF)
print("highlights:", article.highlights)
print("comments:", article.comments)
for d in article.diagnostics:
    marker = "!" if d.severity is not Severity.INFO else " "
    print(f"{marker} {d.line}:{d.column} [{d.section}] {d.code}: {d.message}")
