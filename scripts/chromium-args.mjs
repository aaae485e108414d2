// Chromium's switches for every browser this repository launches (tests, end-to-end checks, benches).

/**
 * Features Playwright switches off in every Chromium it launches (playwright-core's chromiumSwitches.ts: paint
 * holding, HTTPS upgrades of the test server's http:// URLs, the media router, storage partitioning, startup requests
 * to Google...). Chromium keeps only the last `--disable-features` switch, so ours must repeat them;
 * test/node/chromium-args.test.mjs fails when Playwright's list holds one that is missing here.
 */
const PLAYWRIGHT_DISABLED = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
];

/**
 * The address bar's popup: Chromium (since ~130) opens it as a web page (WebUI) in a renderer of its own for every
 * window, so each new browser context started another renderer loading that popup's scripts (~250 ms of CPU on this
 * 2-core machine, as much as a bench page measured, and as much again for each test file). A visitor's browser has its
 * window open before the page loads.
 */
const POPUPS_DISABLED = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup', 'PreloadTopChromeWebUI'];

/** Headless on a shared CI machine, no network of its own (no updates, sync or QUIC), and the features above off. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  `--disable-features=${[...PLAYWRIGHT_DISABLED, ...POPUPS_DISABLED].join(',')}`,
];

/** Chromium from CHROME_PATH, else the system's /usr/bin/chromium. */
export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
