/**
 * sanitize-html (CommonJS) requires htmlparser2 12, which is an ES module. Node 20.19+/22.12+ load it
 * natively, but jest's own module registry cannot require an ES module. Tests that reach the
 * sanitiser therefore load sanitize-html through Node's loader:
 *
 *   jest.mock("sanitize-html", () => require("./native-modules").nativeRequire("sanitize-html"))
 */
export function nativeRequire(name: string): unknown {
  const nodeModule = (process as unknown as { getBuiltinModule(id: string): typeof import("node:module") }).getBuiltinModule(
    "node:module"
  )
  return nodeModule.createRequire(__filename)(name)
}
