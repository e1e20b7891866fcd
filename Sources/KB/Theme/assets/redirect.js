// Sends a moved page's visitors on, keeping the #fragment that a meta refresh would drop.
(function () {
  "use strict";
  var script = document.currentScript;
  var target = script && script.getAttribute("data-target");
  if (target) {
    window.location.replace(target + window.location.hash);
  }
})();
