/** Where a carrier's connector posts its decisions; the carrier name is one path segment. */
export function connectorCallbackPath(carrier: string): string {
  return `/api/v1/connectors/${encodeURIComponent(carrier)}/callback`;
}
