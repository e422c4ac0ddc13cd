// "Show earlier messages / activity" loads the page before in place. The link is a plain
// link too (the page before, server-rendered), so nothing depends on JavaScript.
(function () {
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-show-earlier]") : null;
    if (!link) { return; }
    event.preventDefault();
    var item = link.closest("li");
    link.setAttribute("aria-busy", "true");
    fetch(link.getAttribute("data-show-earlier"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (html) {
        var template = document.createElement("template");
        template.innerHTML = html;
        var first = template.content.querySelector("li:not(.show-earlier)");
        item.replaceWith(template.content);
        if (first) { first.setAttribute("tabindex", "-1"); first.focus(); }
      })
      .catch(function () { window.location.href = link.href; });
  });
})();
