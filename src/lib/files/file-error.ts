/**
 * Why a file could not be stored, in words an agent may read: a File
 * provider's error names the server's paths and bucket keys ("ENAMETOOLONG:
 * name too long, open '/srv/shop/static/…'"), which stay in the server log.
 */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown })?.code
  const raw = (error as Error)?.message ?? (typeof error === "string" ? error : "")
  const message = withoutServerPaths(String(raw))
  // Node's file errors read "CODE: what, syscall 'path'": the words before the syscall say it all.
  const words = typeof code === "string" && message.startsWith(`${code}: `) ? message.split(",")[0] : message
  return `the file store refused it${words ? ` (${words.slice(0, 200)})` : typeof code === "string" ? ` (${code})` : ""}`
}

/** `message` with every quoted or absolute file path replaced by "…", for errors shown outside the server log. */
export function withoutServerPaths(message: string): string {
  return message
    .replace(/(['"`])(?:[A-Za-z]:)?[\\/][^'"`]*\1/g, "…")
    .replace(/(^|[\s(=:])(?:[A-Za-z]:\\|\/)[^\s'"`,;)]*[^\s'"`,;):]/g, "$1…")
}

/** Local (ENOENT), S3 (NoSuchKey, 404) and the File module itself ("not_found") say "gone" differently. */
export function isMissingFileError(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown; type?: unknown; $metadata?: { httpStatusCode?: unknown } } | null
  return (
    e?.code === "ENOENT" ||
    e?.name === "NoSuchKey" ||
    e?.name === "NotFound" ||
    e?.type === "not_found" ||
    e?.$metadata?.httpStatusCode === 404
  )
}
