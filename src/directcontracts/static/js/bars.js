// Sizes the earnings bars from data-percent (inline styles are not allowed by the CSP).
document.querySelectorAll(".bar-fill[data-percent]").forEach(function (el) {
  el.style.height = Math.max(2, parseInt(el.getAttribute("data-percent"), 10) || 0) + "%";
});
