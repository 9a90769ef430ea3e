"""Shared test set-up: start the slow, mostly waiting work as soon as the tests are
collected, so that it overlaps the browser tests instead of adding to the run: every
selected snippet run (in parallel: the suite waits for the slowest snippet, not for their
sum) and the build of both PDFs (Chromium printing, about 30 s)."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from snippet_tools import (
    PRIMARY,
    ROOT,
    STOOD_IN,
    SUPPORTED,
    interpreter,
    selected_versions,
    stand_in,
    submit,
)

from scripts import project_files, pythons

_pdf_pool = ThreadPoolExecutor(max_workers=1)


@functools.cache
def pdf_build() -> Future:
    """Start (once) `scripts/build_pdf.py --out <tmp>`; the future holds the finished
    process (tests/test_pdf.py checks its exit code) and the output folder."""
    out = Path(tempfile.mkdtemp(prefix="guide-pdf-"))
    cmd = [sys.executable, str(ROOT / "scripts/build_pdf.py"), "--out", str(out)]
    return _pdf_pool.submit(lambda: (subprocess.run(cmd, capture_output=True, text=True), out))


def pytest_addoption(parser):
    parser.addoption(
        "--update-browser-list",
        action="store_true",
        help="tests/test_runner.py: rewrite snippets/browser.json from the browser runs "
        "(drop entries that now run; add the ones that cannot, with the reason the run shows)",
    )


def pytest_report_header(config):
    """Name the interpreters the snippets run on, with their exact versions."""
    return pythons.report(selected_versions())[0]


def pytest_terminal_summary(terminalreporter):
    """Per interpreter: how many snippet runs passed, of those its requires-python allows."""
    passed: dict[str, int] = {}
    expected: dict[str, int] = {}
    for status in ("passed", "failed", "skipped"):
        for report in terminalreporter.stats.get(status, []):
            if "test_snippet_output[" not in report.nodeid:
                continue
            version = report.nodeid.rsplit("-", 1)[1].rstrip("]")
            if status == "skipped" and any(
                why in str(report.longrepr) for why in ("requires-python", "leaves out")
            ):
                continue  # not a version the snippet runs on, or one left out on purpose
            expected[version] = expected.get(version, 0) + 1
            passed[version] = passed.get(version, 0) + (status == "passed")
    if not expected:
        return
    terminalreporter.section("snippet checks per interpreter")
    if STOOD_IN:
        versions = sorted({v for _, v in STOOD_IN}, key=lambda v: tuple(map(int, v.split("."))))
        terminalreporter.write_line(
            f"{len(STOOD_IN)} English checks on {', '.join(versions)} used no run of their own: "
            "each was checked through its Chinese twin's run on that version (the same program) "
            "and its own run on the newest one (tests/snippet_tools.py stand_in)"
        )
    for version in sorted(expected, key=lambda v: tuple(map(int, v.split(".")))):
        exact = pythons.exact(version) or "missing"
        terminalreporter.write_line(
            f"CPython {version} ({exact}): {passed.get(version, 0)} of {expected[version]} "
            "snippet checks passed (those its requires-python allows)"
        )


def pytest_unconfigure(config):
    if pdf_build.cache_info().currsize:  # a build was started
        _, out = pdf_build().result()  # never leave a Chromium printing behind
        shutil.rmtree(out, ignore_errors=True)


#: Tests that wait for snippet runs (every selected version's, unless a "version" is given).
SNIPPET_RUNS = ("test_snippet_output", "test_every_output_line_is_printed")


@pytest.hookimpl(trylast=True)  # after -k / -m deselection: start only what will run
def pytest_collection_modifyitems(session, config, items):
    if config.getoption("update_examples"):
        return  # updating runs each snippet afresh, in order
    if any(item.path.name == "test_pdf.py" for item in items):
        pdf_build()
    for item in items:
        params = getattr(item, "callspec", None)
        if params is None or item.originalname not in SNIPPET_RUNS:
            continue
        snippet = params.params["snippet"]
        for version in [params.params["version"]] if "version" in params.params else SUPPORTED:
            if (
                version in selected_versions()
                and tuple(map(int, version.split("."))) >= snippet.requires
                and interpreter(version)
            ):
                # an English run its Chinese twin stands in for is not started
                # (snippet_tools.stand_in): its run on PRIMARY and the twin's are
                if twin := stand_in(snippet, version):
                    submit(snippet, PRIMARY)
                    submit(twin, version)
                else:
                    submit(snippet, version)


@pytest.fixture(scope="session")
def root():
    from snippet_tools import ROOT

    return ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, root):
    """Strict build of both languages into <tmp>/docs/ (the site_url path), once per run,
    as strict as `make build`: any warning fails it (see scripts/strict_build.py).

    Returns the folder that holds docs/, so an HTTP server rooted there serves the
    site at the same paths as the deployed one.
    """
    from scripts.strict_build import strict_build

    serve_root = tmp_path_factory.mktemp("site")
    code, problems = strict_build(serve_root / "docs", root)
    if code != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{problems}", pytrace=False)
    return serve_root


# --- the served site and a browser (tests/test_browser.py, tests/test_runner.py) ---------


class StaticHosting(http.server.SimpleHTTPRequestHandler):
    """Static hosting: files as they are, the site's 404.html for anything missing."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "docs" / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="session")
def base_url(built_site: Path):
    """The built site served on 127.0.0.1, at the deployed paths (…/docs/)."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(StaticHosting, directory=str(built_site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/docs/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium (tests/test_browser.py's CHROMIUM, which skips when it is
    missing), one for the whole run."""
    from playwright.sync_api import sync_playwright
    from test_browser import CHROMIUM

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


# --- a copy of the project, for tests that make a mistake on purpose ------------------


@pytest.fixture
def project(tmp_path, root):
    """A copy of the project (scripts/project_files.py: node_modules linked, not copied)."""
    return project_files.copy_project(root, tmp_path)


def run(project, *args, timeout_s="20", env=None):
    """Run the tool Python in the copy; returns (exit code, stdout + stderr).

    The copy gets this process's environment without RELEASE: CI sets it for the
    release build only, and a test that wants a release build passes it in ``env``."""
    import os
    import subprocess
    import sys

    from snippet_tools import PRIMARY

    env = {
        **{k: v for k, v in os.environ.items() if k != "RELEASE"},
        "SNIPPET_PYTHONS": PRIMARY,  # one interpreter is enough to show a failure
        "SNIPPET_TIMEOUT": timeout_s,
        "NO_MKDOCS_2_WARNING": "1",
        **(env or {}),
    }
    proc = subprocess.run(
        [sys.executable, *args], cwd=project, capture_output=True, text=True, env=env, timeout=600
    )
    return proc.returncode, proc.stdout + proc.stderr


def in_step(project: Path) -> None:
    """A known baseline: every English page of the copy marked as in step."""
    pages = [p.relative_to(project).as_posix() for p in (project / "docs").rglob("*.en.md")]
    code, out = run(project, "scripts/translations.py", "mark", *pages)
    assert code == 0, out


def run_pytest(project, *args, **kw):
    return run(project, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, **kw)


def run_build(project, *args, env=None):
    """`mkdocs build --strict` in the copy into out/, as `make build` runs it (no -q,
    which would hide the warnings that fail a strict build)."""
    return run(project, "-m", "mkdocs", "build", "--strict", "-d", "out", *args, env=env)
