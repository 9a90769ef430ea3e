"""Build the offline PDF of the whole guide, one per language: ``make pdf``.

For each language: a strict MkDocs build of that language alone with the print-site
plugin switched on (``PDF_BUILD``, ``PDF_LOCALE``: see mkdocs.yml), served on 127.0.0.1,
then printed by Debian's Chromium (driven by playwright) once every mermaid diagram has
rendered, with page numbers, and given PDF bookmarks that follow the navigation. The cover names the guide's version, the
build date and the commit. Nothing is fetched from the network.

Output: site/pdf/python-asyncio-guide.<lang>.pdf

Built once per set of sources: each PDF is also kept in artifacts/pdf/ with a digest of
everything that goes into it (pages, snippets, hooks, theme overrides, configuration,
pinned tool versions, cover details, Chromium). A later run whose digest matches copies
it instead of printing again, so a CI job that runs `make test` (which builds the PDFs
to check them) and then `make pdf` prints each PDF once. A release build (RELEASE=1)
reuses a PDF only when no English page is stale, since it must refuse stale pages;
``--fresh`` always prints.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from strict_build import strict_build  # scripts/strict_build.py: never -q

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hooks.page_model import LANGS, ROOT, nav_entries, nav_label  # noqa: E402

OUT = ROOT / "site" / "pdf"
CACHE = ROOT / "artifacts" / "pdf"
#: What goes into a PDF besides the cover details: a change to any of it prints anew.
SOURCES = ("docs", "snippets", "hooks", "overrides", "scripts")
SOURCE_FILES = ("mkdocs.yml", "requirements.txt", "package-lock.json")
# Debian's chromium; CHROMIUM=/path overrides (e.g. a CI runner without Debian packages)
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
TOC_TITLE = {"zh": "目录", "en": "Contents"}
FOOTER = {
    "zh": "第 <span class='pageNumber'></span> 页，共 <span class='totalPages'></span> 页",
    "en": "Page <span class='pageNumber'></span> of <span class='totalPages'></span>",
}


def pdf_path(lang: str, out: Path = OUT) -> Path:
    return out / f"python-asyncio-guide.{lang}.pdf"


def git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def build_info() -> dict[str, str]:
    """Version, date and commit for the cover (also passed to mkdocs as PDF_*)."""
    commit = git("rev-parse", "--short=12", "HEAD") or "unknown"
    if git("status", "--porcelain", "--", "docs", "snippets", "mkdocs.yml"):
        commit += "+local-changes"
    version = git("describe", "--tags", "--abbrev=0") or "0.1"
    return {
        "PDF_VERSION": version,
        "PDF_DATE": dt.datetime.now(dt.UTC).date().isoformat(),
        "PDF_COMMIT": commit,
    }


def sources_key(lang: str, info: dict[str, str]) -> str:
    """A digest of everything one language's PDF is made from (see the module doc)."""
    digest = hashlib.sha256(f"{lang} {sorted(info.items())}".encode())
    chromium = Path(CHROMIUM)
    if chromium.is_file():
        digest.update(f"{chromium.resolve()} {chromium.resolve().stat().st_mtime_ns}".encode())
    files = [ROOT / name for name in SOURCE_FILES if (ROOT / name).is_file()]
    for folder in SOURCES:
        files += sorted(
            p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        )
    for path in files:
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def release_refuses_a_page() -> bool:
    """Whether a release build would stop at a stale English page (hooks/translation.py)."""
    from hooks.page_model import meta_of
    from hooks.translation import accepts_stale, is_translation, staleness

    for page in (ROOT / "docs").rglob("*.md"):
        if not is_translation(page):
            continue
        meta = meta_of(page)
        if staleness(page, meta) and not accepts_stale(meta):
            return True
    return False


def reuse(lang: str, key: str, dest: Path) -> bool:
    """Copy the kept PDF of these exact sources to dest, if there is one."""
    kept = pdf_path(lang, CACHE)
    stamp = kept.with_suffix(".key")
    if not (kept.is_file() and stamp.is_file() and stamp.read_text().strip() == key):
        return False
    if os.environ.get("RELEASE") == "1" and release_refuses_a_page():
        return False  # print, so that the build refuses it with its own message
    if kept.resolve() != dest.resolve():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(kept, dest)
    return True


def keep(lang: str, key: str, built: Path) -> None:
    kept = pdf_path(lang, CACHE)
    kept.parent.mkdir(parents=True, exist_ok=True)
    if kept.resolve() != built.resolve():
        shutil.copyfile(built, kept)
    kept.with_suffix(".key").write_text(key + "\n")


def missing_tools() -> list[str]:
    """Debian packages the PDF needs that are not installed."""
    need = []
    if not Path(CHROMIUM).is_file():
        need.append("chromium")
    fonts = subprocess.run(["fc-list", ":lang=zh-cn"], capture_output=True, text=True)
    if "Noto Sans CJK SC" not in fonts.stdout and "Noto Serif CJK SC" not in fonts.stdout:
        need.append("fonts-noto-cjk")
    if not shutil.which("pdftotext"):
        need.append("poppler-utils")
    return need


def build_print_site(lang: str, dest: Path, info: dict[str, str]) -> None:
    """The print site of one language, as strict as `make build` (a warning fails it)."""
    env = {**info, "PDF_BUILD": "true", "PDF_LOCALE": lang, "PDF_TOC_TITLE": TOC_TITLE[lang]}
    code, problems = strict_build(dest, ROOT, env)
    if code:
        sys.exit(f"mkdocs build for the {lang} PDF failed:\n{problems}")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def print_pdf(url: str, dest: Path, lang: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        foreign: list[str] = []
        page.on(
            "request",
            lambda r: (
                r.url.startswith("http") and "127.0.0.1" not in r.url and foreign.append(r.url)
            ),
        )
        page.goto(url, wait_until="networkidle")
        page.emulate_media(media="print")
        # every diagram rendered (docs/javascripts/diagrams.js renders all on this page)
        page.wait_for_function(
            "document.querySelectorAll('div.diagram-mermaid svg').length"
            " === document.querySelectorAll('.diagram-mermaid').length",
            timeout=60000,
        )
        page.evaluate("document.fonts.ready")
        if foreign:
            sys.exit(f"the {lang} print page requested other origins: {foreign}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        page.pdf(
            path=str(dest),
            format="A4",
            print_background=True,
            margin={"top": "16mm", "bottom": "18mm", "left": "15mm", "right": "15mm"},
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=(
                "<div style='width:100%;font-size:8px;text-align:center;color:#666'>"
                f"{FOOTER[lang]}</div>"
            ),
            tagged=True,  # accessible structure; bookmarks come from add_outline()
        )
        browser.close()


def navigation(lang: str) -> list[tuple[str | None, list[Path]]]:
    """The nav as (section label or None, page sources), labels in ``lang``."""
    result: list[tuple[str | None, list[Path]]] = []
    for entry in nav_entries():
        label = nav_label(entry.section, lang) if entry.section else None
        if label and result and result[-1][0] == label:
            result[-1][1].append(entry.page(lang))
        else:
            result.append((label, [entry.page(lang)]))
    return result


def h1(page: Path) -> str:
    return re.search(r"^# (.+)$", page.read_text("utf-8"), re.M)[1].strip()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def add_outline(pdf: Path, lang: str) -> None:
    """Bookmarks that follow the navigation: each section, and each page by its title."""
    reader = PdfReader(pdf)
    writer = PdfWriter(clone_from=reader)
    pdftotext = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    texts = [squash(t) for t in pdftotext.stdout.split("\f")]
    toc_pages = [i for i, t in enumerate(texts) if t.startswith(TOC_TITLE[lang])]
    if not toc_pages:
        sys.exit(f"{pdf}: no table of contents page found")
    writer.add_outline_item(title=TOC_TITLE[lang], page_number=toc_pages[0])
    position = toc_pages[-1] + 1

    def start_of(page: Path) -> int:
        nonlocal position
        title = squash(h1(page))
        for i in range(position, len(texts)):
            if title in texts[i]:
                position = i
                return i
        sys.exit(f"{pdf}: the page of {page.relative_to(ROOT)} ({h1(page)!r}) was not found")

    for label, pages in navigation(lang):
        starts = [start_of(page) for page in pages]
        parent = writer.add_outline_item(title=label, page_number=starts[0]) if label else None
        for page, start in zip(pages, starts, strict=False):
            writer.add_outline_item(title=h1(page), page_number=start, parent=parent)
    writer.page_mode = "/UseOutlines"
    with open(pdf, "wb") as f:
        writer.write(f)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, action="append", help="default: both")
    parser.add_argument("--out", type=Path, default=OUT, help="default: site/pdf")
    parser.add_argument("--fresh", action="store_true", help="print even if a kept PDF matches")
    args = parser.parse_args()
    need = missing_tools()
    if need:
        sys.exit(f"make pdf needs {', '.join(need)} (fix: sudo apt-get install {' '.join(need)})")
    info = build_info()
    for lang in args.lang or LANGS:
        key = sources_key(lang, info)
        if not args.fresh and reuse(lang, key, pdf_path(lang, args.out)):
            pdf = pdf_path(lang, args.out)
            print(
                f"{pdf}: {pdf.stat().st_size / 1e6:.1f} MB, commit {info['PDF_COMMIT']} "
                f"(kept from an earlier build of the same sources: {CACHE.relative_to(ROOT)})"
            )
            continue
        with tempfile.TemporaryDirectory() as tmp:
            build_print_site(lang, Path(tmp) / "docs", info)
            handler = functools.partial(Quiet, directory=tmp)
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            try:
                url = f"http://127.0.0.1:{server.server_port}/docs/print_page/"
                print_pdf(url, pdf_path(lang, args.out), lang)
                add_outline(pdf_path(lang, args.out), lang)
            finally:
                server.shutdown()
        pdf = pdf_path(lang, args.out)
        keep(lang, key, pdf)
        print(f"{pdf}: {pdf.stat().st_size / 1e6:.1f} MB, commit {info['PDF_COMMIT']}")


if __name__ == "__main__":
    main()
