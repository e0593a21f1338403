"""A wire photo's caption opening with its credit: '[워싱턴=AP/뉴시스] NAME이 … 하고 있다.'
A place and two agencies, the one that took the photo and the one that sent it, are a
photo's credit; a wire story's dateline names one agency and its reporter
('[워싱턴=뉴시스] NAME 특파원 = …'), so it stays the lead."""

from __future__ import annotations

import re

# Bounded classes, no nesting: OCR's long runs cannot make it backtrack.
_WIRE_PHOTO = re.compile(r"^[\[(][^\])=/\s]{1,15}=[^\])=/\s]{1,15}/[^\])=/\s]{1,15}[\])]\s?\S")
_REPORTER = re.compile(r"(?:기자|특파원|통신원)\s?=")

WIRE_PHOTO = (
    "article: a line opening with a place and two agencies ('[워싱턴=AP/뉴시스]'): a caption"
)


def wire_photo(text: str) -> bool:
    """One line of description after a photo agencies' credit, no reporter's dateline."""
    return (
        bool(_WIRE_PHOTO.match(text))
        and len(text) <= 200
        and text.endswith("다.")
        and not _REPORTER.search(text[:60])
    )
