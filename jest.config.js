const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
]

/** One project per kind of test, so `--selectProjects unit` runs without a database. */
const project = (displayName, testMatch, testPathIgnorePatterns = []) => ({
  displayName,
  testMatch,
  testPathIgnorePatterns: ["/node_modules/", ...testPathIgnorePatterns],
  transform: { "^.+\\.[jt]sx?$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "cjs", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/demo/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
})

module.exports = {
  projects: [
    project("unit", ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"]),
    project("modules", ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"], ["\\.unit\\.spec\\."]),
    project("http", ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"]),
    project("mail", ["<rootDir>/integration-tests/mail/**/*.spec.[jt]s"]),
    {
      ...project("e2e", ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"]),
      // One demo store shared by the specs that use integration-tests/helpers/desk.ts.
      globalSetup: "<rootDir>/integration-tests/e2e/setup/start-desk-store.ts",
      globalTeardown: "<rootDir>/integration-tests/e2e/setup/stop-desk-store.ts",
    },
  ],
}
