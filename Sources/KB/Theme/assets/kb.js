// Progressive enhancements; every page works without this file.
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }

  function canonical(url) {
    // Relative base URLs resolve against the page; query and fragment are never copied.
    var absolute = new URL(url, window.location.href);
    absolute.search = "";
    absolute.hash = "";
    return absolute.href;
  }

  function setUpCopyButtons() {
    var buttons = document.querySelectorAll("button.copy-link[data-url]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var url = canonical(button.getAttribute("data-url"));
        copyText(url).then(function () {
          button.textContent = "Copied";
          button.classList.add("copied");
          setTimeout(function () {
            button.textContent = "Copy link";
            button.classList.remove("copied");
          }, 1500);
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", setUpCopyButtons);
})();
