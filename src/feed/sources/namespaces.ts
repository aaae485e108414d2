/** XML namespaces the RSS and Atom readers look for. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  /** RSS 1.0 (RDF Site Summary) elements. */
  rss10: 'http://purl.org/rss/1.0/',
  /** RSS 0.90, the first RDF-based RSS. */
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  /** Apple's podcast elements (`itunes:image`, an episode's art). */
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  /** The same, as many podcast feeds still write it. */
  itunesOld: 'http://www.itunes.com/DTDs/Podcast-1.0.dtd',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;
