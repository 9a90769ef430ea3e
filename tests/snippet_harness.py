"""Run one snippet as ``__main__`` and record what each print() call printed.

Usage: ``python -I -X utf8 -W default snippet_harness.py SNIPPET RESULT.json``, or
``... snippet_harness.py --fork-server`` (see ``serve``): the way the tests run it, one
server per interpreter, each run a fresh process forked from it.

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

snippet = ""  # the snippet's real path, and where its result goes: set by main()
result_path = ""
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


def main(path, result):
    global snippet, result_path, finished
    snippet, result_path = os.path.realpath(path), result
    sys.argv = [snippet]
    sys.path[0:0] = [os.path.dirname(snippet)]
    builtins.print = recording_print
    if hasattr(signal, "SIGUSR1"):
        signal.signal(signal.SIGUSR1, on_time_limit)
    try:
        runpy.run_path(snippet, run_name="__main__")
        finished = True
    finally:
        builtins.print = real_print
        write_result()


def serve():
    """``--fork-server``: start one run per request, each a child forked from this
    process, which has imported asyncio (as every snippet does) and nothing of any
    snippet. Starting CPython and importing asyncio is most of a short snippet's cost
    (60-80 ms); a fork is about 1 ms. The child is a process of its own, in a session
    of its own (the parent's time limit signals it and kills its process group), with
    stdout and stderr in files the parent reads, and it exits the way a script does:
    threads joined, atexit handlers run, an uncaught exception printed with exit code 1.

    Requests come on stdin, one JSON object a line: {"id", "snippet", "result", "cwd",
    "stdout", "stderr"}. Replies go to stdout: "started ID PID" and "exited PID CODE"
    (CODE as subprocess gives it: negative for a signal). The server ends at EOF."""
    import asyncio  # noqa: F401  (the import this server pays once for every run)
    import selectors

    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)  # wakes the select below
    selector = selectors.DefaultSelector()
    selector.register(0, selectors.EVENT_READ)
    selector.register(wake_r, selectors.EVENT_READ)

    def reply(text):
        os.write(1, (text + "\n").encode())  # not sys.stdout: children inherit its buffer

    def reap():
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            reply(f"exited {pid} {os.waitstatus_to_exitcode(status)}")

    def start(request):
        pid = os.fork()
        if pid:
            reply(f"started {request['id']} {pid}")
            return
        try:  # the child: a process like one started from the command line
            os.setsid()
            signal.set_wakeup_fd(-1)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            selector.close()
            os.close(wake_r)
            os.close(wake_w)
            os.chdir(request["cwd"])
            for fd, name, flags in (
                (0, os.devnull, os.O_RDONLY),
                (1, request["stdout"], os.O_WRONLY),
                (2, request["stderr"], os.O_WRONLY),
            ):
                new = os.open(name, flags)
                os.dup2(new, fd)
                os.close(new)
        except BaseException:
            os._exit(70)
        main(request["snippet"], request["result"])
        sys.exit(0)  # leaves serve() and ends the child as the end of a script would

    pending = b""
    while True:
        for key, _ in selector.select():
            if key.fd == wake_r:
                try:
                    os.read(wake_r, 512)
                except BlockingIOError:
                    pass
                continue
            data = os.read(0, 65536)
            if not data:
                return
            pending += data
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                start(json.loads(line))
        reap()


if sys.argv[1:2] == ["--fork-server"]:
    serve()
else:
    main(sys.argv[1], sys.argv[2])
