"""Site-wide details that need a few lines of Python rather than a template override.

* Edit links: ``extra.repository`` in mkdocs.yml is the one place the repository URL
  lives; every page's edit action opens its own source file (its language's) there.
  No ``repo_url``: Material's repository widget would call the GitHub API from the page.
* ``<html lang="zh-Hans">`` on Chinese pages, for Simplified Chinese glyphs; the search
  dialog gets an accessible name.
* No ``<link rel="alternate">`` in the head: the theme would fetch a sitemap next to
  each and log 404s; the language switcher's links already go to the same page.
* Compiled theme templates cached in ``.cache/jinja`` across builds (faster rebuilds).
* Highlighted code kept across `make serve` rebuilds (the same code gives the same HTML),
  without the spans that change nothing on screen (a phone lays out a quarter fewer
  elements on a code-heavy page).
* A PDF download button on every page, for the page's language (``make pdf``).
* The (bilingual) 404 page's language links go to each language's home page.
* Mermaid, offline and lazy: diagrams are ``<pre class="diagram-mermaid">`` (not the
  theme's ``mermaid`` class, whose integration fetches a CDN copy up front). Pages that
  contain one load ``javascripts/diagrams.js``, which fetches the pinned local mermaid
  (``node_modules/mermaid``, installed by ``npm ci``, copied into the site here) only
  when a diagram nears the screen. Pages without a diagram load nothing extra.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
MERMAID_SRC = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
MERMAID_DEST = "assets/javascripts/mermaid.min.js"
# The theme fetches "<href>/sitemap.xml" for every <link rel="alternate"> in the head,
# to map the current page to its other language. The i18n plugin already makes those
# links (and the switcher's) point at the same page in the other language, so the fetch
# only 404s with a console error; the switcher's own links are kept.
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
_BUNDLE = re.compile(r'<script src="([^"]*?)assets/javascripts/bundle\.[^"]+"')


def on_config(config):
    """Derive the edit URL from the repository setting."""
    _keep_highlighted_code()
    extra = config["extra"]
    config["edit_uri"] = f"{extra['repository']}/edit/{extra['branch']}/docs/"
    return config


# Pygments wraps names, keyword constants and whitespace in spans of their own; the theme
# colours names and keyword constants exactly like plain code text and gives whitespace no
# style, so those spans only add elements for the browser to style and lay out (on the
# cancellation page, 523 of 2,812). tests/test_build.py checks that the theme's CSS still
# styles them as plain text. The text inside a span is escaped: it never contains "<".
_PLAIN_TOKEN_CLASSES = ("n", "kc", "w")
_PLAIN_TOKEN = re.compile(rf'<span class="(?:{"|".join(_PLAIN_TOKEN_CLASSES)})">([^<]*)</span>')


def _keep_highlighted_code():
    """Each `make serve` rebuild renders every page again, and Pygments highlighting of the
    code blocks is a large part of that. Its output depends only on the code and the lexer's
    and formatter's options, so keep it for the life of the process (pymdownx.highlight
    stays imported across rebuilds; this hook module does not). The kept HTML leaves out
    the spans that look like plain text (``_PLAIN_TOKEN``)."""
    import pymdownx.highlight as pymdownx_highlight

    plain = pymdownx_highlight.highlight
    if getattr(plain, "keeps_results", False):
        return
    done: dict[tuple, str] = {}

    def highlight(code, lexer, formatter):
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

    highlight.keeps_results = True
    pymdownx_highlight.highlight = highlight


def on_env(env, config, files):
    """Keep the theme's compiled templates between builds (each build, and each
    `make serve` rebuild, otherwise compiles every template again)."""
    from jinja2 import FileSystemBytecodeCache

    cache = ROOT / ".cache" / "jinja"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env


def on_page_context(context, page, config, nav):
    """A page titled with the site's name (each language's home page) shows it once in
    the browser tab, not as "name - name" (the theme appends the site name)."""
    if page.meta.get("title") == config["site_name"]:
        del page.meta["title"]
    return context


def on_post_page(output, page, config):
    """Finish every HTML page (see ``finish_html``) and add the PDF button."""
    return finish_html(_add_pdf_button(output, page), page.file.src_path)


def finish_html(output: str, where: str) -> str:
    """Simplified Chinese ``lang``, no head alternates, the diagram loader where needed.

    ``lang="zh-Hans"`` (the theme writes ``zh``) lets browsers and the PDF pick
    Simplified Chinese glyphs rather than Japanese variants of the same characters.
    """
    output = output.replace('<html lang="zh" ', '<html lang="zh-Hans" ', 1)
    output = _HEAD_ALTERNATE.sub("", output)
    label = "Search" if '<html lang="en"' in output else "搜索"
    output = output.replace('role="dialog"', f'role="dialog" aria-label="{label}"', 1)
    if 'class="diagram-mermaid"' not in output:
        return output
    m = _BUNDLE.search(output)
    if not m:
        raise PluginError(f"{where}: theme bundle script not found")
    tag = f'<script src="{m.group(1)}javascripts/diagrams.js" defer></script>\n    '
    return output[: m.start()] + tag + output[m.start() :]


def on_post_template(output, template_name, config):
    """The 404 page: finish it like the others; its language links go to each home page."""
    if template_name != "404.html":
        return output
    base = urlsplit(config["site_url"]).path.rstrip("/")
    for lang, home in (("zh", f"{base}/"), ("en", f"{base}/en/")):
        output = re.sub(rf'href="[^"]*"(\s+hreflang="{lang}")', rf'href="{home}"\1', output)
    return finish_html(output, "404.html")


_ARTICLE = '<article class="md-content__inner md-typeset">'
PDF_LABEL = {"zh": "下载本指南的 PDF", "en": "Download this guide as PDF"}
PDF_ICON = (  # Material Design "file-pdf-box" icon, inline: no request
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true">'
    '<path d="M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2'
    "m-9.5 8.5c0 .83-.67 1.5-1.5 1.5H7v2H5.5V9H8c.83 0 1.5.67 1.5 1.5zm5 2c0 .83-.67 "
    "1.5-1.5 1.5h-2.5V9H13c.83 0 1.5.67 1.5 1.5zm4-3H17v1h1.5V13H17v2h-1.5V9h3zm-6.5 "
    '0h1v3h-1zm-5 0h1v1H7z"/></svg>'
)


def _add_pdf_button(output: str, page) -> str:
    """Offer the page's language PDF (site/pdf/, written by `make pdf`) on every page."""
    if os.environ.get("PDF_BUILD") == "true" or _ARTICLE not in output:
        return output
    m = _BUNDLE.search(output)
    lang = "en" if page.file.src_uri.endswith(".en.md") else "zh"
    root = m.group(1) if m else ""
    button = (
        f'<a href="{root}pdf/python-asyncio-guide.{lang}.pdf" class="md-content__button '
        f'md-icon pdf-download" title="{PDF_LABEL[lang]}" download>{PDF_ICON}</a>'
    )
    return output.replace(_ARTICLE, _ARTICLE + button, 1)


def on_post_build(config):
    """Copy the pinned mermaid into this build's site (each language is one build)."""
    if not MERMAID_SRC.is_file():
        raise PluginError(
            f"{MERMAID_SRC} is missing (fix: run 'npm ci' in {ROOT}, "
            "or 'make build', which does it)"
        )
    dest = Path(config["site_dir"]) / MERMAID_DEST
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MERMAID_SRC, dest)
    # The print-site plugin (make pdf) writes its page after on_post_page has run.
    print_page = Path(config["site_dir"]) / "print_page" / "index.html"
    if print_page.is_file():
        html = finish_html(print_page.read_text("utf-8"), "print_page")
        print_page.write_text(html, "utf-8")
