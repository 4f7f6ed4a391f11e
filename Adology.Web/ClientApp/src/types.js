// The shapes the dashboard reads from the server (the C# records named below) and keeps itself; types only.

/**
 * @template T
 * @typedef {{ items: T[], total: number, page: number, pageSize: number, totalIsLowerBound?: boolean }} Page A page of any list (Contracts/Page); `totalIsLowerBound`: more than `total` match, counted no further.
 */

/** @typedef {{ accessToken: string, expiresAt: string }} IssuedToken POST /api/auth/login. */

/** @typedef {{ token: string, expiresAt: string, email: string }} Session The logged-in user, kept in sessionStorage. */

/**
 * @typedef {object} ScanView A scan as GET /api/scans lists it (Contracts/ScanView).
 * @property {string} id
 * @property {string} brand
 * @property {string} status
 * @property {string} phase
 * @property {number | null} total
 * @property {number} processed
 * @property {number} failed
 * @property {number} progress
 * @property {string | null} message
 * @property {string} createdAt
 * @property {string | null} completedAt
 */

/**
 * @typedef {object} JobState A scan as JoinJob returns it (Contracts/JobState).
 * @property {string} jobId
 * @property {number} seq
 * @property {string} brand
 * @property {string} status
 * @property {string} phase
 * @property {number} value
 * @property {number} processed
 * @property {number | null} total
 * @property {number} failed
 * @property {string | null} message
 * @property {string} createdAt
 * @property {string | null} completedAt
 */

/**
 * @typedef {object} ProgressEvent The hub's `progress` event (Contracts/ProgressEvent, docs/PROTOCOL.md).
 * @property {string} type
 * @property {string} jobId
 * @property {number} seq
 * @property {string} at
 * @property {string} phase
 * @property {number} value
 * @property {number} processed
 * @property {number | null} total
 * @property {number} failed
 * @property {string | null} message
 * @property {any} data What the type carries: ITEM_FOUND `{ items }`, COMPLETE `{ newCreatives, … }`.
 */

/**
 * @typedef {object} Scan A scan as the page keeps it, whichever of the above it was last told.
 * @property {string} id
 * @property {string} brand
 * @property {string} status
 * @property {string} phase
 * @property {number} value
 * @property {number} processed
 * @property {number | null} total
 * @property {number} failed
 * @property {string} message
 * @property {string} createdAt
 * @property {string | null} completedAt
 */

/** @typedef {{ requestId: string, status: string, message: string }} ScanAccepted StartScan's answer (Contracts/ScanAccepted). */

/**
 * @typedef {{ type: "demo", count: number }
 *   | { type: "feed", url: string }
 *   | { type: "page", url: string, maxPages: number }
 *   | { type: "browser", url: string, maxPages: number, scrolls: number }
 *   | { type: "adLibrary", searchTerms: string, countries: string[], activeStatus: string, from: string | null, to: string | null, platforms: string[] }} ScanSource
 */

/** @typedef {{ brand: string, source: ScanSource, watch?: string[] }} StartScanRequest */

/**
 * @typedef {object} CreativeLabels The vision model's labels of a creative (Contracts/CreativeLabels).
 * @property {string} productType
 * @property {string[]} colors
 * @property {string} environment
 * @property {string[]} features
 * @property {string} marketingApproach
 * @property {string} description
 */

/**
 * @typedef {object} ScanResult A creative a scan found new to its brand (Contracts/ScanResult): ITEM_FOUND sends it as it is
 * acquired, without a catalogue id, text or labels; the scan's creatives list has the id once committed, the text and labels once enriched.
 * @property {string | null} [id]
 * @property {number} ordinal
 * @property {string} sha256
 * @property {string} url
 * @property {string | null} headline
 * @property {string} thumbnailUrl
 * @property {string | null} [onImageText]
 * @property {CreativeLabels | null} [labels]
 * @property {string | null} [labelFailure]
 */

/**
 * @typedef {object} CreativeView A committed creative of the catalogue (Contracts/CreativeView), the fields the page shows.
 * @property {string} id
 * @property {string} brand
 * @property {string} url
 * @property {string} thumbnailUrl A short-lived signed URL: an `<img>` loads it without the token.
 * @property {Record<string, any> | null} metadata The copy and placement as last seen: headline (or title), platform, format, …
 * @property {string} firstSeenAt
 * @property {string} lastSeenAt
 * @property {number} seenCount
 */

/** @typedef {{ id: string, score: number, sha256: string, url: string, headline: string | null, thumbnailUrl: string }} SimilarCreative */

/**
 * @typedef {object} DashboardFigures GET /api/dashboard (Web/Endpoints/DashboardView).
 * @property {Record<string, number>} scansByStatus
 * @property {number} scans
 * @property {number} brands
 * @property {number} creatives
 * @property {number} failedItems
 * @property {string | null} lastActivityAt
 * @property {string | null} visionModel The model that labels creatives; null: none configured, so no labels.
 * @property {Record<string, string>} unavailableSources The source types this host cannot run, each with why.
 */

/** @typedef {{ name: string, hex: string, share: number }} NamedColour */

/**
 * @typedef {object} Analysis GET /api/scans/{id}/analysis, the fields the page shows (Ai/Analysis/BrandAnalysis).
 * @property {number} creatives
 * @property {{ previousScanId: string | null, previousScanAt: string | null, new: number, returning: number, gone: number }} changes
 * @property {{ sha256: string, urls: string[] }[]} exactDuplicateGroups
 * @property {{ creativeIds: string[], maxDistance: number }[]} nearDuplicateGroups
 * @property {{ cluster: number, size: number, share: number, themes: string[], colours: NamedColour[], examples: string[] }[]} clusters
 * @property {Record<string, string>} thumbnailUrls Signed thumbnail URLs by creative id: the clusters' examples and the near-duplicate groups' first 3.
 * @property {NamedColour[]} dominantColours
 * @property {Record<string, number>} platforms
 * @property {Record<string, number>} formats
 * @property {{ flagged: number }} copy
 * @property {string} summary
 * @property {string} summarySource
 */

/**
 * @typedef {object} ScanMatch A watch term found in a creative: a row of GET /api/scans/{id}/matches, or a MATCH_FOUND event's.
 * @property {string} term
 * @property {number} ordinal The scan's item it was found in.
 * @property {string} url
 * @property {string | null} headline
 * @property {string} matchedIn headline, body, callToAction, altText or onImageText.
 */

/**
 * @typedef {object} Notification The hub's `notification` event (Contracts/Notification, docs/PROTOCOL.md).
 * @property {"scan_completed" | "new_creatives" | "matches"} kind
 * @property {string} scanId
 * @property {string} brand
 * @property {Record<string, number>} counts
 */

/** @typedef {{ id: string, url: string, kinds: string[], createdAt: string }} Webhook GET /api/webhooks (Contracts/WebhookView). */

/**
 * @typedef {object} WebhookDelivery GET /api/webhooks/{id}/deliveries (Contracts/WebhookDeliveryView).
 * @property {string} id
 * @property {string} kind
 * @property {string} scanId
 * @property {number} attempts
 * @property {"pending" | "succeeded" | "failed"} status
 * @property {number | null} lastStatusCode
 * @property {string | null} lastError
 * @property {string} createdAt
 * @property {string | null} deliveredAt
 */

/**
 * @typedef {object} Health What the page knows about its link to the server.
 * @property {"connecting" | "connected" | "reconnecting" | "disconnected"} hub
 * @property {"ok" | "unreachable"} api
 * @property {number | null} retryAt When the hub tries again (ms since the epoch).
 */

export {};
