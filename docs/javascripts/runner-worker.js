/* The example runner's Python: CPython 3.14 compiled to WebAssembly (Pyodide), in a
   module worker that runner.js starts on the first Run click and terminates on Stop.
   The runtime comes from this site (?runtime=<folder of the pinned pyodide files>) and
   is kept in the Cache API, with a snapshot of the started interpreter, so later runs,
   on any page, skip the download and most of the start-up.

   In:  {id, code, filename}          one run at a time, in the order they arrive
   Out: {type: "ready", version}      once the interpreter is up
        {id, type: "started"}
        {id, type: "waiting"}            the event loop waits with nothing left to wake it
        {id, type: "out", stream: "stdout" | "stderr", text}
        {id, type: "done"}
        {type: "failed", message}     the runtime could not load */

const runtime = new URL(new URL(import.meta.url).searchParams.get("runtime"), import.meta.url).href;
const CACHE_PREFIX = "asyncio-guide-runtime:";
const CACHE = CACHE_PREFIX + runtime;

// Runs a reader's code as the script __main__, in a fresh module each time, on
// CPython's own event loop (Pyodide's asyncio.run would use its browser loop, which
// never closes: no cancelling of leftover tasks, no asyncgen shutdown). A traceback
// starts at the reader's code and names its lines, as `python file.py` does.
const DRIVER = `
import asyncio, gc, linecache, math, sys, time, traceback, types, warnings
from asyncio import base_events, events
from js import Promise, runnerWaiting, setTimeout
from pyodide.ffi import run_sync
from pyodide import webloop

warnings.simplefilter("default")  # as the tests run the examples (python -W default)
_web_policy = events._get_event_loop_policy()
_web_loop = _web_policy.get_event_loop()


def _wait(seconds):
    """Let time pass without spinning: a JavaScript timer, waited for with stack
    switching (Pyodide waits through its own loop, so that one is current meanwhile)."""
    ms = 3_600_000 if seconds is None else max(1, math.ceil(seconds * 1000))
    policy, loop = events._get_event_loop_policy(), events._get_running_loop()
    events._set_event_loop_policy(_web_policy)
    events._set_running_loop(_web_loop)
    try:
        run_sync(Promise.new(lambda resolve, reject: setTimeout(resolve, ms)))
    finally:
        events._set_event_loop_policy(policy)
        events._set_running_loop(loop)


class _Timer:
    """The selector of a loop with no file descriptors: select() only waits."""

    def select(self, timeout=None):
        if timeout is None:  # no timer and no callback: nothing can wake the loop
            runnerWaiting()
        while timeout is None or timeout > 0:
            _wait(timeout)
            if timeout is not None:
                break
        return []

    def close(self):
        pass


class BrowserEventLoop(base_events.BaseEventLoop):
    """CPython's asyncio.BaseEventLoop; waiting for the next timer is a plain wait."""

    def __init__(self):
        super().__init__()
        self._selector = _Timer()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class _Policy(events._BaseDefaultEventLoopPolicy):
    _loop_factory = BrowserEventLoop


def _guide_run(code, filename):
    module = types.ModuleType("__main__")
    module.__file__ = filename
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    saved = (sys.modules["__main__"], sys.argv, events._get_running_loop(), asyncio.run, time.sleep)
    sys.modules["__main__"], sys.argv = module, [filename]
    events._set_running_loop(None)
    events._set_event_loop_policy(_Policy())
    asyncio.run, time.sleep = webloop._orig_run, webloop._orig_sleep
    try:
        exec(compile(code, filename, "exec"), module.__dict__)
    except SystemExit as e:
        if e.code is not None and not isinstance(e.code, int):
            print(e.code, file=sys.stderr)
    except BaseException as e:
        traceback.print_exception(type(e), e, e.__traceback__.tb_next)
    finally:
        # as at the end of a process: the program's objects go, and their finalizers
        # ("Task was destroyed but it is pending!") write to this run's output
        module.__dict__.clear()
        gc.collect()
        sys.modules["__main__"], sys.argv, loop, asyncio.run, time.sleep = saved
        events._set_event_loop_policy(_web_policy)
        events._set_running_loop(loop)
        sys.stdout.flush()
        sys.stderr.flush()
`;

// Standard-library modules the driver and nearly every example import (plain Python:
// nothing here refers to a JavaScript object, which a snapshot could not hold).
const PRELOAD = "import asyncio, contextlib, gc, inspect, linecache, traceback, types, warnings";

/** fetch() for the runtime's files: from the Cache API when there, else from the
    network (and then kept). Other URLs, or no Cache API (not a secure context), go
    straight to the network and the browser's HTTP cache. */
const networkFetch = self.fetch.bind(self);
async function cachedFetch(input, init) {
  const url = new URL(input instanceof Request ? input.url : input, location.href).href;
  if (!url.startsWith(runtime) || !self.caches) return networkFetch(input, init);
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url);
  if (hit) return hit;
  const response = await networkFetch(url);
  if (response.ok) await cache.put(url, response.clone());
  return response;
}

/** Drop the caches of other (older) runtime versions. */
async function dropOldCaches() {
  if (!self.caches) return;
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
  }
}

let current = null; // the id of the run whose output is being written
self.runnerWaiting = () => postMessage({ id: current, type: "waiting" });
const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
function stream(name) {
  return {
    write(bytes) {
      const text = decoders[name].decode(bytes, { stream: true });
      if (text) postMessage({ id: current, type: "out", stream: name, text });
      return bytes.length;
    },
  };
}

// The interpreter's memory right after start-up (31 MB), made here on the first start
// and kept next to the runtime in the cache: later starts restore it instead of starting
// Python again (about 0.5-1 s instead of 3.5-4.5 s on a 2-core machine). Pyodide's own
// (underscored) snapshot options; any failure falls back to a plain start.
const SNAPSHOT = runtime + "memory-snapshot";

async function readSnapshot(cache) {
  const hit = cache && (await cache.match(SNAPSHOT));
  if (!hit) return null;
  return new Uint8Array(await hit.arrayBuffer());
}

async function keepSnapshot(cache, bytes) {
  await cache.put(SNAPSHOT, new Response(bytes));
}

async function start() {
  self.fetch = cachedFetch;
  dropOldCaches().catch(() => {});
  const cache = self.caches ? await caches.open(CACHE).catch(() => null) : null;
  const { loadPyodide } = await import(runtime + "pyodide.mjs");
  let pyodide = null;
  const snapshot = await readSnapshot(cache).catch(() => null);
  if (snapshot) {
    try {
      pyodide = await loadPyodide({ indexURL: runtime, _loadSnapshot: snapshot });
    } catch (e) {
      await cache.delete(SNAPSHOT); // unusable: start the long way, and make a new one
    }
  }
  if (!pyodide) {
    pyodide = await loadPyodide({ indexURL: runtime, _makeSnapshot: Boolean(cache) });
    pyodide.runPython(PRELOAD); // in the snapshot: the modules every run needs
    if (cache) keepSnapshot(cache, pyodide.makeMemorySnapshot()).catch(() => {});
  }
  pyodide.setStdout(stream("stdout"));
  pyodide.setStderr(stream("stderr"));
  pyodide.runPython(DRIVER);
  postMessage({ type: "ready", version: pyodide.runPython("import sys; sys.version") });
  return pyodide;
}

const ready = start();
ready.catch((e) => postMessage({ type: "failed", message: String(e) }));
let queue = Promise.resolve();

self.onmessage = (event) => {
  const { id, code, filename } = event.data;
  queue = queue.then(async () => {
    const pyodide = await ready;
    current = id;
    postMessage({ id, type: "started" });
    const run = pyodide.globals.get("_guide_run");
    try {
      await run.callPromising(code, filename);
    } catch (e) {
      postMessage({ id, type: "out", stream: "stderr", text: String(e) + "\n" });
    } finally {
      run.destroy();
      postMessage({ id, type: "done" });
    }
  }).catch(() => {}); // the runtime failed to load: reported once, as "failed"
};
