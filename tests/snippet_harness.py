"""Run one snippet as ``__main__`` and record what each print() call printed.

Usage: ``python -I -X utf8 -W default snippet_harness.py SNIPPET RESULT.json``

This file runs in a child process under each supported interpreter (3.10-3.15), so it
uses the standard library only. It records print calls the way pytest-examples does
(which line of the snippet called print, the separator, each argument as text) so the
parent can write or check the ``#>`` comments with pytest-examples' own code, and it
keeps the plain transcript for per-version output files. Everything else the snippet
writes to stdout or stderr is left on the real streams, where the parent treats it as
an error.

When the snippet runs past its time limit the parent sends SIGUSR1: the harness then
records where the snippet waits (the line each pending asyncio task is suspended at,
then each thread's innermost line in the snippet), writes the result and exits, so the
parent can name the line that hangs.
"""

import builtins
import json
import os
import re
import runpy
import signal
import sys
import threading

snippet = os.path.realpath(sys.argv[1])
result_path = sys.argv[2]
real_print = builtins.print
records = []
transcript = []
lock = threading.Lock()
finished = False  # the snippet's last line has run


def as_text(value):
    """(text, is_str) exactly as pytest_examples.run_code.Arg makes it."""
    if isinstance(value, str):
        return value, True
    if isinstance(value, set):
        return "{" + ", ".join(repr(x) for x in sorted(value)) + "}", False
    return re.sub("0x[a-f0-9]{8,12}>", "0x0123456789ab>", str(value)), False


def snippet_line():
    """Line of the snippet that (directly or through its own functions) called print."""
    frame = sys._getframe(2)
    while frame is not None:
        if os.path.realpath(frame.f_code.co_filename) == snippet:
            return frame.f_lineno
        frame = frame.f_back
    return 0


def recording_print(*args, sep=" ", end="\n", file=None, flush=False):
    if file is not None and file is not sys.stdout:
        return real_print(*args, sep=sep, end=end, file=file, flush=flush)
    sep = " " if sep is None else sep
    end = "\n" if end is None else end
    texts = [as_text(a) for a in args]
    with lock:
        records.append({"line": snippet_line(), "sep": sep, "args": texts})
        transcript.append(sep.join(str(a) for a in args) + end)


def in_snippet(frame):
    return os.path.realpath(frame.f_code.co_filename) == snippet


def innermost_line(frame):
    """Line of the innermost frame of the snippet on a thread's stack, or None."""
    while frame is not None:
        if in_snippet(frame):
            return frame.f_lineno
        frame = frame.f_back
    return None


def task_line(task):
    """Line of the snippet a pending task is suspended at (following its awaits)."""
    line, coro = None, task.get_coro()
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is not None and in_snippet(frame):
            line = frame.f_lineno
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return line


def waiting(main_frame):
    """Where the snippet waits: tasks that wait on something other than a task first
    (the cause of a hang), then the other tasks, then each thread."""
    found = []
    asyncio = sys.modules.get("asyncio")
    loop = asyncio and asyncio._get_running_loop()
    if loop is not None:
        tasks = sorted(
            asyncio.all_tasks(loop),
            key=lambda t: isinstance(getattr(t, "_fut_waiter", None), asyncio.Task),
        )
        found += [{"line": line, "where": "task"} for line in map(task_line, tasks) if line]
    others = sys._current_frames()
    others.pop(threading.get_ident())  # the handler's own stack: main_frame is its caller
    for frame in [main_frame, *others.values()]:
        found.append({"line": innermost_line(frame), "where": "thread"})
    found = [w for w in found if w["line"]]
    if not found and finished:
        found.append({"line": 0, "where": "exit"})  # threads it started still run
    return found


def write_result(hang=None):
    with open(result_path, "w", encoding="utf-8") as f:
        result = {"records": list(records), "transcript": "".join(transcript)}
        json.dump({**result, "waiting": hang or []}, f)


def on_time_limit(signum, frame):
    """The parent's time limit is up: say where the snippet waits, then stop."""
    write_result(waiting(frame))
    sys.stdout.flush()
    os._exit(124)


def main():
    sys.argv = [snippet]
    sys.path[0:0] = [os.path.dirname(snippet)]
    builtins.print = recording_print
    if hasattr(signal, "SIGUSR1"):
        signal.signal(signal.SIGUSR1, on_time_limit)
    global finished
    try:
        runpy.run_path(snippet, run_name="__main__")
        finished = True
    finally:
        builtins.print = real_print
        write_result()


main()
