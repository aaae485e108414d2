/** Small builders of raw (unparsed) feed documents for the parser's tests. */

type Raw = Record<string, unknown>;

/** A valid city member; `overrides` replace or add fields (`undefined` removes one). */
export function rawCity(overrides: Raw = {}): Raw {
  return withOverrides(
    { id: 'lutherstadt-wittenberg', kind: 'city', name: 'Lutherstadt Wittenberg', roles: ['engaged-city'], region: 'DE-ST' },
    overrides,
  );
}

/** A valid organisation member. */
export function rawOrganization(overrides: Raw = {}): Raw {
  return withOverrides({ id: 'bertelsmann-stiftung', kind: 'organization', name: 'Bertelsmann Stiftung', roles: ['funder'] }, overrides);
}

/** A valid feed with the given members (and directory fields). */
export function rawDirectoryFeed(members: unknown[], directory: Raw = {}): Raw {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Netzwerk Engagierte Stadt',
    items: [],
    _engaged_city: { schema: 1, ...directory, members },
  };
}

/** A valid feed with the given items (and top-level fields). */
export function rawNewsFeed(items: unknown[], top: Raw = {}): Raw {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Neuigkeiten', ...top, items };
}

function withOverrides(base: Raw, overrides: Raw): Raw {
  const result: Raw = { ...base, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete result[key];
  return result;
}
