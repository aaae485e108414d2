import * as React from 'react';
import { createComponent, type Options, type ReactWebComponent } from '@lit/react';
import type { ReactiveElement } from 'lit';

/**
 * The React component of one element: @lit/react's (props set as the element's properties, event callbacks). On a
 * server (no `document`: the server side of Next.js, Remix or Astro), @lit/react renders none of the element's
 * properties; this one renders those that are attributes (`region`, `variant`, `limit`, `heading-level`, …) as
 * attributes, so that the page's HTML carries them: the package's stylesheet reserves each element's room from them
 * before the script runs, and the element reads them when it is defined. Objects (`data`) and callbacks are left out.
 * A server with Lit's own server rendering for React (`@lit-labs/ssr-react`, `@lit-labs/nextjs`) gets @lit/react's
 * component, which hands it every property.
 */
export function wrapElement<I extends ReactiveElement, E extends Record<string, string>>(
  options: Omit<Options<I, E>, 'react'>,
): ReactWebComponent<I, E> {
  const component = createComponent({ ...options, react: React });
  if (typeof document !== 'undefined') return component;
  const properties = (options.elementClass as unknown as typeof ReactiveElement).elementProperties;
  const events = options.events ?? {};
  const server = React.forwardRef((props: Record<string, unknown>, ref) => {
    if ((globalThis as { litSsrReactEnabled?: boolean }).litSsrReactEnabled || React.createElement.name === 'litPatchedCreateElement') {
      return React.createElement(component, { ...props, ref } as React.ComponentProps<typeof component>);
    }
    const attributes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      const property = properties.get(key);
      if (key in events) continue;
      if (!property) attributes[key === 'className' ? 'class' : key] = value; // children, id, aria-*, data-*, ...
      else if (property.attribute !== false && value !== false && value != null && typeof value !== 'object' && typeof value !== 'function') {
        attributes[typeof property.attribute === 'string' ? property.attribute : key.toLowerCase()] = value === true ? '' : String(value);
      }
    }
    return React.createElement(options.tagName, attributes);
  });
  server.displayName = options.displayName ?? options.tagName;
  return server as unknown as ReactWebComponent<I, E>;
}
