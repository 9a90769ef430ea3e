// Run buttons, before the first click (hooks/runner.py inlines this on pages with a
// runnable example, before the theme's bundle; the bars are in the page already). It
// only shows the buttons, or, in a browser without WebAssembly stack switching (JSPI,
// which asyncio.run() needs there), one line saying so, and makes the examples editable.
// Nothing is fetched until the reader presses Run or starts typing in an example: then
// javascripts/runner.js (data-src) loads and takes over; it starts the runtime's worker
// on the first Run. Each example's verified code is kept before its first edit, for Reset.
(function () {
  var script = document.currentScript;
  var bars = document.querySelectorAll("div.runner[data-snippet]");
  var jspi =
    typeof WebAssembly === "object" &&
    typeof WebAssembly.Suspending === "function" &&
    typeof WebAssembly.promising === "function" &&
    typeof Worker === "function";
  var codes = [];
  for (var i = 0; i < bars.length; i++) {
    if (!jspi) {
      bars[i].querySelector(".runner__note").textContent = script.dataset.nojspi;
      continue;
    }
    var code = bars[i].previousElementSibling.querySelector("pre > code");
    try {
      code.contentEditable = "plaintext-only";
    } catch (e) {
      code.contentEditable = "true";
    }
    code.spellcheck = false;
    code.setAttribute("autocapitalize", "off");
    code.setAttribute("aria-label", script.dataset.label);
    codes.push(code);
    bars[i].querySelector(".runner__run").hidden = false;
  }
  if (!codes.length) return;
  var pressed = []; // Run buttons pressed while runner.js loads: pressed again after
  var loading = false;
  function load() {
    if (loading) return;
    loading = true;
    var s = document.createElement("script");
    s.src = script.dataset.src;
    s.dataset.runtime = script.dataset.runtime;
    s.onload = function () {
      pressed.splice(0).forEach(function (run) {
        run.click();
      });
    };
    document.head.appendChild(s);
  }
  document.addEventListener(
    "click",
    function (event) {
      var run = event.target.closest && event.target.closest("div.runner .runner__run");
      if (!run || window.guideRunner) return;
      event.stopImmediatePropagation();
      if (pressed.indexOf(run) < 0) pressed.push(run);
      load();
    },
    true
  );
  document.addEventListener(
    "beforeinput",
    function (event) {
      var code = event.target.closest && event.target.closest("pre > code[contenteditable]");
      if (!code || codes.indexOf(code) < 0) return;
      if (code.verified === undefined) code.verified = code.innerHTML; // before the edit
      if (!window.guideRunner) load();
    },
    true
  );
})();
