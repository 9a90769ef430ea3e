"""Measure the guide against its budgets: ``make bench`` (``make bench-stress`` adds the
flaky-example hunt). Prints a table and writes it to BENCHMARKS.md.

Reader side, for the home page and the heaviest content page in each language, served
from 127.0.0.1 with gzip as a CDN would: bytes transferred and requests on first load by
kind, cross-origin requests, Lighthouse (mobile: median of 5 runs; desktop: one run).
The same pages built with stock mkdocs-material defaults (Google Fonts, mermaid from a
CDN; same Markdown) are measured in the same run; this machine has no internet, so the stock page's cross-origin requests are
counted but their bytes cannot be, and the ratio ours/stock is a lower bound for stock.
Search: keystroke-to-results time. The Run buttons (hooks/runner.py) on the heaviest
page that has one: no runtime request before a click (the page weight and Lighthouse rows
are taken before any click), the runtime's transfer on the first click, and click-to-output
time cold (nothing cached) and warm (the page loaded again, runtime from the cache).
Contributor side: cold and warm build per language,
time for an edit to show in `make serve`, `make test` total and per phase, snippet checks
per interpreter, `make pdf` time and sizes.

CPython's own asyncio-task page (the 3.14 documentation as Debian's python3.14-doc ships
it) is served and measured the same way beside ours, when that package is found (on this
machine, or installed into the Debian sid tree of scripts/pythons.py).

Budgets (pass/fail here, never timed tests): the heaviest content page transfers at most
100 KB on first view (gzip), <= 1.0x stock, with 0 cross-origin requests; its Lighthouse
mobile median is >= 98 and >= stock Material's in the same run, total blocking time <= 50
ms, and 100 for accessibility, best practices and SEO; `make test` <= 300 s; one page's
checks (`make check`) <= 30 s; any single selected test <= 10 s; an edit visible in
`make serve` within 2 s.

``--pages 35 --pages 100``: growth, measured in a temporary copy of the project grown to
that many pages by copying today's pages round-robin (with their snippets, so size and
snippet count per page match today's average): `make test` time (<= 360 s at 35 pages),
build time, edit -> visible, first-view transfer of a content page (at 100 pages within
10 % of today's).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

from project_files import copy_project  # scripts/project_files.py
from pythons import SUPPORTED, exact  # scripts/pythons.py: the interpreters

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
REPORT = ROOT / "BENCHMARKS.md"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# The same script and flags as `make serve` (Makefile).
SERVE_ARGS = ("--livereload",)
# Lighthouse runs per mobile measurement (the budgeted ones; desktop: one run each).
LIGHTHOUSE_RUNS = 5
KINDS = ("html", "css", "js", "font", "search", "other")
#: What `make bench` measures; --only picks some.
SECTIONS = ("reader", "contrib", "growth", "stress")
#: The content page whose first view is compared as the guide grows (the heaviest today).
CONTENT_PAGE = "basics/cancellation/"
#: CPython's page on the same subject, in its own documentation (python3.14-doc).
CPYTHON_PAGE = "library/asyncio-task.html"


def run(cmd, **kw) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=kw.pop("env", ENV), **kw)
    return time.perf_counter() - start, proc


def must(proc: subprocess.CompletedProcess, what: str) -> None:
    if proc.returncode:
        sys.exit(f"{what} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")


# --- the two sites --------------------------------------------------------------


def stock_config(dest: Path) -> Path:
    """mkdocs.yml as a stock mkdocs-material site: theme defaults, no hooks, no extra CSS."""
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    text = re.sub(r"^  font: false\n", "", text, flags=re.M)
    text = re.sub(r"^  custom_dir: overrides\n", "", text, flags=re.M)
    text = re.sub(r"^extra_css:\n(  - .*\n)+", "", text, flags=re.M)
    text = re.sub(r"^hooks:\n(  - .*\n)+", "", text, flags=re.M)
    text = text.replace("docs_dir: docs", f"docs_dir: {ROOT / 'docs'}")
    text = text.replace("!relative $config_dir/snippets", str(ROOT / "snippets"))
    config = dest / "mkdocs.yml"
    config.write_text(text, "utf-8")
    return config


def build(config: Path, out: Path, locale: str | None = None) -> float:
    env = {**ENV, **({"PDF_LOCALE": locale} if locale else {})}
    seconds, proc = run(
        [str(BIN / "mkdocs"), "build", "-q", "-f", str(config), "-d", str(out)], env=env, cwd=ROOT
    )
    must(proc, f"mkdocs build {config}")
    return seconds


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the browser accepts it (as a CDN serves them)."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        text = path.suffix in (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".map")
        text = text or path.suffix == ".wasm"  # the runner's CPython compresses to 37%
        if not path.is_file() or not text or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


def serve(folder: Path, prefix: str = "docs/") -> tuple[str, http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/{prefix}", server


# --- reader side ------------------------------------------------------------------


def kind_of(url: str, resource_type: str) -> str:
    if "search_index" in url:
        return "search"
    return {"document": "html", "stylesheet": "css", "script": "js", "font": "font"}.get(
        resource_type, "other"
    )


def first_load(browser, url: str) -> dict:
    """Bytes on the wire and requests by kind; cross-origin requests."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    requests = []
    page.on("requestfinished", lambda r: requests.append(r))
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)
    result = {k: {"bytes": 0, "requests": 0} for k in KINDS}
    cross = [u for u in failed if not u.startswith("http://127.0.0.1")]
    for r in requests:
        if not r.url.startswith("http://127.0.0.1"):
            cross.append(r.url)
            continue
        sizes = r.sizes()
        k = kind_of(r.url, r.resource_type)
        result[k]["bytes"] += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        result[k]["requests"] += 1
    context.close()
    total = sum(v["bytes"] for v in result.values())
    return {
        "kinds": result,
        "total": total,
        "requests": len(requests),
        "cross_origin": sorted(set(cross)),
    }


def lighthouse_once(url: str, preset: str) -> dict:
    out = Path(tempfile.mkstemp(suffix=".json")[1])
    cmd = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
    ]
    if preset == "desktop":
        cmd.append("--preset=desktop")
    _, proc = run(cmd, env={**ENV, "CHROME_PATH": CHROMIUM})
    if proc.returncode or not out.stat().st_size:
        sys.exit(f"lighthouse {preset} {url} failed:\n{proc.stderr[-1000:]}")
    data = json.loads(out.read_text())
    out.unlink()
    scores = {
        k: round(v["score"] * 100) if v["score"] is not None else None
        for k, v in data["categories"].items()
    }
    scores["tbt"] = round(data["audits"]["total-blocking-time"]["numericValue"])
    return scores


def lighthouse(url: str, preset: str, runs: int) -> tuple[dict, str]:
    """Each category's median score over `runs` Lighthouse runs, and how they spread.

    One run's performance score moves by a few points on an unchanged page (the same
    page gave 94, 96 and 98 in three bench runs here); Lighthouse's variability guide
    says the median of 5 runs is about twice as stable as one run.
    """
    scores = [lighthouse_once(url, preset) for _ in range(runs)]
    median = {k: statistics.median_low([s[k] for s in scores]) for k in scores[0]}
    # "tbt" is the median total blocking time in ms
    perf = sorted(s["performance"] for s in scores)
    spread = f"median of {runs}, perf {perf[0]}-{perf[-1]}" if runs > 1 else "1 run"
    return median, spread


def runner_first_run(browser, url: str) -> dict:
    """The Run button (hooks/runner.py) on one page: runtime requests before any click
    (must be none), seconds from a click on the first Run button to its finished output
    with nothing cached (cold) and with the page loaded again (warm: the runtime comes
    from the Cache API and the HTTP cache), and the runtime's bytes on the wire."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    runtime = []
    page.on("requestfinished", lambda r: "/assets/pyodide/" in r.url and runtime.append(r))
    page.goto(url, wait_until="networkidle")
    before = len(runtime)

    def click() -> float:
        start = time.perf_counter()
        page.locator(".runner__run").first.click()
        page.wait_for_selector("div.runner[data-state=done]", timeout=120_000)
        return time.perf_counter() - start

    cold = click()
    wire = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in runtime)
    page.reload(wait_until="networkidle")
    warm = click()
    context.close()
    return {"before": before, "cold": cold, "warm": warm, "bytes": wire, "files": len(runtime)}


def search_latency(browser, url: str, query: str) -> float:
    page = browser.new_page()
    page.goto(url, wait_until="networkidle")
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    box.fill(query[:-1])
    start = time.perf_counter()
    box.press_sequentially(query[-1])
    box.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    seconds = time.perf_counter() - start
    page.close()
    return seconds


def heaviest_page(site: Path, lang: str, runnable: bool = False) -> str:
    """The content page (<category>/<slug>/) with the most HTML, in one language (with
    ``runnable``: of the pages with a Run button)."""
    base = site if lang == "zh" else site / "en"
    pages = [
        p
        for p in base.glob("*/*/index.html")
        if (lang == "en" or p.relative_to(site).parts[0] != "en")
        and (not runnable or 'class="runner" data-snippet=' in p.read_text("utf-8"))
    ]
    best = max(pages, key=lambda p: p.stat().st_size)
    return best.parent.relative_to(site).as_posix() + "/"


# --- contributor side ------------------------------------------------------------------


def edit_to_screen(tmp: Path, root: Path = ROOT) -> float:
    """Seconds from saving a page to `mkdocs serve` serving the change."""
    copy = tmp / "serve-copy"
    shutil.rmtree(copy, ignore_errors=True)
    copy_project(root, copy)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "scripts" / "serve.py"),
            *SERVE_ARGS,
            "-a",
            f"127.0.0.1:{port}",
        ],
        cwd=copy,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/docs/glossary/"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        page = copy / "docs" / "glossary.zh.md"
        marker = f"bench-marker-{time.time_ns()}"
        start = time.perf_counter()
        page.write_text(page.read_text("utf-8") + f"\n{marker}\n", "utf-8")
        while time.perf_counter() - start < 60:
            try:
                if marker in urllib.request.urlopen(url, timeout=5).read().decode():
                    return time.perf_counter() - start
            except OSError:
                pass
            time.sleep(0.05)
        return float("inf")
    finally:
        server.terminate()
        server.wait()


def make_test_phases(tmp: Path, root: Path = ROOT) -> tuple[float, dict[str, float]]:
    """`make test`'s time, and each test module's share. In a grown copy (no Makefile
    set-up of its own: it shares this project's .venv) the same pytest run."""
    junit = tmp / "junit.xml"
    if root == ROOT:
        seconds, proc = run(["make", "test", f"PYTEST_ARGS=--junitxml={junit}"], cwd=ROOT)
    else:
        seconds, proc = run([str(BIN / "pytest"), f"--junitxml={junit}"], cwd=root)
    must(proc, f"make test in {root}")
    phases: dict[str, float] = {}
    for case in ET.parse(junit).iter("testcase"):
        module = case.get("classname", "").split(".")[-1] or "?"
        phases[module] = phases.get(module, 0.0) + float(case.get("time", 0))
    return seconds, phases


#: The snippet checks alone: every snippet run on the selected interpreters.
SNIPPET_SUITE = [
    str(BIN / "pytest"),
    *("-q", "-p", "no:cacheprovider", "tests/test_snippets.py", "-k", "test_snippet_output"),
]


def snippet_time(version: str) -> float:
    seconds, proc = run(
        SNIPPET_SUITE,
        cwd=ROOT,
        env={**ENV, "SNIPPET_PYTHONS": version},
    )
    must(proc, f"snippets on {version}")
    return seconds


def stress(runs: int) -> tuple[int, int]:
    """The snippet suite `runs` times with every core busy; returns (runs, failed runs)."""
    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 2)
    ]
    failed = 0
    try:
        for i in range(runs):
            _, proc = run(
                SNIPPET_SUITE,
                cwd=ROOT,
            )
            if proc.returncode:
                failed += 1
                print(f"stress run {i + 1}: FAILED\n{proc.stdout[-2000:]}")
            else:
                print(f"stress run {i + 1}/{runs}: ok")
    finally:
        for b in burners:
            b.kill()
    return runs, failed


def single_test_time() -> float:
    """One selected test on its own: collection and set-up must not start the heavy work
    (snippet runs, PDF build) of the tests -k left out."""
    seconds, proc = run(
        [
            str(BIN / "pytest"),
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_pages.py",
            "-k",
            "navigation_lists_every_page",
        ],
        cwd=ROOT,
    )
    must(proc, "a single test")
    return seconds


def inner_loop_time(page: str = "basics/cancellation") -> float:
    """`make check PAGE=...`: one page's checks, every interpreter, build and browser."""
    seconds, proc = run([sys.executable, str(ROOT / "scripts/check_page.py"), page], cwd=ROOT)
    must(proc, f"make check PAGE={page}")
    return seconds


# --- growth: the same measures on a copy grown to N pages -----------------------------


def guide_pages(root: Path) -> list[tuple[str, str]]:
    """(category, slug) of every guide page with examples, in a stable order."""
    return sorted(
        (zh.parent.name, zh.name.removesuffix(".zh.md"))
        for zh in (root / "docs").glob("*/*.zh.md")
        if (root / "snippets" / zh.parent.name / zh.name.removesuffix(".zh.md")).is_dir()
    )


def grow(dest: Path, pages: int) -> Path:
    """A copy of the project with `pages` guide pages: today's, plus copies of them taken
    round-robin (each with its snippets and its per-version outputs; includes, permalink,
    titles and nav entries renamed), so pages keep today's average size and snippet count.
    The copies' translations are marked in step."""
    copy_project(ROOT, dest)
    originals = guide_pages(ROOT)
    config = (dest / "mkdocs.yml").read_text("utf-8")
    added: list[str] = []
    for n in range(max(pages - len(originals), 0)):
        category, slug = originals[n % len(originals)]
        new = f"copy{n + 1}-{slug}"
        shutil.copytree(ROOT / "snippets" / category / slug, dest / "snippets" / category / new)
        titles = {}
        for lang in ("zh", "en"):
            text = (ROOT / "docs" / category / f"{slug}.{lang}.md").read_text("utf-8")
            text = text.replace(f'"{category}/{slug}/', f'"{category}/{new}/')
            text = re.sub(
                r"^(permalink: .*/)" + re.escape(slug) + "/$", rf"\g<1>{new}/", text, flags=re.M
            )
            short = re.search(r"^short_title: (.*)$", text, re.M)[1].strip()
            titles[lang] = f"{short} {n + 1}"
            text = re.sub(r"^short_title: .*$", f"short_title: {titles[lang]}", text, flags=re.M)
            (dest / "docs" / category / f"{new}.{lang}.md").write_text(text, "utf-8")
        nav_line = re.search(
            rf"^ +- [^\n]*: {re.escape(category)}/{re.escape(slug)}\.md$", config, re.M
        )
        indent = nav_line[0][: len(nav_line[0]) - len(nav_line[0].lstrip())]
        config = config.replace(
            nav_line[0], nav_line[0] + f"\n{indent}- {titles['zh']}: {category}/{new}.md", 1
        )
        config = config.replace(
            "          nav_translations:\n",
            f"          nav_translations:\n            {titles['zh']}: {titles['en']}\n",
            1,
        )
        added.append(f"docs/{category}/{new}.en.md")
    (dest / "mkdocs.yml").write_text(config, "utf-8")
    if added:
        _, proc = run([sys.executable, "scripts/translations.py", "mark", *added], cwd=dest)
        must(proc, "marking the grown pages translated")
    return dest


def first_view(site_root: Path, path: str) -> dict:
    from playwright.sync_api import sync_playwright

    url, server = serve(site_root)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            result = first_load(browser, url + path)
            browser.close()
    finally:
        server.shutdown()
    return result


def growth(pages: int, tmp: Path, today: dict, row, with_make_test: bool) -> None:
    """The growth measures at `pages` pages, beside today's figures in `today`."""
    copy = grow(tmp / f"grown-{pages}", pages)
    n = len(guide_pages(copy))
    label = f"{n} pages"
    site = tmp / f"grown-{pages}-site"
    seconds = build(copy / "mkdocs.yml", site / "docs")
    row("growth", f"{label}: build (both languages)", f"{seconds:.1f} s")
    view = first_view(site, CONTENT_PAGE)
    ratio = view["total"] / today["transfer"]
    row(
        "growth",
        f"{label}: first view of {CONTENT_PAGE} (vs today's {kb(today['transfer'])})",
        f"{kb(view['total'])} ({ratio:.2f}x)",
        ok=ratio <= 1.10 if pages >= 100 else None,
        budget="<= 1.10x at 100 pages",
    )
    shutil.rmtree(site, ignore_errors=True)
    seconds = edit_to_screen(tmp / f"grown-{pages}-serve", copy)
    row("growth", f"{label}: edit -> visible in make serve", f"{seconds:.2f} s")
    if with_make_test:
        total, _ = make_test_phases(tmp, copy)
        row(
            "growth",
            f"{label}: make test",
            f"{total:.0f} s",
            ok=total <= 360 if 30 <= pages <= 40 else None,
            budget="<= 360 s at 35 pages",
        )


# --- CPython's own page, for comparison ------------------------------------------------


def cpython_docs() -> Path | None:
    """The html folder of Debian's python3.14-doc: on this machine, or in the Debian sid
    tree that scripts/pythons.py unpacks (installed there when missing, as root)."""
    from pythons import SID

    places = [Path("/usr/share/doc/python3.14-doc/html"), SID / "usr/share/doc/python3.14-doc/html"]
    for place in places:
        if (place / "library" / "asyncio-task.html").is_file():
            return place
    if SID.is_dir() and os.geteuid() == 0 and shutil.which("chroot"):
        for step in (
            ["apt-get", "-q", "update"],
            ["apt-get", "install", "-y", "-q", "--no-install-recommends", "python3.14-doc"],
        ):
            _, proc = run(["chroot", str(SID), *step])
            if proc.returncode:
                return None
        return places[1] if (places[1] / "library" / "asyncio-task.html").is_file() else None
    return None


# --- report ------------------------------------------------------------------------


def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--stress", type=int, default=0, help="also run the snippet suite N times under load"
    )
    parser.add_argument(
        "--skip-make-test", action="store_true", help="leave out the make test timings"
    )
    parser.add_argument(
        "--pages",
        type=int,
        action="append",
        default=[],
        help="also measure a copy grown to N pages (repeatable: --pages 35 --pages 100)",
    )
    parser.add_argument(
        "--only",
        choices=SECTIONS,
        action="append",
        help="measure only these sections (repeatable); the report then goes to "
        "BENCHMARKS-<sections>.md, so BENCHMARKS.md always holds a whole run",
    )
    args = parser.parse_args()
    sections = set(args.only or SECTIONS)
    from playwright.sync_api import sync_playwright

    rows: list[tuple[str, str, str, str]] = []  # (section, measure, value, budget verdict)
    verdicts: list[bool] = []

    def row(section, measure, value, ok=None, budget=""):
        verdict = "" if ok is None else ("PASS " if ok else "FAIL ") + budget
        if ok is not None:
            verdicts.append(ok)
        rows.append((section, measure, value, verdict))
        print(f"{section:10} {measure:48} {value:>24}  {verdict}")

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        today: dict = {}
        if "reader" in sections:
            ours, stock = tmp / "ours", tmp / "stock"
            build(ROOT / "mkdocs.yml", ours / "docs")
            build(stock_config(tmp), stock / "docs")
            ours_url, ours_server = serve(ours)
            stock_url, stock_server = serve(stock)
            heaviest = {lang: heaviest_page(ours / "docs", lang) for lang in ("zh", "en")}
            pages = {
                "home (zh)": "",
                "home (en)": "en/",
                f"heaviest (zh) {heaviest['zh']}": heaviest["zh"],
                f"heaviest (en) {heaviest['en']}": heaviest["en"],
            }
            docs = cpython_docs()
            cpython = serve(docs, "") if docs else None
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=CHROMIUM,
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                for name, path in pages.items():
                    a = first_load(browser, ours_url + path)
                    b = first_load(browser, stock_url + path)
                    kinds = ", ".join(
                        f"{k} {kb(a['kinds'][k]['bytes'])}/{a['kinds'][k]['requests']}"
                        for k in KINDS
                        if a["kinds"][k]["requests"]
                    )
                    content = name.startswith("heaviest")
                    row(
                        "reader",
                        f"{name}: transfer, requests",
                        f"{kb(a['total'])}, {a['requests']}",
                        ok=a["total"] <= 100 * 1024 if content else None,
                        budget="<= 100 KB",
                    )
                    row("reader", f"{name}: by kind (bytes/requests)", kinds)
                    row(
                        "reader",
                        f"{name}: stock transfer (same-origin), requests",
                        f"{kb(b['total'])}, {b['requests']} + {len(b['cross_origin'])} cross-origin",
                    )
                    ratio = a["total"] / b["total"]
                    row(
                        "reader",
                        f"{name}: ours/stock transfer",
                        f"{ratio:.2f}x",
                        ok=ratio <= 1.0 if content else None,
                        budget="<= 1.0x",
                    )
                    row(
                        "reader",
                        f"{name}: cross-origin requests (ours / stock)",
                        f"{len(a['cross_origin'])} / {len(b['cross_origin'])}",
                        ok=not a["cross_origin"],
                        budget="ours = 0",
                    )
                today["transfer"] = first_load(browser, ours_url + CONTENT_PAGE)["total"]
                if cpython:
                    c = first_load(browser, cpython[0] + CPYTHON_PAGE)
                    row(
                        "reader",
                        f"CPython 3.14 docs {CPYTHON_PAGE}: transfer, requests",
                        f"{kb(c['total'])}, {c['requests']}",
                    )
                else:
                    row(
                        "reader", "CPython 3.14 docs page", "not measured: python3.14-doc not found"
                    )
                runnable = heaviest_page(ours / "docs", "zh", runnable=True)
                runner = runner_first_run(browser, ours_url + runnable)
                row(
                    "runner",
                    f"runtime requests before any click ({runnable})",
                    str(runner["before"]),
                    ok=runner["before"] == 0,
                    budget="= 0",
                )
                row(
                    "runner",
                    "runtime transfer on the first click (gzip), files",
                    f"{kb(runner['bytes'])}, {runner['files']}",
                )
                row("runner", "click -> output, cold (nothing cached)", f"{runner['cold']:.2f} s")
                row(
                    "runner", "click -> output, warm (page loaded again)", f"{runner['warm']:.2f} s"
                )
                for lang, url, query in (
                    ("zh", ours_url, "取消"),
                    ("en", ours_url + "en/", "cancellation"),
                ):
                    t = min(search_latency(browser, url, query) for _ in range(3))
                    row(
                        "reader",
                        f"search keystroke->results ({lang}, {query}; index fetched on first use)",
                        f"{t * 1000:.0f} ms",
                    )
                browser.close()
            targets = [(name, ours_url, path) for name, path in pages.items()]
            if cpython:
                targets.append((f"CPython 3.14 docs {CPYTHON_PAGE}", cpython[0], CPYTHON_PAGE))
            for name, base, path in targets:
                for preset in ("mobile", "desktop"):
                    runs = LIGHTHOUSE_RUNS if preset == "mobile" else 1
                    sides = [("ours", base)]
                    if base == ours_url:
                        sides.append(("stock", stock_url))
                    results = {side: lighthouse(url + path, preset, runs) for side, url in sides}
                    for side, (scores, spread) in results.items():
                        budgeted = side == "ours" and preset == "mobile" and base == ours_url
                        heavy = name.startswith("heaviest")
                        stock_perf = results["stock"][0]["performance"] if "stock" in results else 0
                        ok = None
                        if budgeted:
                            ok = all(
                                scores[k] == 100 for k in ("accessibility", "best-practices", "seo")
                            ) and scores["performance"] >= (98 if heavy else 95)
                            if heavy:
                                ok = (
                                    ok
                                    and scores["tbt"] <= 50
                                    and scores["performance"] >= stock_perf
                                )
                        row(
                            "lighthouse",
                            f"{name} {preset} ({side}; {spread})",
                            " ".join(f"{k[:4]} {v}" for k, v in scores.items()),
                            ok=ok,
                            budget=(
                                "perf >= 98 and >= stock, TBT <= 50 ms, others 100"
                                if budgeted and heavy
                                else "perf >= 95, others 100"
                            ),
                        )
            ours_server.shutdown()
            stock_server.shutdown()
            if cpython:
                cpython[1].shutdown()

        if "contrib" in sections:
            for locale in ("zh", "en"):
                # cold: no jieba dictionary cache and no compiled-template cache
                (Path(tempfile.gettempdir()) / "jieba.cache").unlink(missing_ok=True)
                shutil.rmtree(ROOT / ".cache" / "jinja", ignore_errors=True)
                cold = build(ROOT / "mkdocs.yml", tmp / f"cold-{locale}", locale)
                warm = build(ROOT / "mkdocs.yml", tmp / f"warm-{locale}", locale)
                row("contrib", f"build {locale}: cold / warm", f"{cold:.1f} s / {warm:.1f} s")
            seconds = edit_to_screen(tmp)
            row(
                "contrib",
                "edit -> visible in make serve",
                f"{seconds:.2f} s",
                ok=seconds <= 2,
                budget="<= 2 s",
            )
            seconds = single_test_time()
            row(
                "contrib",
                "one selected test (navigation_lists_every_page)",
                f"{seconds:.1f} s",
                ok=seconds <= 10,
                budget="<= 10 s",
            )
            seconds = inner_loop_time()
            row(
                "contrib",
                "make check PAGE=basics/cancellation (inner loop)",
                f"{seconds:.1f} s",
                ok=seconds <= 30,
                budget="<= 30 s",
            )
            for version in SUPPORTED:
                label = f"snippet checks on Python {exact(version) or version + ' (missing)'}"
                row("contrib", label, f"{snippet_time(version):.1f} s")
            pdf_seconds, proc = run(
                [
                    sys.executable,
                    str(ROOT / "scripts/build_pdf.py"),
                    "--fresh",
                    "--out",
                    str(tmp / "pdf"),
                ],
                cwd=ROOT,
            )
            must(proc, "make pdf")
            sizes = ", ".join(
                f"{p.name.split('.')[-2]} {p.stat().st_size / 1e6:.1f} MB"
                for p in sorted((tmp / "pdf").glob("*.pdf"))
            )
            row("contrib", "make pdf: time, sizes", f"{pdf_seconds:.0f} s, {sizes}")
            if not args.skip_make_test:
                total, phases = make_test_phases(tmp)
                row(
                    "contrib",
                    "make test total (2-core budget)",
                    f"{total:.0f} s",
                    ok=total <= 300,
                    budget="<= 300 s",
                )
                for module, secs in sorted(phases.items(), key=lambda kv: -kv[1]):
                    row("contrib", f"  make test phase {module}", f"{secs:.0f} s")
                # The snippet runs start in background threads at collection (tests/conftest.py)
                # and overlap the browser phase; test_snippets only waits for what is left.
                row(
                    "contrib",
                    "  make test outside tests (set-up, collection)",
                    f"{max(total - sum(phases.values()), 0):.0f} s",
                )
        if args.pages and "growth" in sections:
            if "transfer" not in today:
                build(ROOT / "mkdocs.yml", tmp / "today" / "docs")
                today["transfer"] = first_view(tmp / "today", CONTENT_PAGE)["total"]
            row(
                "growth",
                f"{len(guide_pages(ROOT))} pages (today): first view of {CONTENT_PAGE}",
                kb(today["transfer"]),
            )
            for n in args.pages:
                growth(n, tmp, today, row, with_make_test=not args.skip_make_test)
        if args.stress and "stress" in sections:
            n, failed = stress(args.stress)
            row(
                "stress",
                f"snippet suite x{n} with every core busy",
                f"{failed} failed runs",
                ok=failed == 0,
                budget="0 flaky",
            )

    lines = [
        "# Benchmarks",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
        f"commit `{subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True, cwd=ROOT).stdout.strip()}`. "
        "Reader numbers are first loads from 127.0.0.1 with gzip; the stock site is the same Markdown "
        "with mkdocs-material defaults, whose cross-origin requests (Google Fonts, mermaid CDN) cannot "
        "complete offline, so their bytes are missing from the stock totals. Lighthouse mobile scores "
        f"are each category's median over {LIGHTHOUSE_RUNS} runs (one run's performance score moves by a "
        "few points on an unchanged page), with the range of the performance scores; desktop scores "
        "are single runs. Produced by scripts/bench.py.",
        "",
        "| section | measure | value | budget |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
        f"Budgets: {sum(verdicts)} of {len(verdicts)} pass.",
        "",
    ]
    report = REPORT
    if sections != set(SECTIONS):
        report = ROOT / f"BENCHMARKS-{'-'.join(x for x in SECTIONS if x in sections)}.md"
        lines[2] = f"Sections {', '.join(x for x in SECTIONS if x in sections)} only. " + lines[2]
    report.write_text("\n".join(lines), "utf-8")
    print(
        f"\nwritten to {report.relative_to(ROOT)}: {sum(verdicts)} of {len(verdicts)} budgets pass"
    )
    if not all(verdicts):
        sys.exit(1)


if __name__ == "__main__":
    main()
