import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";
import { setHealth } from "./stores/health.js";

/** @import { Notification, ProgressEvent } from "./types.js" */

// Never give up while logged in: the banner tells the user, and the page heals when the server returns.
const retryDelays = [0, 1000, 2000, 5000, 10000];
/** @param {number} attempt */
const delayFor = (attempt) => retryDelays[Math.min(attempt, retryDelays.length - 1)];

/**
 * @typedef {object} HubOptions
 * @property {() => string | null} getToken
 * @property {(event: ProgressEvent) => void} onEvent
 * @property {(notification: Notification) => void} [onNotification] The user's news (docs/PROTOCOL.md, `notification`).
 * @property {() => void} onConnected
 * @property {() => void} onExpired Called instead of connecting when there is no token.
 */

/** @typedef {ReturnType<typeof createHub>} Hub */

/**
 * The progress hub: one connection that reconnects by itself and calls `onConnected` after every (re)connect.
 * @param {HubOptions} options
 */
export function createHub({ getToken, onEvent, onNotification, onConnected, onExpired }) {
  let stopped = false;
  let attempt = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  const connection = new HubConnectionBuilder()
    // WebSockets straight away, without a negotiate request first: the connection is then one request, which any
    // host behind a load balancer can take, so no sticky sessions are needed.
    .withUrl("/hubs/progress", {
      accessTokenFactory: () => getToken() ?? "",
      skipNegotiation: true,
      transport: HttpTransportType.WebSockets,
    })
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: ({ previousRetryCount }) => {
        if (!getToken()) return null;
        const delay = delayFor(previousRetryCount);
        // A few quick failures are a blip; after that, say the server is gone.
        setHealth("hub", previousRetryCount < 3 ? "reconnecting" : "disconnected", Date.now() + delay);
        return delay;
      },
    })
    .configureLogging(LogLevel.Warning)
    .build();

  connection.on("progress", onEvent);
  if (onNotification) connection.on("notification", onNotification);
  connection.onreconnecting(() => setHealth("hub", "reconnecting"));
  connection.onreconnected(() => connected());
  connection.onclose(() => {
    if (!stopped) retryStart();
  });

  /** @type {Set<(connected: boolean) => void>} */
  const waiters = new Set();

  function connected() {
    for (const resolve of waiters) resolve(true);
    waiters.clear();
    attempt = 0;
    setHealth("hub", "connected");
    onConnected();
  }

  async function start() {
    timer = undefined;
    if (stopped) return;
    if (!getToken()) {
      onExpired();
      return;
    }
    try {
      await connection.start();
      connected();
    } catch {
      if (!stopped) retryStart();
    }
  }

  function retryStart() {
    const delay = Math.max(1000, delayFor(attempt++));
    setHealth("hub", "disconnected", Date.now() + delay);
    clearTimeout(timer);
    timer = setTimeout(start, delay);
  }

  return {
    start,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await connection.stop();
    },
    get connected() {
      return connection.state === HubConnectionState.Connected;
    },
    /**
     * @param {string} method
     * @param {...unknown} args
     * @returns {Promise<any>}
     */
    invoke: (method, ...args) => connection.invoke(method, ...args),
    /**
     * Resolves true once connected, or false if that takes longer than `timeout` ms.
     * @param {number} timeout
     * @returns {Promise<boolean>}
     */
    whenConnected(timeout) {
      if (connection.state === HubConnectionState.Connected) return Promise.resolve(true);
      return new Promise((resolve) => {
        waiters.add(resolve);
        setTimeout(() => waiters.delete(resolve) && resolve(false), timeout);
      });
    },
  };
}

/**
 * The hub's own message: the client wraps a HubException as "An unexpected error … HubException: <message>".
 * @param {any} error
 */
export function hubErrorMessage(error) {
  const text = String(error?.message ?? error);
  const marker = "HubException: ";
  const at = text.indexOf(marker);
  return at >= 0 ? text.slice(at + marker.length) : text;
}
