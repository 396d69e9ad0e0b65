/**
 * Turns a stored mail body into the `srcdoc` of a sandboxed frame. The
 * server sanitises HTML before storing it; this treats it as hostile anyway:
 * the frame runs no scripts (sandbox without allow-scripts) and its CSP
 * allows only inline styles and images from `data:`, the plugin's own
 * attachment route (for `cid:`) and, after *Show images*, the web. Before
 * that, remote image references are taken out of the markup as well, so
 * nothing is fetched even where a browser's CSP support falls short.
 */

/** Elements that never belong in a displayed mail: they run, embed, navigate or submit. */
const DROP = [
  "script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "portal",
  "meta", "link", "base", "form", "input", "button", "select", "textarea", "template",
  "audio", "video", "source", "track", "canvas", "dialog", "math", "xml", "import",
].join(",")

const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset", "lowsrc", "dynsrc", "data", "codebase", "ping"]
const SAFE_LINK = /^(https?:|mailto:|tel:|#)/i
const REMOTE = /^(https?:)?\/\//i
const CSS_REMOTE_URL = /url\(\s*(['"]?)\s*(?:https?:)?\/\/[^)]*\)/gi
const CSS_DANGER = /expression\s*\(|behavior\s*:|-moz-binding|javascript:|@import/gi

export interface MailHtmlOptions {
  /** Load images from the web (the agent pressed *Show images*). */
  showImages: boolean
  /** The plugin's download URL of an inline attachment, by Content-ID. */
  cidUrl: (contentId: string) => string | null
  /** Where those download URLs live (the admin's backend), for the CSP. */
  attachmentOrigin: string
}

export interface PreparedMail {
  srcDoc: string
  /** How many remote images the mail has (so *Show images* is offered only when it matters). */
  remoteImages: number
}

/** Removes control characters and whitespace browsers ignore inside a URL scheme ("java\tscript:"). */
const squash = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "")

const cleanCss = (css: string, showImages: boolean, count: () => void) => {
  let out = css.replace(CSS_DANGER, "")
  if (!showImages) {
    out = out.replace(CSS_REMOTE_URL, () => {
      count()
      return "none"
    })
  }
  return out
}

interface Cleaned {
  body: string
  styles: string[]
  remoteImages: number
}

function clean(html: string, options: MailHtmlOptions, resolved: Set<string>): Cleaned {
  // DOMParser makes an inert document: nothing in it runs or loads.
  const doc = new DOMParser().parseFromString(html, "text/html")
  let remoteImages = 0
  const count = () => {
    remoteImages++
  }

  doc.querySelectorAll(DROP).forEach((el) => el.remove())
  doc.querySelectorAll("*").forEach((el) => {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase()
      const value = squash(attr.value)
      if (name.startsWith("on") || name === "srcdoc" || name === "http-equiv") {
        el.removeAttribute(attr.name)
      } else if (name === "style") {
        el.setAttribute("style", cleanCss(attr.value, options.showImages, count))
      } else if (name === "src" && el.localName === "img") {
        if (resolved.has(attr.value)) {
          continue
        } else if (/^cid:/i.test(value)) {
          const url = options.cidUrl(value.slice(4).replace(/^<|>$/g, ""))
          if (url) resolved.add(url)
          url ? el.setAttribute("src", url) : el.removeAttribute("src")
        } else if (REMOTE.test(value)) {
          count()
          if (!options.showImages) {
            el.setAttribute("data-blocked-src", attr.value)
            el.removeAttribute("src")
          }
        } else if (!/^data:image\/(png|jpe?g|gif|webp|bmp);/i.test(value)) {
          el.removeAttribute("src")
        }
      } else if (URL_ATTRS.includes(name)) {
        if (name === "href" && el.localName === "a" && SAFE_LINK.test(value)) continue
        if ((name === "srcset" || name === "background") && options.showImages && REMOTE.test(value)) continue
        if (REMOTE.test(value)) count()
        el.removeAttribute(attr.name)
      }
    }
  })
  const styles = Array.from(doc.querySelectorAll("style")).map((s) =>
    cleanCss(s.textContent ?? "", options.showImages, count).replace(/<\/?style/gi, "")
  )
  doc.querySelectorAll("style").forEach((s) => s.remove())
  return { body: doc.body?.innerHTML ?? "", styles, remoteImages }
}

export function prepareMailHtml(html: string, options: MailHtmlOptions): PreparedMail {
  // The plugin's own download URLs that `cid:` references became.
  const resolved = new Set<string>()
  const first = clean(html, options, resolved)
  // Once more over the serialised result: markup that re-parses into something
  // new (mutation XSS) is cleaned as well before the frame ever parses it.
  const second = clean(first.body, options, resolved)
  const styles = [...first.styles, ...second.styles].map((css) => `<style>${css}</style>`)

  const images = ["data:", "cid:", options.attachmentOrigin, ...(options.showImages ? ["https:", "http:"] : [])].join(" ")
  const csp = `default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src ${images}; form-action 'none'; base-uri 'none'`
  const srcDoc = [
    "<!doctype html><html><head>",
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta charset="utf-8"><meta name="referrer" content="no-referrer">',
    "<style>html,body{margin:0;padding:0;overflow-y:hidden}body{font:14px/1.5 Inter,system-ui,sans-serif;color:#18181b;overflow-wrap:anywhere}img{max-width:100%;height:auto}a{color:#2563eb}</style>",
    ...styles,
    "</head><body>",
    second.body,
    "</body></html>",
  ].join("")
  return { srcDoc, remoteImages: first.remoteImages }
}
