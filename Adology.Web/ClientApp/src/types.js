// The shapes the dashboard reads from the server (the C# records named below) and keeps itself; types only.

/**
 * @template T
 * @typedef {{ items: T[], total: number, page: number, pageSize: number }} Page A page of any list (Contracts/Page).
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

/** @typedef {{ brand: string, source: { type: "demo", count: number } | { type: "feed", url: string } }} StartScanRequest */

/** @typedef {{ id: string, sha256: string, url: string, headline: string | null, thumbnailUrl: string }} FoundCreative */

/** @typedef {{ id: string, score: number, sha256: string, url: string, headline: string | null, thumbnailUrl: string }} SimilarCreative */

/**
 * @typedef {object} DashboardFigures GET /api/dashboard (Web/Endpoints/DashboardView).
 * @property {Record<string, number>} scansByStatus
 * @property {number} scans
 * @property {number} brands
 * @property {number} creatives
 * @property {number} failedItems
 * @property {string | null} lastActivityAt
 */

/** @typedef {{ name: string, hex: string, share: number }} NamedColour */

/**
 * @typedef {object} Analysis GET /api/scans/{id}/analysis, the fields the page shows (Ai/Analysis/BrandAnalysis).
 * @property {number} creatives
 * @property {{ previousScanId: string | null, previousScanAt: string | null, new: number, returning: number, gone: number }} changes
 * @property {{ sha256: string, urls: string[] }[]} exactDuplicateGroups
 * @property {{ creativeIds: string[], maxDistance: number }[]} nearDuplicateGroups
 * @property {{ cluster: number, size: number, share: number, themes: string[], colours: NamedColour[], examples: string[] }[]} clusters
 * @property {NamedColour[]} dominantColours
 * @property {Record<string, number>} platforms
 * @property {Record<string, number>} formats
 * @property {{ flagged: number }} copy
 * @property {string} summary
 * @property {string} summarySource
 */

/**
 * @typedef {object} Health What the page knows about its link to the server.
 * @property {"connecting" | "connected" | "reconnecting" | "disconnected"} hub
 * @property {"ok" | "unreachable"} api
 * @property {number | null} retryAt When the hub tries again (ms since the epoch).
 */

export {};
