// The draft form: "Add milestone" adds a row (the formset's empty form), and a live line
// says what the client pays and what the freelancer receives. Without JavaScript the
// form still works: the extra empty rows are there and the draft page shows the quote.
(function () {
  "use strict";
  var form = document.getElementById("milestone-rows");
  var template = document.getElementById("milestone-template");
  var addButton = document.getElementById("add-milestone");
  var calculator = document.getElementById("fee-calculator");
  var total = document.getElementById("id_m-TOTAL_FORMS");
  var maxForms = document.getElementById("id_m-MAX_NUM_FORMS");
  var currency = document.getElementById("id_currency");
  if (!form || !template || !total) { return; }

  function addRow() {
    var index = parseInt(total.value, 10);
    if (maxForms && index >= parseInt(maxForms.value, 10)) { return; }
    var html = template.innerHTML.replace(/__prefix__/g, String(index))
      .replace(/__number__/g, String(index + 1));
    var holder = document.createElement("div");
    holder.innerHTML = html.trim();
    var row = holder.firstElementChild;
    form.appendChild(row);
    total.value = String(index + 1);
    var first = row.querySelector("input");
    if (first) { first.focus(); }
    update();
  }

  // "1,100.00", "$400", "400 USD" -> minor units (2 decimals), or null.
  function minorUnits(text) {
    var cleaned = String(text || "").replace(/[^0-9.]/g, "");
    if (!cleaned || (cleaned.match(/\./g) || []).length > 1) { return null; }
    var value = Math.round(parseFloat(cleaned) * 100);
    return isFinite(value) ? value : null;
  }

  function fee(amount, bps) { return Math.floor((amount * bps + 5000) / 10000); }

  function money(minor) {
    var code = currency && currency.value ? currency.value : "USD";
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: code }).format(minor / 100);
    } catch (e) { return (minor / 100).toFixed(2) + " " + code; }
  }

  function update() {
    if (!calculator) { return; }
    var sum = 0;
    form.querySelectorAll("input[name$='-amount']").forEach(function (input) {
      var value = minorUnits(input.value);
      if (value) { sum += value; }
    });
    if (!sum) { calculator.hidden = true; return; }
    var freelancerFee = fee(sum, parseInt(calculator.dataset.freelancerBps, 10));
    var cardFee = fee(sum, parseInt(calculator.dataset.cardBps, 10));
    calculator.textContent = "Contract total " + money(sum) + ". The client pays " +
      money(sum + cardFee) + " by card (" + money(cardFee) + " processing fee). You receive " +
      money(sum - freelancerFee) + " after the " + money(freelancerFee) + " service fee.";
    calculator.hidden = false;
  }

  if (addButton) {
    addButton.hidden = false;
    addButton.addEventListener("click", addRow);
  }
  form.addEventListener("input", update);
  if (currency) { currency.addEventListener("change", update); }
  update();
})();
