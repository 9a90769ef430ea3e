/* Run buttons (hooks/runner.py writes the bars; tests/test_runner.py decides which
   examples get one). Loaded by overrides/partials/runner-on-demand.js, inlined in the
   page, on the reader's first Run click or first edit, in a browser with WebAssembly
   stack switching (JSPI) only; that script has shown the buttons and made the examples
   editable. Run sends an example's code to one module worker per page (runner-worker.js:
   CPython 3.14 as WebAssembly, from this site), started on the first Run; Stop
   terminates that worker; Reset restores the code the tests verified. */
(function () {
  "use strict";
  var script = document.currentScript;
  var zh = document.documentElement.lang.indexOf("zh") === 0;
  var T = zh
    ? {
        stop: "停止",
        reset: "重置",
        loading: "正在载入 CPython（只有第一次需要下载，约 6 MB）…",
        running: "运行中…",
        done: "完成，用时 {s} 秒",
        stopped: "已停止",
        waiting: "程序在等待，但已没有计时器、线程或 I/O 能唤醒它；按“停止”结束。",
        failed: "无法载入 Python：",
        truncated: "\n…（输出过长，其余部分未显示）\n"
      }
    : {
        stop: "Stop",
        reset: "Reset",
        loading: "Loading CPython (downloaded the first time only, about 6 MB)…",
        running: "Running…",
        done: "Done in {s} s",
        stopped: "Stopped",
        waiting: "The program is waiting, but no timer, thread or I/O is left to wake it; press Stop.",
        failed: "Could not load Python: ",
        truncated: "\n… (output too long, the rest is not shown)\n"
      };
  var MAX_OUTPUT = 200000;
  var bars = Array.prototype.slice.call(document.querySelectorAll("div.runner[data-snippet]"));
  window.guideRunner = true;

  var runtime = new URL(script.dataset.runtime, document.baseURI).href; // relative to the page
  var workerURL = new URL("runner-worker.js", script.src).href + "?runtime=" + encodeURIComponent(runtime);
  var worker = null;
  var runs = {}; // run id -> block
  var nextId = 0;

  function fail(message) {
    Object.keys(runs).forEach(function (id) {
      runs[id].write("stderr", T.failed + message + "\n");
      runs[id].finish("failed");
    });
    if (worker) worker.terminate();
    worker = null;
  }

  function startWorker() {
    worker = new Worker(workerURL, { type: "module" });
    worker.onerror = function (event) {
      fail(event.message || "worker error");
    };
    worker.onmessage = function (event) {
      var m = event.data;
      if (m.type === "failed") return fail(m.message);
      var block = runs[m.id];
      if (!block) return;
      if (m.type === "started") block.status(T.running);
      else if (m.type === "out") block.write(m.stream, m.text);
      else if (m.type === "waiting") block.status(T.waiting);
      else if (m.type === "done") block.finish("done");
    };
  }

  function stopAll() {
    if (worker) worker.terminate();
    worker = null;
    Object.keys(runs).forEach(function (id) {
      runs[id].finish("stopped");
    });
  }

  function button(label, cls) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "runner__" + cls;
    b.textContent = label;
    b.hidden = true;
    return b;
  }

  function setUp(bar) {
    var code = bar.previousElementSibling.querySelector("pre > code");
    // the verified code: kept by runner-on-demand.js before an edit that loaded this
    var original = code.verified !== undefined ? code.verified : code.innerHTML;
    var filename = bar.dataset.snippet.split("/").pop();
    var run = bar.querySelector(".runner__run");
    var stop = button(T.stop, "stop");
    var reset = button(T.reset, "reset");
    var status = document.createElement("span");
    status.className = "runner__status";
    status.setAttribute("role", "status");
    var output = document.createElement("pre");
    output.className = "runner__output";
    output.tabIndex = 0;
    output.hidden = true;
    run.after(stop, reset);
    bar.append(status);
    bar.after(output);
    run.hidden = false;

    reset.hidden = code.innerHTML === original;
    code.addEventListener("input", function () {
      reset.hidden = false;
    });
    code.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (!run.hidden) run.click();
      }
    });

    var id = null;
    var started = 0;
    var size = 0;
    var block = {
      status: function (text) {
        status.textContent = text;
      },
      write: function (stream, text) {
        if (size >= MAX_OUTPUT) return;
        size += text.length;
        if (size >= MAX_OUTPUT) text = text.slice(0, MAX_OUTPUT - size + text.length) + T.truncated;
        var last = output.lastChild;
        if (stream !== "stderr") {
          output.append(text);
        } else if (last && last.className === "runner__stderr") {
          last.append(text);
        } else {
          var span = document.createElement("span");
          span.className = "runner__stderr";
          span.append(text);
          output.append(span);
        }
      },
      finish: function (state) {
        delete runs[id];
        bar.dataset.state = state;
        bar.dataset.ms = String(Math.round(performance.now() - started));
        run.hidden = false;
        stop.hidden = true;
        if (state === "done") block.status(T.done.replace("{s}", ((performance.now() - started) / 1000).toFixed(2)));
        if (state === "stopped") block.status(T.stopped);
        if (state === "failed") block.status("");
      }
    };

    run.addEventListener("click", function () {
      started = performance.now();
      size = 0;
      output.textContent = "";
      output.hidden = false;
      bar.dataset.state = "running";
      run.hidden = true;
      stop.hidden = false;
      block.status(worker ? T.running : T.loading);
      if (!worker) startWorker();
      id = String(nextId++);
      runs[id] = block;
      worker.postMessage({ id: id, code: code.textContent, filename: filename });
    });
    stop.addEventListener("click", stopAll);
    reset.addEventListener("click", function () {
      code.innerHTML = original;
      reset.hidden = true;
      output.textContent = "";
      output.hidden = true;
      status.textContent = "";
      delete bar.dataset.state;
    });
  }

  bars.forEach(setUp);
})();
