"""The example runner: Run buttons that run the examples in the reader's browser, on
CPython 3.14 compiled to WebAssembly (npm ``pyodide``, served from the site), in one
module worker per page (hooks/runner.py, docs/javascripts/runner.js and runner-worker.js).

Which examples get a button is decided here, not by hand: every snippet runs in that
runtime, through the site's own worker, under the same harness as on CPython
(tests/snippet_harness.py), and must print what CPython 3.14 prints (its
``.py314.txt`` output file if there is one, else the ``#>`` lines), with nothing on
stderr. ``snippets/browser.json`` lists the ones that cannot, with the reason in both
languages; the test fails if that list is wrong in either direction. The hook reads the
same file. Then, in headless Chromium: every Run button of every page, in both
languages, prints the verified output; an edited example prints its new output and a
traceback names the reader's lines; Reset restores the code; Stop ends a program that
never finishes; a browser without WebAssembly stack switching gets one line instead
of a button; no request leaves the site's origin. Screenshots of a block before and
after Run (phone and desktop, both languages) go to artifacts/screenshots/.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from snippet_tools import ROOT, SNIPPETS, TIMEOUT, RunResult, Snippet, find_snippets, render
from test_browser import SHOTS, SIZES, Watched, axe_violations, guide_paths

from hooks.runner import DATA, key, load, runtime_version

ALL = find_snippets()
IDS = [s.path.relative_to(SNIPPETS).as_posix() for s in ALL]
VERSION = "3.14"  # the browser runtime's feature version: its output is 3.14's
HARNESS = (ROOT / "tests" / "snippet_harness.py").read_text("utf-8")
MARKER = "\x1e"  # starts the harness's result line on stdout

# Runs one snippet under tests/snippet_harness.py inside the browser's Python, as
# scripts run it on CPython, and writes the harness's records after MARKER.
# (The harness's source is a variable, so a traceback shows the exec line, not all of it.)
DRIVER = """\
import json, os, sys, traceback
path = {path!r}
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w", encoding="utf-8") as f:
    f.write({source!r})
sys.argv = ["snippet_harness.py", path, "/tmp/result.json"]
HARNESS = {harness!r}
code = 0
try:
    exec(compile(HARNESS, "snippet_harness.py", "exec"), {{"__name__": "__main__"}})
except SystemExit as e:
    code = e.code if isinstance(e.code, int) else int(e.code is not None)
except BaseException:
    traceback.print_exc()
    code = 1
with open("/tmp/result.json", encoding="utf-8") as f:
    result = json.load(f)
sys.stdout.write({marker!r} + json.dumps({{"code": code, **result}}) + "\\n")
"""

# In a page of the site: the site's worker, one run at a time; a run that does not end
# (or waits with nothing left to wake it) gets the worker terminated and a new one.
HARNESS_JS = """([url, timeout]) => {
  window.harness = {
    start() {
      this.worker = new Worker(url, {type: "module"});
      this.ready = new Promise((ok, fail) => {
        this.worker.onmessage = (e) => {
          if (e.data.type === "ready") ok(e.data.version);
          if (e.data.type === "failed") fail(new Error(e.data.message));
        };
      });
    },
    async run(job) {
      const version = await this.ready;
      const out = {stdout: "", stderr: "", end: "timeout", version};
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, timeout);
        this.worker.onmessage = (e) => {
          const m = e.data;
          if (m.type === "out") out[m.stream] += m.text;
          if (m.type === "waiting" || m.type === "done") {
            out.end = m.type;
            clearTimeout(timer);
            resolve();
          }
        };
        this.worker.postMessage(job);
      });
      if (out.end !== "done") { this.worker.terminate(); this.start(); }
      return out;
    },
    async runAll(jobs) {
      const outs = [];
      for (const job of jobs) outs.push(await this.run(job));
      return outs;
    },
  };
  window.harness.start();
}"""


def worker_url(base_url: str) -> str:
    """The worker as runner.js starts it."""
    from urllib.parse import quote

    runtime = f"{base_url}assets/pyodide/{runtime_version()}/"
    return f"{base_url}javascripts/runner-worker.js?runtime={quote(runtime, safe='')}"


class Site(Watched):
    """One browser context for every runner test (the runtime, once fetched, stays in
    its Cache API and HTTP cache, as for a reader), watching requests and console
    errors, the worker's included."""

    def __init__(self, browser):
        super().__init__(browser)
        self.urls: list[str] = []
        self.page.on("request", lambda r: self.urls.append(r.url))


@pytest.fixture(scope="module")
def site(browser):
    s = Site(browser)
    yield s
    s.context.close()


def expected_problem(snippet: Snippet, result: RunResult) -> str | None:
    """Why ``result`` (a run in the browser) is not what CPython 3.14 prints, or None."""
    problem = result.problem()
    if problem:
        return problem
    example = snippet.example()
    sidecar = snippet.sidecar(VERSION)
    if sidecar.is_file():
        if result.transcript != sidecar.read_text("utf-8"):
            return f"{snippet.rel}: prints differently from {sidecar.name}:\n{result.transcript}"
    elif render(example, result.records) != example.source:
        return f"{snippet.rel}: prints differently from its #> lines:\n" + "".join(
            f"  {line}\n" for line in result.transcript.splitlines()
        )
    return None


# --- why an example cannot run here: from its run, in words the block shows ------------

#: What a browser lacks, as the run shows it (in the traceback or stderr of the run, or
#: in the source for a run that waits forever), and the call the reason names in
#: parentheses: the first found on the snippet's lines in the traceback (innermost
#: first), else in its source (none found: the reason alone). Checked in this order:
#: a thread-pool traceback may pass through socket code, a subprocess one through the
#: selector loop's.
LACKS = [
    (
        "thread",
        r"can't start new thread",
        r"\bto_thread\(|run_in_executor\(|ThreadPoolExecutor\(|threading\.Thread\(",
        [
            (r"\bto_thread\(", "asyncio.to_thread"),
            (r"run_in_executor\(", "loop.run_in_executor"),
            (r"ThreadPoolExecutor\(", "ThreadPoolExecutor"),
            (r"\bThread\(", "threading.Thread"),
            (r"\b(getaddrinfo|getnameinfo)\(", "loop.{}"),  # in the default executor
        ],
        {"zh": "需要真正的线程", "en": "needs a real thread"},
    ),
    (
        "process",
        r"_multiprocessing|lacks multiprocessing",
        r"ProcessPoolExecutor|multiprocessing",
        [(r"ProcessPoolExecutor", "ProcessPoolExecutor"), (r"multiprocessing", "multiprocessing")],
        {"zh": "需要真正的进程", "en": "needs real processes"},
    ),
    (
        "subprocess",
        r"_make_subprocess_transport|subprocess",
        r"create_subprocess_(exec|shell)|subprocess\.(run|Popen)",
        [
            (r"create_subprocess_exec", "asyncio.create_subprocess_exec"),
            (r"create_subprocess_shell", "asyncio.create_subprocess_shell"),
            (r"subprocess\.(run|Popen)", "subprocess"),
        ],
        {"zh": "需要真正的子进程", "en": "needs a real subprocess"},
    ),
    (
        "signal",
        r"add_signal_handler",
        r"add_signal_handler",
        [(r"add_signal_handler", "loop.add_signal_handler")],
        {"zh": "需要操作系统的信号", "en": "needs operating-system signals"},
    ),
    (
        "unix socket",
        r"unix_server|unix_connection|AF_UNIX",
        r"unix_server|unix_connection",
        [
            (r"start_unix_server", "asyncio.start_unix_server"),
            (r"open_unix_connection", "asyncio.open_unix_connection"),
        ],
        {"zh": "需要 Unix 套接字", "en": "needs Unix sockets"},
    ),
    (
        "socket",
        r"socket|_ssock|\bsock_",
        r"start_server|open_connection|create_server|create_connection|SelectorEventLoop",
        [
            (r"start_server\(", "asyncio.start_server"),
            (r"open_connection\(", "asyncio.open_connection"),
            (r"create_server\(", "loop.create_server"),
            (r"create_connection\(", "loop.create_connection"),
            (r"create_datagram_endpoint\(", "loop.create_datagram_endpoint"),
            (r"loop\.(sock_\w+)\(", "loop.{}"),
            (r"socketpair\(", "socket.socketpair"),
            (r"SelectorEventLoop", "asyncio.SelectorEventLoop"),
        ],
        {"zh": "需要真正的套接字", "en": "needs real sockets"},
    ),
]
NEWER_PYTHON = {
    "zh": "需要 Python {need} 或更高版本（浏览器中是 CPython {have}）",
    "en": "needs Python {need} or later (the browser has CPython {have})",
}


def lacks(snippet: Snippet, run: RunResult, waits: bool) -> dict | None:
    """The reason, in both languages, why ``snippet`` cannot run in the browser, as its
    run there shows it; None when the run shows no missing feature (e.g. the output
    differs): then a person writes the reason."""
    need = snippet.requires
    if need > tuple(map(int, VERSION.split("."))):
        return {
            lang: text.format(need=f"{need[0]}.{need[1]}", have=VERSION)
            for lang, text in NEWER_PYTHON.items()
        }
    source = snippet.path.read_text("utf-8")
    lines = source.splitlines()
    errors = run.stderr + run.stdout
    # the snippet's own lines in the traceback, innermost first
    name = re.escape(snippet.path.name)
    in_trace = [
        lines[int(n) - 1]
        for n in reversed(re.findall(rf'File "[^"]*{name}", line (\d+)', errors))
        if int(n) <= len(lines)
    ]
    for _, error, used, names, reason in LACKS:
        if not (re.search(used, source) if waits else re.search(error, errors)):
            continue
        for text in [*in_trace, source]:
            found = [(m, shown) for pattern, shown in names if (m := re.search(pattern, text))]
            if found:
                m, shown = found[0]
                api = shown.format(*m.groups())
                return {"zh": f"{reason['zh']}（{api}）", "en": f"{reason['en']} ({api})"}
        return dict(reason)
    return None


def updated_list(runs: dict) -> tuple[dict, list[str]]:
    """snippets/browser.json's ``not_runnable`` from the runs: an entry for each example
    that does not run in either language (its reason kept when the run shows none, or
    when it is the one the run shows), none for the others; and what changed."""
    old = load()["not_runnable"]
    new, changes = {}, []
    for snippet in ALL:
        name = key(snippet.path.relative_to(SNIPPETS).as_posix())
        run, problem, reason = runs[snippet.rel]
        if not problem or name in new and new[name] is not None:
            continue
        new[name] = reason or old.get(name)
    for name in sorted(set(old) | set(new)):
        if name not in new:
            gone = not any((SNIPPETS / f"{name}.{lang}.py").is_file() for lang in ("zh", "en"))
            changes.append(f"- {name}: {'no such example' if gone else 'runs now'}, entry removed")
        elif new[name] is None:
            changes.append(f"? {name}: does not run, and no reason shows (write one by hand)")
            del new[name]
        elif old.get(name) != new[name]:
            changes.append(f"+ {name}: {new[name]['en']}")
    return dict(sorted(new.items())), changes


@pytest.fixture(scope="module")
def browser_runs(request, site, base_url) -> dict[str, tuple[RunResult, str | None, dict | None]]:
    """Every snippet run in the browser: {rel: (result, problem or None, the reason the
    run shows or None)}, and ``["version"]``: the runtime's sys.version. With
    ``--update-browser-list`` (make update-browser-list), snippets/browser.json is
    rewritten from these runs first."""
    page = site.page
    page.goto(base_url, wait_until="load")
    page.evaluate(HARNESS_JS, [worker_url(base_url), TIMEOUT * 1000])
    jobs = [
        {
            "id": snippet.rel,
            "filename": "harness-driver.py",
            "code": DRIVER.format(
                path=f"/tmp/{snippet.rel}",
                source=snippet.path.read_text("utf-8"),
                harness=HARNESS,
                marker=MARKER,
            ),
        }
        for snippet in ALL
    ]
    outs = page.evaluate("jobs => window.harness.runAll(jobs)", jobs)
    runs: dict = {}
    for snippet, out in zip(ALL, outs, strict=True):
        runs["version"] = out["version"]
        stdout, _, result = out["stdout"].partition(MARKER)
        line, _, after = result.partition("\n")
        data = json.loads(line) if line else {"code": None, "records": [], "transcript": ""}
        run = RunResult(
            snippet, VERSION, data["code"], data["records"], data["transcript"],
            stdout + after, out["stderr"],
        )  # fmt: skip
        waits = out["end"] == "waiting"
        if waits:
            problem = (
                f"{snippet.rel}: waits forever in the browser: its event loop has "
                "nothing left to run and nothing (no thread, no I/O) that could wake it"
            )
        else:
            problem = expected_problem(snippet, run)
        runs[snippet.rel] = (run, problem, problem and lacks(snippet, run, waits))
    if request.config.getoption("update_browser_list"):
        data = load()
        data["not_runnable"], changes = updated_list(runs)
        DATA.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(f"\n{DATA.relative_to(ROOT)}:", *changes or ["unchanged"], sep="\n")
    return runs


# --- which examples run: decided by running them ------------------------------------


@pytest.mark.parametrize("snippet", ALL, ids=IDS)
def test_snippet_runs_in_the_browser_unless_listed(browser_runs, snippet: Snippet):
    """Listed exactly when it (in either language: the entry is for both) does not run
    as verified; a reason the run itself shows must be the listed one."""
    _, problem, shown = browser_runs[snippet.rel]
    twin = browser_runs.get(snippet.twin.relative_to(ROOT).as_posix(), (None, None, None))
    name = key(snippet.path.relative_to(SNIPPETS).as_posix())
    listed = load()["not_runnable"].get(name)
    where = DATA.relative_to(ROOT)
    if listed and not problem and not twin[1]:
        pytest.fail(
            f"{snippet.rel} runs in the browser and prints the verified output, but "
            f"{where} lists it as not runnable ({listed['en']!r}) (fix: remove its entry, "
            "or run make update-browser-list)",
            pytrace=False,
        )
    if problem and not listed:
        suggestion = (
            json.dumps({name: shown}, ensure_ascii=False)
            if shown
            else f'"{name}": {{"zh": "…", "en": "…"}} (the reason in both languages)'
        )
        pytest.fail(
            f"{problem}\n(fix: make the example run the same on CPython {VERSION} in the "
            f"browser, or list it in {where}: {suggestion}; make update-browser-list "
            "writes what the run shows)",
            pytrace=False,
        )
    if problem and shown and listed != shown:
        pytest.fail(
            f"{where}: {name} says {listed['en']!r}, but its run in the browser shows "
            f"{shown['en']!r}:\n{problem}\n(fix: make update-browser-list)",
            pytrace=False,
        )


def test_not_runnable_list_names_real_snippets_with_reasons():
    data = load()
    for name, reason in data["not_runnable"].items():
        for lang in ("zh", "en"):
            assert (SNIPPETS / f"{name}.{lang}.py").is_file(), (
                f"{DATA.relative_to(ROOT)}: {name!r} is not a snippet (fix: the path under "
                "snippets/ without .<lang>.py, or remove the entry)"
            )
            assert reason.get(lang, "").strip(), f"{name}: no {lang} reason"


def test_runtime_is_the_pinned_cpython(browser_runs):
    """The label says which Python runs the code: it must be the one that does."""
    pinned = json.loads((ROOT / "package.json").read_text("utf-8"))["dependencies"]["pyodide"]
    locked = json.loads((ROOT / "package-lock.json").read_text("utf-8"))
    assert pinned == runtime_version() == locked["packages"]["node_modules/pyodide"]["version"], (
        "package.json, package-lock.json and node_modules disagree on pyodide (fix: npm ci)"
    )
    version = browser_runs["version"].split()[0]
    recorded = load()["python"]
    assert version == recorded and version.startswith(VERSION + "."), (
        f"the browser runs CPython {version}, {DATA.relative_to(ROOT)} says {recorded} "
        '(fix: update "python" there, and rerun the tests to re-decide what runs)'
    )


# --- the pages ------------------------------------------------------------------------


def page_snippets(built_site: Path, path: str) -> list[str]:
    """Snippet paths (under snippets/) of the page's blocks, in page order, from the HTML."""
    text = (built_site / "docs" / path / "index.html").read_text("utf-8")
    return re.findall(r'<div class="runner" data-snippet="([^"]+)"', text)


def runnable_pages(built_site: Path, lang: str) -> list[str]:
    paths = [p for p in guide_paths() if p.startswith("en/") == (lang == "en")]
    return [p for p in paths if page_snippets(built_site, p)]


def test_each_block_has_a_run_button_or_says_why_not(built_site):
    """In the built HTML: a listed snippet's block explains itself, every other one has
    a Run button, both languages alike."""
    not_runnable = load()["not_runnable"]
    seen = set()
    for page in sorted((built_site / "docs").rglob("index.html")):
        text = page.read_text("utf-8")
        for m in re.finditer(
            r'class="snippet-link">snippets/([^<]+\.py)</a>'
            r'(?: <span class="version-badge">[^<]*</span>)?</span><pre>.*?</pre></div>'
            r'(<div class="runner" data-snippet="([^"]+)"|<p class="runner runner--off">'
            r'<span class="runner__note">([^<]+))?',
            text,
            re.S,
        ):
            path, bar, runnable_path, why = m.groups()
            seen.add(path)
            where = f"{page.relative_to(built_site)}: {path}"
            assert bar, f"{where}: no run bar under the block"
            reason = not_runnable.get(key(path))
            if reason:
                lang = path.split(".")[-2]
                assert why and reason[lang] in html.unescape(why), (
                    f"{where}: should say why it cannot run"
                )
            else:
                assert runnable_path == path, f"{where}: should have a Run button"
    assert len(seen) == len(ALL), "every snippet is shown on some page"


def test_every_run_button_prints_the_verified_output(site, base_url, built_site, browser_runs):
    """Press Run on every runnable block of every page, both languages (all of a page's
    blocks at once: they queue in the page's one worker), and compare each output with
    the output the harness verified above; the code run is the snippet file, line for
    line. (Pages side by side saved little: starting and running Python is CPU work.)"""
    page = site.page
    problems = []
    for path in runnable_pages(built_site, "zh") + runnable_pages(built_site, "en"):
        page.goto(base_url + path, wait_until="domcontentloaded")
        # a click on each button as the DOM delivers it (playwright's pointer clicks,
        # with their checks, took 0.2 s a button)
        page.evaluate("document.querySelectorAll('.runner__run').forEach(b => b.click())")
        problems += check_outputs(page, path, browser_runs)
    assert not problems, "\n".join(problems)
    fetched = [u for u in site.urls if u.endswith("/pyodide.asm.wasm")]
    assert len(fetched) == 1, (
        f"the runtime was fetched {len(fetched)} times: once, then it comes from the cache"
    )
    site.check_clean("Run buttons")


# Each runnable block on a page: its snippet, run state, code and output (one call).
BLOCKS_JS = """() => [...document.querySelectorAll("div.runner[data-snippet]")].map((bar) => ({
  rel: bar.dataset.snippet,
  state: bar.dataset.state,
  code: bar.previousElementSibling.querySelector("code").textContent,
  output: bar.nextElementSibling.textContent,
  stderr: bar.nextElementSibling.querySelectorAll(".runner__stderr").length,
}))"""


def check_outputs(page, path: str, browser_runs) -> list[str]:
    """Wait for every run on the page to end; what differs from the verified output."""
    bars = page.locator("div.runner[data-snippet]")
    count = bars.count()
    page.wait_for_function(
        "n => document.querySelectorAll('div.runner[data-state]:not([data-state=running])')"
        ".length === n",
        arg=count,
        timeout=(TIMEOUT + 60) * 1000,
    )
    blocks = page.evaluate(BLOCKS_JS)
    problems = []
    for block in blocks:
        rel = block["rel"]
        want = browser_runs[f"snippets/{rel}"][0].transcript
        if block["code"] != (SNIPPETS / rel).read_text("utf-8"):
            problems.append(f"{path} {rel}: the block's code is not the file's")
        if block["state"] != "done" or block["output"] != want:
            problems.append(f"{path} {rel}: printed\n{block['output']}\ninstead of\n{want}")
        if block["stderr"]:
            problems.append(f"{path} {rel}: wrote to stderr")
    return problems


def code_of(page, block) -> str:
    return block.evaluate("b => b.querySelector('code').textContent")


def run_and_wait(page, bar, state="done"):
    bar.locator(".runner__run").click()
    page.wait_for_function(
        "b => b.dataset.state && b.dataset.state !== 'running'",
        arg=bar.element_handle(),
        timeout=(TIMEOUT + 60) * 1000,
    )
    assert bar.get_attribute("data-state") == state, bar.inner_text()


def test_edit_run_traceback_reset_and_stop(site, base_url, browser_runs):
    page = site.page
    page.goto(base_url + "en/basics/cancellation/", wait_until="load")
    bar = page.locator("div.runner[data-snippet]").first
    block = page.locator("div.runner[data-snippet] >> xpath=preceding-sibling::div[1]").first
    output = page.locator("pre.runner__output").first
    rel = bar.get_attribute("data-snippet")
    original = code_of(page, block)
    verified = browser_runs[f"snippets/{rel}"][0].transcript
    reset = bar.locator(".runner__reset")
    assert reset.is_hidden(), "Reset appears once the code is edited"

    # a line added at the end of the program: its output follows the verified output
    code = block.locator("code")
    code.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type('print("edited:", 6 * 7)')
    edited = code_of(page, block)
    assert edited.replace('print("edited:", 6 * 7)', "").strip() == original.strip()
    reset.wait_for(state="visible")  # the first edit loaded runner.js, which adds Reset
    run_and_wait(page, bar)
    assert output.text_content() == verified + "edited: 42\n"

    # an error: the traceback names the reader's file and line
    code.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("1 / 0")
    line = code_of(page, block).splitlines().index("1 / 0") + 1
    run_and_wait(page, bar)
    stderr = "".join(output.locator(".runner__stderr").all_text_contents())
    name = rel.rsplit("/", 1)[1]
    assert f'File "{name}", line {line}, in <module>' in stderr, stderr
    assert stderr.rstrip().endswith("ZeroDivisionError: division by zero"), stderr

    # Reset: the verified code again, no output
    reset.click()
    assert code_of(page, block) == original and output.is_hidden() and reset.is_hidden()

    # a program that never finishes: Stop ends it (the worker is terminated) ...
    code.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("while True:\n    pass\n")
    bar.locator(".runner__run").click()
    page.wait_for_function(
        "b => b.querySelector('.runner__status').textContent.length", arg=bar.element_handle()
    )
    page.wait_for_timeout(500)
    assert bar.get_attribute("data-state") == "running"
    bar.locator(".runner__stop").click()
    assert bar.get_attribute("data-state") == "stopped"
    # ... and the next run starts a new worker
    reset.click()
    run_and_wait(page, bar)
    assert output.text_content() == verified
    site.check_clean("edit, traceback, reset, stop")


def test_nothing_loads_before_the_first_click(site, base_url, browser_runs):
    """Before a click the page fetches nothing for the runner (its first part is inlined:
    buttons shown, code editable); the first Run fetches javascripts/runner.js and starts
    the worker, whose runtime comes from the cache once it has been fetched."""
    page = site.page
    page.goto(base_url + "en/basics/tasks/", wait_until="networkidle")
    first = len(site.urls)
    page.wait_for_timeout(1000)
    before = [u for u in site.urls[first - 1 :] if "/javascripts/runner" in u or "/pyodide/" in u]
    assert not before, f"fetched before any click: {before}"
    assert page.locator(".runner__run:visible").count() == page.locator(".runner__run").count()
    assert page.locator("div.runner[data-snippet] ~ pre.runner__output").count() == 0
    editable = page.locator("div.highlight:has(+ div.runner[data-snippet]) code[contenteditable]")
    assert editable.count() == page.locator("div.runner[data-snippet]").count()
    wasm = sum(u.endswith("/pyodide.asm.wasm") for u in site.urls)
    bar = page.locator("div.runner[data-snippet]").first
    run_and_wait(page, bar)
    after = site.urls[first:]
    assert any(u.split("?")[0].endswith("/javascripts/runner.js") for u in after), after
    assert any("/javascripts/runner-worker.js" in u for u in after), after
    if wasm:  # fetched by an earlier test: now from the cache
        assert sum(u.endswith("/pyodide.asm.wasm") for u in site.urls) == wasm
    site.check_clean("first click")


def test_without_stack_switching_one_line_explains(browser, base_url):
    w = Watched(browser)
    w.page.add_init_script("delete WebAssembly.Suspending")
    w.goto(base_url + "basics/cancellation/", wait_until="load")
    bars = w.page.locator("div.runner[data-snippet]")
    assert bars.count() and w.page.locator(".runner__run:visible").count() == 0
    notes = set(bars.locator(".runner__note").all_inner_texts())
    assert notes == {"此浏览器不能运行示例：需要 WebAssembly JSPI（如 Chrome 137 及以上）。"}, notes
    assert w.page.locator("code[contenteditable]").count() == 0
    w.check_clean("no JSPI")
    w.context.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshots_before_and_after_run_and_accessible(site, base_url, lang):
    """A block before and after Run at phone and desktop width, for a human to look at;
    axe finds nothing serious once the controls and the output are there."""
    page = site.page
    prefix = "" if lang == "zh" else "en/"
    for size, viewport in SIZES.items():
        page.set_viewport_size(viewport)
        page.goto(base_url + prefix + "basics/cancellation/", wait_until="load")
        # the fixed header would cover the block in a full-page capture, and blocks laid
        # out only near the screen (content-visibility) would move the clipped region
        page.add_style_tag(
            content=".md-header { position: absolute; } * { content-visibility: visible !important; }"
        )
        bar = page.locator("div.runner[data-snippet]").first
        block = bar.locator("xpath=preceding-sibling::div[1]")
        block.scroll_into_view_if_needed()
        SHOTS.mkdir(parents=True, exist_ok=True)
        clip = region(block, bar)
        page.screenshot(path=SHOTS / f"runner-{lang}-{size}-before.png", clip=clip, full_page=True)
        run_and_wait(page, bar)
        page.locator("pre.runner__output").first.scroll_into_view_if_needed()
        clip = region(block, page.locator("pre.runner__output").first)
        page.screenshot(path=SHOTS / f"runner-{lang}-{size}-after.png", clip=clip, full_page=True)
        if size == "desktop":
            # the content, where the controls and the output are (test_browser checks
            # whole pages; here the theme's back-to-top button, fading in after the
            # scrolling above, was once measured half-way: a contrast failure not there)
            found = axe_violations(site, ".md-content")
            assert not found, found
    page.set_viewport_size(SIZES["desktop"])
    site.check_clean(f"screenshots ({lang})")


def region(top, bottom) -> dict:
    """The page area from ``top``'s top to ``bottom``'s bottom (page coordinates)."""
    a, b = top.bounding_box(), bottom.bounding_box()
    scroll = top.page.evaluate("[scrollX, scrollY]")
    return {
        "x": 0,
        "y": a["y"] + scroll[1] - 8,
        "width": top.page.viewport_size["width"],
        "height": b["y"] + b["height"] - a["y"] + 16,
    }
