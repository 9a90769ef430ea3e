"""Highlighted code: kept across `make serve` rebuilds, without the spans that change
nothing on screen.

Each rebuild renders every page again, and Pygments highlighting of the code blocks is a
large part of that. Its output depends only on the code and the lexer's and formatter's
options, so it is kept for the life of the process (pymdownx.highlight stays imported
across rebuilds; this hook module does not).

Pygments wraps names, keyword constants and whitespace in spans of their own; the theme
colours names and keyword constants exactly like plain code text and gives whitespace no
style, so those spans only add elements for the browser to style and lay out (on the
cancellation page, 523 of 2,812). The kept HTML leaves them out. tests/test_build.py
checks that the theme's CSS still styles them as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pygments.formatter import Formatter
from pygments.lexer import Lexer

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

PLAIN_TOKEN_CLASSES = ("n", "kc", "w")
# The text inside a span is escaped: it never contains "<".
_PLAIN_TOKEN = re.compile(rf'<span class="(?:{"|".join(PLAIN_TOKEN_CLASSES)})">([^<]*)</span>')

Highlight = Callable[[str, Lexer, Formatter], str]


def _kept(plain: Highlight) -> Highlight:
    """``pygments.highlight``, remembered per code and options, plain spans dropped."""
    done: dict[tuple[object, ...], str] = {}

    def highlight(code: str, lexer: Lexer, formatter: Formatter) -> str:
        key = (
            code,
            type(lexer),
            repr(sorted(lexer.options.items())),
            type(formatter),
            repr(sorted(formatter.options.items())),
        )
        if key not in done:
            done[key] = _PLAIN_TOKEN.sub(r"\1", plain(code, lexer, formatter))
        return done[key]

    highlight.keeps_results = True  # type: ignore[attr-defined]
    return highlight


def _install() -> None:
    """The one patch of pymdownx's internals in the build (an adapter).

    Why a patch: pymdownx.highlight calls ``pygments.highlight`` through its own module
    global ``highlight``, and it has no public option for a cache or for post-processing
    the highlighted HTML (a custom Pygments formatter would have to re-implement
    pymdownx's ``BlockHtmlFormatter`` line-span and title handling). Replacing that
    global keeps every other part of pymdownx as it is; pymdown-extensions is pinned.
    """
    import pymdownx.highlight as pymdownx_highlight

    if not getattr(pymdownx_highlight.highlight, "keeps_results", False):
        pymdownx_highlight.highlight = _kept(pymdownx_highlight.highlight)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _install()
    return config
