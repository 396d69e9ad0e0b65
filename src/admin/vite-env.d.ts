/// <reference types="vite/client" />

/** The Medusa server's URL, injected by the admin build. */
declare const __BACKEND_URL__: string | undefined
