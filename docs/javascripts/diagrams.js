/* Mermaid diagrams, offline and lazily: the site's own copy of mermaid (3.5 MB) is
   fetched only when a diagram comes near the screen, or at once on the print page
   that becomes the PDF. Loaded (by hooks/site.py) only on pages that have a diagram. */
(function () {
  var here = document.currentScript.src;
  var mermaidSrc = new URL("../assets/javascripts/mermaid.min.js", here).href;
  var loading = null;

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = mermaidSrc;
        s.onload = resolve;
        s.onerror = reject;
        document.head.appendChild(s);
      }).then(function () {
        var dark = document.body.getAttribute("data-md-color-scheme") === "slate";
        window.mermaid.initialize({
          startOnLoad: false,
          theme: dark ? "dark" : "default",
          // edge labels readable in both palettes (WCAG AA contrast, checked by axe)
          themeVariables: dark ? { edgeLabelBackground: "#333333" } : {}
        });
      });
    }
    return loading;
  }

  // One diagram at a time: two mermaid.run() calls in flight at once drew both
  // diagrams into one SVG (seen when two diagrams came near the screen together).
  var queue = Promise.resolve();

  function render(pre) {
    queue = queue.then(load).then(function () {
      var div = document.createElement("div");
      div.className = "diagram-mermaid";
      // a wide diagram scrolls sideways on a phone (extra.css): keyboard users too
      div.tabIndex = 0;
      div.textContent = pre.textContent;
      pre.replaceWith(div);
      return window.mermaid.run({ nodes: [div] });
    }).catch(function (err) { console.error(err); });
    return queue;
  }

  var diagrams = Array.prototype.slice.call(document.querySelectorAll("pre.diagram-mermaid"));
  var all = /\/print_page\/$/.test(location.pathname) || !("IntersectionObserver" in window);
  if (all) {
    diagrams.forEach(render);
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.unobserve(entry.target);
        render(entry.target);
      }
    });
  }, { rootMargin: "300px" });
  diagrams.forEach(function (pre) { observer.observe(pre); });
})();
