import { checkSecretFromEnv, cronIsDue, DEFAULT_UPLOAD_EXTENSIONS, parseHelpdeskOptions } from "../options"

describe("helpdesk module options", () => {
  it("has working defaults: 6-digit numbers, mail every minute, the usual subject tags", () => {
    expect(parseHelpdeskOptions(undefined)).toEqual({
      ticketNumberDigits: 6,
      claimIdleMinutes: 15,
      autoMailsPerSenderPerHour: 5,
      defaultLanguage: "en",
      mailCron: "* * * * *",
      mailBatchSize: 2000,
      maxMailBytes: 25 * 1024 * 1024,
      maxAttachmentBytes: 10 * 1024 * 1024,
      uploadMaxFiles: 10,
      uploadMaxBytes: 10 * 1024 * 1024,
      uploadExtensions: DEFAULT_UPLOAD_EXTENSIONS,
      subjectTag: "[#{number}]",
      forwardTag: "[ID:{number}]",
      senderRateLimit: 30,
      mailTimeoutMs: 30000,
      mailSendAttempts: 8,
      mailRetryBaseMs: 60000,
      mailSendClaimMs: 120000,
      smtpPoolSize: 5,
      publicUrl: "http://localhost:9000",
      storeName: "our store",
      confirmLinkTtlHours: 72,
      formRateLimitPerIp: 10,
      formRateLimitPerEmail: 5,
      formRateLimitWindowSeconds: 3600,
      // Resending an order's confirmation from a ticket: the template and channel a store's order.placed mail uses.
      orderConfirmationTemplate: "order-placed",
      orderConfirmationChannel: "email",
      formMinFillSeconds: 3,
      altchaMaxNumber: 50000,
    })
  })

  describe("uploads", () => {
    it("allows documents and images but no programs by default", () => {
      const { uploadExtensions } = parseHelpdeskOptions(undefined)
      expect(uploadExtensions).toEqual(expect.arrayContaining(["pdf", "docx", "png", "jpg", "zip"]))
      for (const program of ["exe", "js", "html", "svg", "sh", "bat", "msi"]) expect(uploadExtensions).not.toContain(program)
    })

    it("takes extensions in any case, with or without the dot, or \"*\" for any", () => {
      expect(parseHelpdeskOptions({ uploadExtensions: [".PDF", "Png"] }).uploadExtensions).toEqual(["pdf", "png"])
      expect(parseHelpdeskOptions({ uploadExtensions: "*" }).uploadExtensions).toBe("*")
      expect(() => parseHelpdeskOptions({ uploadExtensions: ["pdf; rm -rf"] })).toThrow(/uploadExtensions/)
      expect(() => parseHelpdeskOptions({ uploadMaxFiles: -1 })).toThrow(/uploadMaxFiles/)
    })
  })

  describe("publicUrl", () => {
    const saved = { ...process.env }
    afterEach(() => {
      process.env = { ...saved }
    })

    it("comes from HELPDESK_PUBLIC_URL, else MEDUSA_BACKEND_URL, without a trailing slash", () => {
      process.env = { ...saved, HELPDESK_PUBLIC_URL: undefined, MEDUSA_BACKEND_URL: "https://api.shop.test/" }
      expect(parseHelpdeskOptions(undefined).publicUrl).toBe("https://api.shop.test")
      process.env.HELPDESK_PUBLIC_URL = "https://help.shop.test"
      expect(parseHelpdeskOptions(undefined).publicUrl).toBe("https://help.shop.test")
      expect(parseHelpdeskOptions({ publicUrl: "https://shop.test/store/" }).publicUrl).toBe("https://shop.test/store")
    })

    it("must be a plain http(s) URL, from the options or the environment", () => {
      for (const bad of ["shop.test", "javascript:alert(1)", "https://user:pw@shop.test", "https://shop.test/?a=1"]) {
        expect(() => parseHelpdeskOptions({ publicUrl: bad })).toThrow(/option "publicUrl": must be an http\(s\) URL/)
      }
      process.env = { ...saved, HELPDESK_PUBLIC_URL: "ftp://shop.test" }
      expect(() => parseHelpdeskOptions(undefined)).toThrow(/option "publicUrl"/)
    })
  })

  it("names an out-of-range option and what it accepts", () => {
    expect(() => parseHelpdeskOptions({ ticketNumberDigits: 40 })).toThrow(
      /option "ticketNumberDigits": .*12/
    )
  })

  it("names an option of the wrong type", () => {
    expect(() => parseHelpdeskOptions({ defaultLanguage: "xx" })).toThrow(
      /option "defaultLanguage": .*"en".*"ru"/
    )
  })

  it("rejects a misspelt option instead of ignoring it", () => {
    expect(() => parseHelpdeskOptions({ ticketNumberDigit: 8 })).toThrow(
      /unknown option\(s\) "ticketNumberDigit"; allowed: ticketNumberDigits, claimIdleMinutes, defaultLanguage, secretKey, mailCron/
    )
  })

  it("refuses a mail schedule that is no cron expression, a tag without {number} and a short secret key", () => {
    expect(() => parseHelpdeskOptions({ mailCron: "every minute" })).toThrow(/option "mailCron": must be a cron expression/)
    expect(() => parseHelpdeskOptions({ subjectTag: "[#]" })).toThrow(/option "subjectTag": must contain \{number\}/)
    expect(() => parseHelpdeskOptions({ secretKey: "x".repeat(31) })).toThrow(/option "secretKey": must be at least 32 characters/)
    expect(parseHelpdeskOptions({ secretKey: "x".repeat(32) }).secretKey).toHaveLength(32)
    expect(parseHelpdeskOptions({ mailCron: "off" }).mailCron).toBe("off")
  })
})

describe("the secret from the environment", () => {
  it("is held to the option's length at startup, unless the option is set", () => {
    const options = parseHelpdeskOptions(undefined)
    expect(() => checkSecretFromEnv(options, { HELPDESK_SECRET: "too-short" })).toThrow(/HELPDESK_SECRET must be at least 32 characters/)
    expect(() => checkSecretFromEnv(options, { HELPDESK_SECRET: "x".repeat(32) })).not.toThrow()
    expect(() => checkSecretFromEnv(options, {})).not.toThrow()
    expect(() => checkSecretFromEnv(parseHelpdeskOptions({ secretKey: "x".repeat(40) }), { HELPDESK_SECRET: "short" })).not.toThrow()
  })
})

describe("when the mail job runs", () => {
  const at = (iso: string) => new Date(iso)

  it("runs in the minutes the cron expression names and never when off", () => {
    expect(cronIsDue("* * * * *", at("2026-11-22T10:07:31Z"))).toBe(true)
    expect(cronIsDue("*/5 * * * *", at("2026-11-22T10:05:59Z"))).toBe(true)
    expect(cronIsDue("*/5 * * * *", at("2026-11-22T10:07:00Z"))).toBe(false)
    expect(cronIsDue("off", at("2026-11-22T10:05:00Z"))).toBe(false)
  })
})
