// The course site opened as a file (file://): the browser refuses the requests that
// Sphinx's search makes for each result's summary (one CORS error per result). Search
// still finds pages from its index; here it lists them by title only, and says so.
(() => {
  if (window.location.protocol !== "file:") return;
  if (typeof DOCUMENTATION_OPTIONS !== "undefined") {
    DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY = false;
  }
  document.addEventListener("DOMContentLoaded", () => {
    const results = document.getElementById("search-results");
    if (!results) return;
    const note = document.createElement("p");
    note.className = "ckl-search-offline";
    note.setAttribute("role", "note");
    note.textContent =
      "This site is opened as a file: search lists matching pages by title only. " +
      "To see a summary of each result, serve the site " +
      "(python -m http.server -d site/_build/html 8000) and open http://localhost:8000.";
    results.parentNode.insertBefore(note, results);
  });
})();
