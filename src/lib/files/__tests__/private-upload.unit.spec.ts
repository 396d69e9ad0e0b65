import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { LocalFileService } from "@medusajs/file-local/dist/services/local-file"
import { IFileModuleService } from "@medusajs/framework/types"
import { openPrivateUpload } from "../upload-buffers"

/** Medusa's local provider behind the two calls the File module makes of it here. */
function localFiles(dir: string): IFileModuleService {
  const provider = new LocalFileService({}, { upload_dir: dir, private_upload_dir: dir })
  return {
    getUploadStream: (file: any) => provider.getUploadStream(file),
    deleteFiles: async (ids: string | string[]) => provider.delete([ids].flat().map((fileKey) => ({ fileKey }))),
  } as unknown as IFileModuleService
}

describe("openPrivateUpload with the local provider", () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "helpdesk-upload-"))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("stores what is written under a private key and gives its id", async () => {
    const upload = await openPrivateUpload(localFiles(dir), { filename: "Счёт.pdf", mimeType: "application/pdf" })
    upload.writable.end(Buffer.from("%PDF"))
    const id = await upload.finished()
    expect(id).toMatch(/^private-\d+-[0-9a-f]{8}-Счёт\.pdf$/)
    expect(existsSync(path.join(dir, id))).toBe(true)
  })

  it("leaves no file behind when aborted before its stream opened the file", async () => {
    const upload = await openPrivateUpload(localFiles(dir), { filename: "refused.pdf", mimeType: "application/pdf" })
    await upload.abort()
    // The provider's stream opens its file asynchronously; give a late open the time to show.
    await new Promise((r) => setTimeout(r, 100))
    expect(readdirSync(dir)).toEqual([])
  })

  it("leaves no file behind when aborted halfway through", async () => {
    const upload = await openPrivateUpload(localFiles(dir), { filename: "half.pdf", mimeType: "application/pdf" })
    await new Promise<void>((resolve) => upload.writable.write(Buffer.alloc(64 * 1024), () => resolve()))
    await upload.abort()
    await new Promise((r) => setTimeout(r, 100))
    expect(readdirSync(dir)).toEqual([])
  })

  it("gathers the bytes for a provider without upload streams and hands them to createFiles whole", async () => {
    const created: { filename: string; content: string; access: string }[] = []
    const files = {
      getUploadStream: async () => {
        throw new Error("Method getUploadStream must be overridden by the child service")
      },
      createFiles: async (list: any[]) => {
        created.push(...list)
        return list.map((_, i) => ({ id: `file_${i}` }))
      },
    } as unknown as IFileModuleService
    const upload = await openPrivateUpload(files, { filename: "notes.txt", mimeType: "text/plain" })
    upload.writable.write(Buffer.from("first "))
    upload.writable.end(Buffer.from("second"))
    expect(await upload.finished()).toBe("file_0")
    expect(created).toMatchObject([{ access: "private", content: Buffer.from("first second").toString("base64") }])
    expect(created[0].filename).toMatch(/-notes\.txt$/)
  })
})

