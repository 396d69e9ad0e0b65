import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The field an entry names, as the framework reads it: `+x`, ` x` and `-x`
 * all name `x` (the framework adds even a `-x` when another entry replaces the
 * defaults, so removals are checked too); `*x` and `x.*` name the relation.
 */
function fieldOf(entry: string): string {
  return entry.replace(/^[+ \t-]+/, "").trim().replace(/(^\*|\.\*$)/, "")
}

/**
 * Answers 400 naming the fields outside `allowed`. The query config's own
 * `allowed` list only drops such fields silently, so a caller would not learn
 * that what they asked for is refused; this runs first and says so.
 */
export function validateQueryFields(allowed: string[]) {
  const permitted = new Set(allowed)
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const raw = req.query.fields
    if (raw === undefined) return next()
    const entries = (Array.isArray(raw) ? raw : [raw]).flatMap((value) =>
      typeof value === "string" ? value.split(",") : [JSON.stringify(value)]
    )
    const refused = entries.filter((entry) => entry.trim() && !permitted.has(fieldOf(entry))).map((entry) => entry.trim())
    if (refused.length) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `These fields cannot be requested here: ${[...new Set(refused)].slice(0, 10).join(", ")}. ` +
            "Ask for the record's own fields; file keys and relations to other records are not available."
        )
      )
    }
    next()
  }
}
