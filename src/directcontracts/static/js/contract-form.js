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

  // The server's reading of an amount (contracts/money.py: to_minor, then
  // check_milestone_amount), with its rules from the page: the same currency marks,
  // separators, decimals and bounds. "1,100.00", "$400", "400 USD" -> {minor: ...};
  // "-50", "1e5", "1" or too many digits -> {problem: "the server's message"}; "" -> null.
  var rules = {};
  var rulesScript = document.getElementById("amount-rules");
  if (rulesScript) { try { rules = JSON.parse(rulesScript.textContent); } catch (e) { rules = {}; } }

  function currencyRules() {
    var all = rules.currencies || {};
    var code = currency && currency.value ? currency.value : "USD";
    return all[code] || null;
  }

  function stripSpaces(text) {
    var spaces = rules.spaces || " ";
    var start = 0;
    var end = text.length;
    while (start < end && spaces.indexOf(text.charAt(start)) !== -1) { start += 1; }
    while (end > start && spaces.indexOf(text.charAt(end - 1)) !== -1) { end -= 1; }
    return text.slice(start, end);
  }

  function readAmount(raw) {
    var text = String(raw || "").trim();
    if (!text) { return null; }
    var c = currencyRules();
    var example = { problem: rules.example || "Enter an amount such as 250, 250.00 or 1,100.00." };
    if (!c) { return example; }
    if (Array.from(text).length > rules.max_chars) { return { problem: rules.too_long }; }
    var upper = text.toUpperCase();
    for (var i = 0; i < c.marks.length; i += 1) {
      var mark = c.marks[i];
      if (upper.indexOf(mark) === 0) { text = text.slice(mark.length); break; }
      if (upper.length >= mark.length && upper.slice(upper.length - mark.length) === mark) {
        text = text.slice(0, text.length - mark.length);
        break;
      }
    }
    var number = stripSpaces(text).split("").map(function (ch) {
      return (rules.spaces || " ").indexOf(ch) !== -1 ? "," : ch;
    }).join("");
    if (!number || /[^0-9,.]/.test(number)) { return example; }
    var point = number.indexOf(".");
    var whole = point === -1 ? number : number.slice(0, point);
    var fraction = point === -1 ? "" : number.slice(point + 1);
    if (/[.,]/.test(fraction)) { return example; }
    var groups = whole.split(",");
    if (groups.length > 1 && (groups[0].length < 1 || groups[0].length > 3 ||
        groups.slice(1).some(function (g) { return g.length !== 3; }))) { return example; }
    var digits = groups.join("");
    if (!digits && !fraction) { return example; }
    digits = digits.replace(/^0+/, "");
    if (digits.length > c.whole_digits) { return { problem: c.too_large }; }
    var decimals = fraction.replace(/0+$/, "");
    if (decimals.length > c.precision) { return { problem: c.decimals }; }
    while (decimals.length < c.precision) { decimals += "0"; }
    var minor = Number(digits || "0") * Math.pow(10, c.precision) + Number(decimals || "0");
    if (minor < c.minimum) { return { problem: c.too_small }; }
    if (minor > rules.maximum) { return { problem: c.too_large }; }
    return { minor: minor };
  }

  // Rounded half up to the minor unit, as fee_of: split so no product passes 2^53.
  function fee(amount, bps) {
    var high = Math.floor(amount / 10000);
    var low = amount - high * 10000;
    return high * bps + Math.floor((low * bps + 5000) / 10000);
  }

  function money(minor) {
    var code = currency && currency.value ? currency.value : "USD";
    var c = currencyRules();
    var precision = c ? c.precision : 2;
    var major = minor / Math.pow(10, precision);
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: code }).format(major);
    } catch (e) { return major.toFixed(precision) + " " + code; }
  }

  function update() {
    if (!calculator) { return; }
    var sum = 0;
    var priced = 0;
    var problems = [];
    form.querySelectorAll("input[name$='-amount']").forEach(function (input, index) {
      var read = readAmount(input.value);
      if (!read) { return; }
      if (read.problem) { problems.push("Milestone " + (index + 1) + ": " + read.problem); return; }
      sum += read.minor;
      priced += 1;
    });
    if (problems.length) {
      calculator.textContent = "Contract total —. " + problems.join(" ");
      calculator.hidden = false;
      return;
    }
    if (!priced) { calculator.hidden = true; return; }
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
