import { describeFileError, withoutServerPaths } from "../file-error"

describe("describeFileError", () => {
  it("keeps a file system error's code and words, not its path", () => {
    const error = Object.assign(new Error("ENAMETOOLONG: name too long, open '/srv/shop/static/private-1-Акт.pdf'"), { code: "ENAMETOOLONG" })
    expect(describeFileError(error)).toBe("the file store refused it (ENAMETOOLONG: name too long)")
  })

  it("strips paths from any other provider's message", () => {
    expect(describeFileError(new Error("could not write /var/lib/files/x.pdf: disk full"))).toBe("the file store refused it (could not write …: disk full)")
    expect(describeFileError({ code: "EACCES" })).toBe("the file store refused it (EACCES)")
  })
})

describe("withoutServerPaths", () => {
  it("replaces quoted and bare absolute paths, Windows ones too", () => {
    expect(withoutServerPaths(`EACCES: permission denied, mkdir '/home/shop/static'`)).toBe("EACCES: permission denied, mkdir …")
    expect(withoutServerPaths(`open "C:\\shop\\static\\a b.pdf" failed`)).toBe("open … failed")
    expect(withoutServerPaths("at /opt/app/node_modules/x.js:10")).toBe("at …")
  })

  it("leaves words with slashes in them alone", () => {
    expect(withoutServerPaths("connection refused by 127.0.0.1:993 and/or timeout")).toBe("connection refused by 127.0.0.1:993 and/or timeout")
  })
})
