// Functions that run inside the page (pass them to page.evaluate): they must not use anything from this module's scope.

/**
 * Walks every shadow root on the page, nested ones too, and lists what must never be there when feed data is shown:
 * a URL attribute that is not an absolute http(s) URL, an event handler attribute, an element that runs or embeds
 * content. Returns `{ roots, urls, problems }` (`urls`: how many URL attributes were checked).
 */
export function auditShadowRoots() {
  const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'cite'];
  const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'meta', 'base']);
  const problems = [];
  let roots = 0;
  let urls = 0;
  const visit = (root) => {
    roots++;
    for (const element of root.querySelectorAll('*')) {
      const where = `${root.host.localName} > ${element.localName}`;
      if (FORBIDDEN.has(element.localName)) problems.push(`${where}: <${element.localName}> in a shadow root`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`${where}: event handler attribute ${name}="${attribute.value.slice(0, 80)}"`);
        if (URL_ATTRIBUTES.includes(name)) {
          urls++;
          const values = name === 'srcset' ? attribute.value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [attribute.value];
          for (const value of values) {
            if (!/^https?:\/\//i.test(value) || /[\s\u0000-\u001f]/.test(value)) problems.push(`${where}: ${name}="${value.slice(0, 80)}"`);
          }
        }
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  for (const element of document.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  return { roots, urls, problems };
}

/** The focused element, looking through shadow roots: `{ host, tag, part, text, label }` or null. */
export function focusedElement() {
  let element = document.activeElement;
  let host = null;
  while (element?.shadowRoot?.activeElement) {
    host = element;
    element = element.shadowRoot.activeElement;
  }
  if (!element || element === document.body) return null;
  return {
    host: host ? `${host.localName}${host.id ? `#${host.id}` : ''}` : null,
    tag: element.localName,
    part: element.getAttribute('part'),
    text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
    expanded: element.getAttribute('aria-expanded'),
  };
}
