import type sanitizeHtml from "sanitize-html"
import { nestsDeeperThan } from "./html-depth"
import { htmlToText } from "./html-to-text"

// Loaded on first use: it pulls in postcss, ~0.2 s of start-up that text-only mail does not need.
// Held at 2.17: 2.18 moved to htmlparser2 12, an ES module that Node < 20.19 and jest cannot require.
let library: typeof sanitizeHtml | null = null
const load = (): typeof sanitizeHtml => (library ??= require("sanitize-html") as typeof sanitizeHtml)

/** Elements open at once; HTML nested deeper is shown as its text. */
const MAX_HTML_DEPTH = 1000

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }
const textAsHtml = (text: string) => `<p>${text.replace(/[&<>"]/g, (c) => ESCAPES[c]).replace(/\n/g, "<br>")}</p>`

/** CSS values that could load something or run script. */
const UNSAFE_CSS = /url\s*\(|expression\s*\(|javascript:|vbscript:|@import|behavior\s*:|-moz-binding|image-set\s*\(|\\/i
const SAFE_CSS_VALUE = [/^(?![\s\S]*(url\s*\(|expression\s*\(|javascript:|vbscript:|@import|-moz-binding|image-set\s*\(|\\))[\s\S]*$/i]

const STYLE_PROPERTIES = [
  "color", "background-color", "font", "font-family", "font-size", "font-style", "font-weight", "font-variant",
  "text-align", "text-decoration", "text-transform", "text-indent", "line-height", "letter-spacing",
  "word-spacing", "white-space", "vertical-align", "direction", "list-style-type",
  "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
  "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
  "border", "border-top", "border-right", "border-bottom", "border-left", "border-color", "border-style",
  "border-width", "border-collapse", "border-spacing", "border-radius",
  "width", "height", "max-width", "min-width", "max-height", "min-height", "display",
]

const TAGS = [
  "a", "abbr", "acronym", "address", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br",
  "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt",
  "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
  "img", "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
  "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
  "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
]

// no class or id: they could pick up the admin's own CSS or clobber its DOM
const COMMON_ATTRIBUTES = ["style", "dir", "lang", "title", "align", "valign", "width", "height"]

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: TAGS,
  allowedAttributes: {
    "*": COMMON_ATTRIBUTES,
    a: ["href", "name", "target", "rel"],
    img: ["src", "alt", "border"],
    font: ["color", "face", "size"],
    table: ["border", "cellpadding", "cellspacing", "bgcolor", "summary"],
    td: ["colspan", "rowspan", "bgcolor", "nowrap"],
    th: ["colspan", "rowspan", "bgcolor", "nowrap", "scope"],
    tr: ["bgcolor"],
    col: ["span"],
    colgroup: ["span"],
    ol: ["start", "type", "reversed"],
    ul: ["type"],
    li: ["value"],
    blockquote: ["cite", "type"],
    q: ["cite"],
    time: ["datetime"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  // images: only https and the message's own parts (cid:), never other remote loads
  allowedSchemesByTag: { img: ["https", "cid"] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  allowProtocolRelative: false,
  allowedStyles: { "*": Object.fromEntries(STYLE_PROPERTIES.map((p) => [p, SAFE_CSS_VALUE])) },
  // the content of these is code or invisible, never text to show
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "head", "template", "iframe", "object", "embed", "applet", "xml", "svg", "math", "select", "button"],
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => {
      const attributes: sanitizeHtml.Attributes = { ...attribs }
      if (attributes.href && /^\s*(https?:|mailto:|tel:)/i.test(attributes.href)) {
        attributes.target = "_blank"
        attributes.rel = "noopener noreferrer nofollow"
      } else {
        delete attributes.target
        delete attributes.rel
      }
      return { tagName, attribs: attributes }
    },
  },
  // an image whose source was not allowed is dropped rather than left as a broken <img>
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
}

/**
 * Safe HTML for showing a mail in the admin: formatting, links (http, https, mailto, tel), https
 * and cid: images stay; scripts, event handlers, forms and inputs, frames, objects, embeds,
 * <style> blocks, style values that load anything, and javascript: URLs are removed.
 */
export function sanitizeMailHtml(html: string): string {
  if (!html) return ""
  // No mail client nests this deep; past it the HTML parser's time grows with the square of the depth.
  if (nestsDeeperThan(html, MAX_HTML_DEPTH)) return textAsHtml(htmlToText(html))
  const clean = load()(html, OPTIONS)
  // belt and braces: sanitize-html filters style values by the rules above; drop any that slipped through
  return clean.replace(/\sstyle="([^"]*)"/gi, (whole, value: string) =>
    UNSAFE_CSS.test(value.replace(/&[a-z]+;|&#\d+;/gi, "")) ? "" : whole
  )
}
