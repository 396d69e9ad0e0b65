// Medusa's Redis modules for events, workflows and locks: what several store
// instances (a server and workers) share. The repository's test app and the
// demo store add them when REDIS_URL is set.

/** The `modules` entries that put events, workflows and locks on Redis at `redisUrl`. */
function redisModules(redisUrl) {
  if (!redisUrl) return []
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
  ]
}

module.exports = { redisModules }
