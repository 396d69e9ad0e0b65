/**
 * altcha-lib, loaded with `import()`. TypeScript sees only its ESM typings and
 * refuses a `require` of them from this CommonJS plugin, although the package
 * ships a CommonJS build too. Node 20 resolves this import to the ESM build;
 * jest's swc transform turns it into a `require` of the CommonJS one. Both
 * builds are the same code.
 */
export async function loadAltcha() {
  const [lib, sha] = await Promise.all([import("altcha-lib"), import("altcha-lib/algorithms/sha")])
  return { createChallenge: lib.createChallenge, randomInt: lib.randomInt, verifySolution: lib.verifySolution, sha: sha.deriveKey }
}
