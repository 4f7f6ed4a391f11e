import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";
import { setHealth } from "./health.js";

// Never give up while logged in: the banner tells the user, and the page heals when the server returns.
const retryDelays = [0, 1000, 2000, 5000, 10000];
const delayFor = (attempt) => retryDelays[Math.min(attempt, retryDelays.length - 1)];

/** The progress hub: one connection that reconnects by itself and calls `onConnected` after every (re)connect. */
export function createHub({ getToken, onEvent, onConnected, onExpired }) {
  let stopped = false;
  let attempt = 0;
  let timer = null;

  const connection = new HubConnectionBuilder()
    .withUrl("/hubs/progress", { accessTokenFactory: () => getToken() ?? "" })
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
  connection.onreconnecting(() => setHealth("hub", "reconnecting"));
  connection.onreconnected(() => connected());
  connection.onclose(() => {
    if (!stopped) retryStart();
  });

  const waiters = new Set();

  function connected() {
    for (const resolve of waiters) resolve(true);
    waiters.clear();
    attempt = 0;
    setHealth("hub", "connected");
    onConnected();
  }

  async function start() {
    timer = null;
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
    invoke: (method, ...args) => connection.invoke(method, ...args),
    /** Resolves true once connected, or false if that takes longer than `timeout` ms. */
    whenConnected(timeout) {
      if (connection.state === HubConnectionState.Connected) return Promise.resolve(true);
      return new Promise((resolve) => {
        waiters.add(resolve);
        setTimeout(() => waiters.delete(resolve) && resolve(false), timeout);
      });
    },
  };
}

/** The hub's own message: the client wraps a HubException as "An unexpected error … HubException: <message>". */
export function hubErrorMessage(error) {
  const text = String(error?.message ?? error);
  const marker = "HubException: ";
  const at = text.indexOf(marker);
  return at >= 0 ? text.slice(at + marker.length) : text;
}
