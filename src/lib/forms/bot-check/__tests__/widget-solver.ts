import { readFileSync } from "node:fs"
import path from "node:path"
import vm from "node:vm"

/**
 * Solves a challenge with the `altcha` widget's own SHA worker (the file the
 * hosted page runs in a Web Worker), in a VM context that stands in for the
 * worker's global scope, and wraps the answer the way the widget fills its
 * hidden field. So the tests prove server and widget agree, not just server
 * and server.
 */
export async function solveLikeTheWidget(challengeJson: string): Promise<string> {
  const challenge = JSON.parse(challengeJson)
  // The worker file is not in the package's exports map: it is found from the main entry, dist/main/.
  const source = readFileSync(path.join(path.dirname(require.resolve("altcha")), "../workers/sha.js"), "utf8")
  const solution = await new Promise<unknown>((resolve, reject) => {
    const worker: Record<string, unknown> = {
      postMessage: (message: { error?: unknown } | null) =>
        message && "error" in message ? reject(message.error) : resolve(message),
    }
    const context = vm.createContext({ self: worker, crypto: globalThis.crypto, AbortController, TextEncoder, performance, setTimeout })
    vm.runInContext(source, context)
    const onmessage = worker.onmessage as (event: { data: unknown }) => Promise<void>
    onmessage({ data: { type: "work", challenge, counterMode: "uint32", counterStart: 0, counterStep: 1, timeout: 60_000 } }).catch(reject)
  })
  if (!solution) throw new Error("the widget's worker found no solution")
  return Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString("base64")
}
