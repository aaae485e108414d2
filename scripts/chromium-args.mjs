// Chromium's switches for every browser this repository launches (tests, end-to-end checks, benches).

/**
 * Headless on a shared CI machine, no network of its own (no updates, sync or QUIC), and without the address bar's
 * popup: Chromium (since ~130) opens it as a web page (WebUI) in a renderer of its own for every window, so each new
 * browser context started another renderer loading that popup's scripts (~250 ms of CPU on this 2-core machine,
 * as much as a bench page measured, and as much again for each test file). A visitor's browser has its window open
 * before the page loads.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
];

/** Chromium from CHROME_PATH, else the system's /usr/bin/chromium. */
export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
