"""Translation freshness: an English page is never published out of step silently.

Each English guide page records, in its front matter, which version of its Chinese
source it translates::

    translation:
      source: "1a2b3c4d5e6f"   # digest of the Chinese page's text
      snippets: "6f5e4d3c2b1a" # digest of the logic of the Chinese snippets it shows

The snippet digest covers each example's logic only (its syntax tree with comments and
strings removed, as the zh/en parity test compares them), so fixing a Chinese comment
does not make the English page stale, but changing what an example does does.

This hook compares the recorded digests with the current ones: a stale English page gets
a visible notice linking the Chinese original; with ``RELEASE=1`` (deploy, PDF) a stale
page stops the build unless its front matter says ``accept_stale: true`` under
``translation``. ``scripts/translations.py`` lists stale pages and what changed, and
marks a page translated.
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # MkDocs loads hooks by path

from hooks.page_model import (  # noqa: E402
    DEFAULT_LANG,
    DOCS,
    ROOT,
    SNIPPETS,
    included_files,
    lang_of,
    page_name,
    split_front_matter,
    twin,
    url_route,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.plugins import PrefixedLogger
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


class _BlankStrings(ast.NodeTransformer):
    """Blank every string constant; keep only the expressions of f-strings."""

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant(value=""), node)
        return node

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        values = [self.visit(v) for v in node.values if isinstance(v, ast.FormattedValue)]
        return ast.copy_location(ast.JoinedStr(values=values), node)


def logic_tree(source: str, filename: str = "<snippet>") -> ast.AST:
    """A program's syntax tree with every string blanked (comments are not in it)."""
    return _BlankStrings().visit(ast.parse(source, filename=filename))


def logic_of(source: str, filename: str = "<snippet>") -> str:
    """A program with comments and string literals removed, written out the same way
    by every Python that runs the tools (3.12 and 3.13 differ in ``ast.dump``)."""
    return _canonical(logic_tree(source, filename))


_NO_DEFAULT = object()
#: Fields that only newer Pythons have, with the value that means "not used".
_NEWER_FIELD_DEFAULTS = {"is_lazy": 0}


def _canonical(node: object) -> str:
    """A syntax tree as text, positions aside. Empty fields are left out: newer
    Pythons add fields (``type_params`` in 3.12) that are empty in our code, and
    3.13's ``ast.dump`` stopped printing empty ones, so dumps differed by version.
    Fields that newer Pythons add with a default value (``is_lazy=0`` on imports in
    3.15, PEP 810) are left out when they hold that default."""
    if isinstance(node, ast.AST):
        fields = (
            f"{name}={_canonical(value)}"
            for name in node._fields
            if (value := getattr(node, name, None)) is not None
            and value != []
            and _NEWER_FIELD_DEFAULTS.get(name, _NO_DEFAULT) != value
        )
        return f"{type(node).__name__}({', '.join(fields)})"
    if isinstance(node, list):
        return f"[{', '.join(_canonical(item) for item in node)}]"
    return repr(node)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def source_digest(zh_text: str) -> str:
    """The Chinese page's text, front matter aside (dates and versions do not count)."""
    return _digest(split_front_matter(zh_text).body.strip())


def _read_snippet(rel: str) -> str:
    return (SNIPPETS / rel).read_text("utf-8")


def snippets_digest(zh_text: str, read: Callable[[str], str] = _read_snippet) -> str:
    """The logic of every snippet the Chinese page includes, in page order."""
    parts = []
    for rel in included_files(zh_text):
        text = read(rel)
        parts.append(f"{rel}\n{logic_of(text, rel) if rel.endswith('.py') else text}")
    return _digest("\n".join(parts))


def current(zh_text: str) -> dict[str, str]:
    return {"source": source_digest(zh_text), "snippets": snippets_digest(zh_text)}


def chinese_of(en_page: Path) -> Path:
    return twin(en_page, DEFAULT_LANG)


def staleness(en_page: Path, meta: dict[str, Any]) -> list[str]:
    """What the English page's recorded digests no longer match ([] when in step)."""
    recorded = meta.get("translation") or {}
    zh = chinese_of(en_page)
    now = current(zh.read_text("utf-8"))
    return [key for key in ("source", "snippets") if recorded.get(key) != now[key]]


def accepts_stale(meta: dict[str, Any]) -> bool:
    """Whether the page's front matter publishes it stale, with its notice, even in a
    release build (``translation: {accept_stale: true}``)."""
    return (meta.get("translation") or {}).get("accept_stale") is True


def is_translation(path: Path) -> bool:
    """Every English page with a Chinese original (guide pages, home, glossary, tags)."""
    return lang_of(path) not in (None, DEFAULT_LANG) and chinese_of(path).is_file()


# --- MkDocs hook -------------------------------------------------------------------

NOTICE = """\
!!! warning "This translation is behind the Chinese original"
    The <a href="{href}" hreflang="zh-Hans">Chinese page</a> has changed ({what}) since
    this English page was last translated. Until the translation is updated, the Chinese
    page is the reference.

"""


def _log() -> PrefixedLogger:
    """MkDocs' logger for this hook. Stale pages are reported at INFO level on purpose:
    `make build` and `make serve` show INFO, but a strict build fails on any WARNING,
    and a stale translation is allowed everywhere except in a release build (which
    raises an error for it instead)."""
    from mkdocs.plugins import get_plugin_logger

    return get_plugin_logger("translation")


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Show a notice on stale English pages; refuse them in a release build."""
    path = Path(page.file.abs_src_path or "")
    if not is_translation(path):
        return markdown
    stale = staleness(path, page.meta)
    if not stale:
        return markdown
    accepted = accepts_stale(page.meta)
    name = page_name(path)
    if os.environ.get("RELEASE") == "1" and not accepted:
        from mkdocs.exceptions import PluginError

        raise PluginError(
            f"{path.relative_to(ROOT)}: English translation is stale ({', '.join(stale)} "
            "changed in the Chinese page) and this is a release build (fix: update the "
            f"translation and run `make translated PAGE={name}`, or set "
            "'translation: {accept_stale: true}' to publish it with its notice)"
        )
    what = {
        "source": "its text",
        "snippets": "its examples",
    }
    if not accepted:
        _log().info(
            f"{path.relative_to(ROOT)}: English translation is stale ({', '.join(stale)} "
            "changed in the Chinese page); it is built with a notice, and a release build "
            f"refuses it (fix: update the translation and run `make translated PAGE={name}`)"
        )
    # link the Chinese twin: the i18n plugin resolves "page.md" per language, so
    # point at the other language's URL explicitly (from /docs/en/<folders>/<page>/)
    route = url_route(path.relative_to(DOCS))
    depth = len(route) + 1  # the page's own folder and en/
    url = "../" * depth + "".join(f"{part}/" for part in route)
    h1 = re.search(r"^# .+\n", markdown, re.M)
    notice = NOTICE.format(href=url, what=" and ".join(what[s] for s in stale))
    if not h1:
        return notice + markdown
    return markdown[: h1.end()] + "\n" + notice + markdown[h1.end() :]
