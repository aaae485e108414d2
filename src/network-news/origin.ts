/** The origin of a URL (`https://host:port`); undefined when there is no URL or it cannot be parsed. */
export function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}
