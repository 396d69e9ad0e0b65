import { validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/** A GET that takes no query parameters: any one, `fields` included, answers 400 naming it. */
export const AdminNoQuery = z.object({}).strict()

export const validateNoQuery = () => validateAndTransformQuery(AdminNoQuery, {})
