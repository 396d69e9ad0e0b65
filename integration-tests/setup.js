// Each test file loads the models afresh; stale ORM metadata from an earlier file breaks them.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
