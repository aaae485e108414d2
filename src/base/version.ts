/** The package version; a test keeps it equal to package.json's. Used to warn when two versions share a page. */
export const VERSION = '0.1.0';
