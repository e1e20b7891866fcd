/// The script `kb serve` adds to every page it serves: reload on rebuild, show errors on failure.
enum ReloadScript {
  static let path = "/__kb/reload.js"
  static let events = "/__kb/events"

  static let source = """
    (function () {
      "use strict";
      var overlay = null;
      function showErrors(text) {
        if (!overlay) {
          overlay = document.createElement("div");
          overlay.id = "kb-serve-errors";
          overlay.setAttribute("role", "alert");
          var s = overlay.style;
          s.position = "fixed"; s.left = "0"; s.right = "0"; s.bottom = "0"; s.maxHeight = "60vh";
          s.overflow = "auto"; s.margin = "0"; s.padding = "1rem"; s.zIndex = "2147483647";
          s.background = "#2b0b0b"; s.color = "#ffd7d7"; s.font = "13px/1.5 ui-monospace, monospace";
          s.whiteSpace = "pre-wrap"; s.borderTop = "4px solid #e5484d";
          document.body.appendChild(overlay);
        }
        overlay.textContent = "kb serve: the last rebuild failed; showing the last good site.\\n\\n" + text;
      }
      var source = new EventSource("\(events)");
      source.addEventListener("reload", function () { window.location.reload(); });
      source.addEventListener("errors", function (event) { showErrors(JSON.parse(event.data)); });
    })();

    """
}
