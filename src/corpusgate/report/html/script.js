/* corpusgate report: filtering and sorting. The page is complete without this script. */
(function () {
  "use strict";
  var doc = document;
  var list = doc.getElementById("doc-list");
  var docs = list ? Array.prototype.slice.call(list.querySelectorAll("details.doc")) : [];
  var query = doc.getElementById("doc-filter");
  var expectation = doc.getElementById("doc-expectation");
  var status = doc.getElementById("doc-status");
  var counter = doc.getElementById("doc-count");
  var onlyUnmet = doc.getElementById("only-unmet");

  Array.prototype.forEach.call(doc.querySelectorAll("[data-js-only]"), function (el) {
    el.hidden = false;
  });

  /* Sortable tables: click a header to sort by it, again to reverse. */
  function cellKey(row, index, numeric) {
    var cell = row.cells[index];
    if (!cell) { return numeric ? 0 : ""; }
    var raw = cell.getAttribute("data-value");
    if (raw === null) { raw = cell.textContent.trim(); }
    if (numeric) {
      var n = parseFloat(raw);
      return isNaN(n) ? 0 : n;
    }
    return raw.toLowerCase();
  }
  Array.prototype.forEach.call(doc.querySelectorAll("table[data-sortable]"), function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var kind = th.getAttribute("data-sort");
      if (!kind) { return; }
      var button = doc.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var numeric = kind === "number";
        rows.sort(function (a, b) {
          var x = cellKey(a, index, numeric), y = cellKey(b, index, numeric);
          var order = x < y ? -1 : (x > y ? 1 : 0);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  if (onlyUnmet) {
    onlyUnmet.addEventListener("change", function () {
      var rows = doc.querySelectorAll("#expectation-table tbody tr");
      Array.prototype.forEach.call(rows, function (row) {
        row.hidden = onlyUnmet.checked && row.getAttribute("data-status") === "pass";
      });
    });
  }

  /* Documents: filter by text, expectation and status; the state lives in the URL hash. */
  function applyFilter(updateHash) {
    var q = query ? query.value.trim().toLowerCase() : "";
    var e = expectation ? expectation.value : "";
    var s = status ? status.value : "";
    var shown = 0;
    docs.forEach(function (el) {
      var ok = true;
      if (q && el.getAttribute("data-search").indexOf(q) < 0) { ok = false; }
      if (ok && e && (" " + el.getAttribute("data-expectations") + " ").indexOf(" " + e + " ") < 0) { ok = false; }
      if (ok && s && el.getAttribute("data-gate") !== s && el.getAttribute("data-status") !== s) { ok = false; }
      el.hidden = !ok;
      if (ok) { shown += 1; }
    });
    if (counter) {
      counter.textContent = shown === docs.length ? docs.length + " listed" : shown + " of " + docs.length + " listed";
    }
    if (updateHash && window.history && window.history.replaceState) {
      var parts = [];
      if (q) { parts.push("q=" + encodeURIComponent(q)); }
      if (e) { parts.push("expectation=" + encodeURIComponent(e)); }
      if (s) { parts.push("status=" + encodeURIComponent(s)); }
      var hash = parts.length ? "#filter?" + parts.join("&") : "#documents";
      window.history.replaceState(null, "", hash);
    }
  }
  var timer = null;
  function later() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(function () { applyFilter(true); }, 120);
  }
  if (query) { query.addEventListener("input", later); }
  if (expectation) { expectation.addEventListener("change", function () { applyFilter(true); }); }
  if (status) { status.addEventListener("change", function () { applyFilter(true); }); }

  function setSelect(select, value) {
    if (!select) { return; }
    for (var i = 0; i < select.options.length; i += 1) {
      if (select.options[i].value === value) { select.selectedIndex = i; return; }
    }
  }

  function fromHash() {
    var hash = decodeURIComponent(window.location.hash || "");
    if (hash.indexOf("#filter?") === 0) {
      var params = {};
      hash.slice(8).split("&").forEach(function (pair) {
        var at = pair.indexOf("=");
        if (at > 0) { params[pair.slice(0, at)] = pair.slice(at + 1); }
      });
      if (query) { query.value = params.q || ""; }
      setSelect(expectation, params.expectation || "");
      setSelect(status, params.status || "");
      applyFilter(false);
      return;
    }
    /* A link to a document or a finding opens the document. */
    var id = hash.slice(1);
    if (!id) { return; }
    var target = doc.getElementById(id);
    if (!target) { return; }
    var holder = target.closest ? target.closest("details") : null;
    if (holder) {
      holder.open = true;
      target.scrollIntoView({block: "start", behavior: "instant"});
    }
  }
  window.addEventListener("hashchange", fromHash);

  /* Sorting documents. */
  Array.prototype.forEach.call(doc.querySelectorAll("[data-sort-docs]"), function (button) {
    button.addEventListener("click", function () {
      var key = button.getAttribute("data-sort-docs");
      Array.prototype.forEach.call(doc.querySelectorAll("[data-sort-docs]"), function (other) {
        other.setAttribute("aria-pressed", other === button ? "true" : "false");
      });
      var sorted = docs.slice().sort(function (a, b) {
        if (key === "findings") {
          return (+b.getAttribute("data-findings")) - (+a.getAttribute("data-findings")) ||
            (+a.getAttribute("data-position")) - (+b.getAttribute("data-position"));
        }
        if (key === "id") {
          var x = a.getAttribute("data-id"), y = b.getAttribute("data-id");
          return x < y ? -1 : (x > y ? 1 : 0);
        }
        return (+a.getAttribute("data-position")) - (+b.getAttribute("data-position"));
      });
      sorted.forEach(function (el) { list.appendChild(el); });
    });
  });

  function setAll(open) {
    docs.forEach(function (el) { if (!el.hidden) { el.open = open; } });
  }
  var expand = doc.getElementById("expand-all");
  var collapse = doc.getElementById("collapse-all");
  if (expand) { expand.addEventListener("click", function () { setAll(true); }); }
  if (collapse) { collapse.addEventListener("click", function () { setAll(false); }); }

  fromHash();
  doc.documentElement.setAttribute("data-js", "ready");
}());
