/**
 * The browser side of the forms, served by the plugin as small plain
 * scripts (no build step, no framework). The hosted page works without them
 * (the form posts and the server answers a page); with them, a submission is
 * sent in the background and its answer — errors by field or the thank-you —
 * shows in place and is announced. The server's JSON already carries every
 * sentence in the visitor's language, so the scripts hold no texts.
 */
const ENHANCE = String.raw`
function hdEnhance(form) {
  if (form.getAttribute("data-hd-ready")) return;
  form.setAttribute("data-hd-ready", "1");
  var alertBox = form.querySelector(".hd-alert");
  function clear() {
    alertBox.hidden = true; alertBox.textContent = "";
    form.querySelectorAll(".hd-error").forEach(function (p) { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) {
      el.removeAttribute("aria-invalid");
      var help = el.getAttribute("data-hd-help");
      if (help) el.setAttribute("aria-describedby", help); else el.removeAttribute("aria-describedby");
    });
  }
  function show(data) {
    var display = (data && data.display) || {};
    var first = null;
    (display.problems || []).forEach(function (p) {
      var input = form.querySelector("#hd-" + CSS.escape(p.field));
      var error = form.querySelector("#hd-" + CSS.escape(p.field) + "-error");
      if (input) {
        var help = input.getAttribute("data-hd-help");
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", (help ? help + " " : "") + "hd-" + p.field + "-error");
        first = first || input;
      }
      if (error) { error.textContent = p.text; error.hidden = false; }
    });
    alertBox.textContent = display.alert || (data && data.message) || "Error";
    alertBox.hidden = false;
    (first || alertBox).focus();
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    clear();
    fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, credentials: "omit" })
      .then(function (res) { return res.json().catch(function () { return {}; }).then(function (data) { return { ok: res.ok, data: data }; }); })
      .then(function (answer) {
        if (!answer.ok) return show(answer.data);
        var after = answer.data.after_submit || {};
        if (after.type === "redirect" && after.url) { window.location.assign(after.url); return; }
        var done = document.createElement("p");
        done.className = "hd-done"; done.setAttribute("role", "status"); done.tabIndex = -1;
        done.textContent = answer.data.display && answer.data.display.message;
        form.replaceWith(done);
        done.focus();
      })
      .catch(function () { show({}); })
      .then(function () { button.disabled = false; });
  });
}
`

/** /helpdesk/assets/form.js: enhances the hosted page's form. */
export const FORM_PAGE_SCRIPT = `"use strict";
${ENHANCE}
document.querySelectorAll("form[data-helpdesk-form]").forEach(hdEnhance);
`

/**
 * /helpdesk/forms/:id/embed.js: put
 * <script src=".../helpdesk/forms/ID/embed.js" async></script> where the form
 * should appear. It fetches the form's markup from the helpdesk (CORS: the
 * form's allowed origins only), inserts it after itself, and sends
 * submissions back there.
 */
export function embedScript(fragmentUrl: string, altchaUrl: string): string {
  return `"use strict";
(function () {
${ENHANCE}
  var script = document.currentScript;
  var holder = document.createElement("div");
  holder.className = "hd-embed";
  script.parentNode.insertBefore(holder, script.nextSibling);
  fetch(${JSON.stringify(fragmentUrl)}, { credentials: "omit" })
    .then(function (res) { if (!res.ok) throw new Error("helpdesk form: " + res.status); return res.text(); })
    .then(function (html) {
      holder.innerHTML = html;
      if (holder.querySelector("altcha-widget") && !customElements.get("altcha-widget")) {
        var widget = document.createElement("script");
        widget.src = ${JSON.stringify(altchaUrl)};
        document.head.appendChild(widget);
      }
      holder.querySelectorAll("form[data-helpdesk-form]").forEach(hdEnhance);
    })
    .catch(function (error) { console.error(error); });
})();
`
}
