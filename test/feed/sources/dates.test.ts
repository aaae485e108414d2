import { expect } from '@open-wc/testing';
import { rfc822ToRfc3339, w3cToRfc3339 } from '../../../src/feed/sources/dates.js';

describe('RSS dates (RFC 822) become RFC 3339 in the publisher’s own offset', () => {
  it('reads the RSS specification example', () => {
    expect(rfc822ToRfc3339('Tue, 10 Jun 2003 04:00:00 GMT')).to.equal('2003-06-10T04:00:00Z');
  });

  it('keeps numeric offsets such as +0200 and -0500, written as in RFC 3339', () => {
    expect(rfc822ToRfc3339('Tue, 02 Mar 2021 23:39:15 +0100')).to.equal('2021-03-02T23:39:15+01:00');
    expect(rfc822ToRfc3339('Wed, 17 Mar 2021 13:14:23 -0500')).to.equal('2021-03-17T13:14:23-05:00');
    expect(rfc822ToRfc3339('Wed, 17 Mar 2021 13:14:23 +02:00')).to.equal('2021-03-17T13:14:23+02:00');
  });

  it('keeps a German item of just after midnight on its own day (not the day before in UTC)', () => {
    expect(rfc822ToRfc3339('Wed, 01 Jan 2025 00:30:00 +0100')).to.equal('2025-01-01T00:30:00+01:00');
    expect(rfc822ToRfc3339('Sun, 01 Jun 2025 01:15:00 CEST')).to.equal('2025-06-01T01:15:00+02:00');
  });

  it('knows the named zones of RFC 822 and common European ones', () => {
    expect(rfc822ToRfc3339('Mon, 06 Jan 2025 09:00:00 EST')).to.equal('2025-01-06T09:00:00-05:00');
    expect(rfc822ToRfc3339('Mon, 07 Jul 2025 09:00:00 PDT')).to.equal('2025-07-07T09:00:00-07:00');
    expect(rfc822ToRfc3339('Mon, 07 Jul 2025 09:00:00 CEST')).to.equal('2025-07-07T09:00:00+02:00');
    expect(rfc822ToRfc3339('Mon, 06 Jan 2025 09:00:00 MEZ')).to.equal('2025-01-06T09:00:00+01:00');
    expect(rfc822ToRfc3339('Mon, 06 Jan 2025 09:00:00 UT')).to.equal('2025-01-06T09:00:00Z');
  });

  it('tolerates sloppy variants: no day name, no comma, no seconds, full month names, one-digit days, two-digit years', () => {
    expect(rfc822ToRfc3339('10 Jun 2003 04:00:00 GMT')).to.equal('2003-06-10T04:00:00Z');
    expect(rfc822ToRfc3339('Tue 10 Jun 2003 04:00 GMT')).to.equal('2003-06-10T04:00:00Z');
    expect(rfc822ToRfc3339('Tuesday, 3 June 2003 04:00:00 +0000')).to.equal('2003-06-03T04:00:00Z');
    expect(rfc822ToRfc3339('Tue, 10 Jun 03 04:00:00 GMT')).to.equal('2003-06-10T04:00:00Z');
    expect(rfc822ToRfc3339('  Tue,  10   Jun 2003   04:00:00   GMT ')).to.equal('2003-06-10T04:00:00Z');
    expect(rfc822ToRfc3339('Tue, 10 Jun 2003 04:00:00'), 'no zone: offset unknown').to.equal('2003-06-10T04:00:00-00:00');
    expect(rfc822ToRfc3339('Di, 11 Mär 2025 10:00:00 +0100')).to.equal('2025-03-11T10:00:00+01:00');
  });

  it('reads a zone name with an offset, a trailing comment, and the month-first dates of JavaScript and American feeds', () => {
    expect(rfc822ToRfc3339('Tue, 10 Jun 2003 04:00:00 GMT+01:00')).to.equal('2003-06-10T04:00:00+01:00');
    expect(rfc822ToRfc3339('Tue, 10 Jun 2003 04:00:00 +0000 (UTC)')).to.equal('2003-06-10T04:00:00Z');
    expect(rfc822ToRfc3339('Tue Jun 10 2003 04:00:00 GMT+0200 (Mitteleuropäische Sommerzeit)')).to.equal('2003-06-10T04:00:00+02:00');
    expect(rfc822ToRfc3339('Jun 10, 2003 04:00:00 GMT')).to.equal('2003-06-10T04:00:00Z');
    expect(rfc822ToRfc3339('June 3, 2003')).to.equal('2003-06-03T00:00:00-00:00');
  });

  it('reads ISO dates that some feeds put into pubDate', () => {
    expect(rfc822ToRfc3339('2025-03-01T09:30:00+01:00')).to.equal('2025-03-01T09:30:00+01:00');
  });

  it('gives up on dates it cannot read without guessing', () => {
    expect(rfc822ToRfc3339('yesterday')).to.equal(undefined);
    expect(rfc822ToRfc3339('Tue, 31 Jun 2003 04:00:00 GMT')).to.equal(undefined);
    expect(rfc822ToRfc3339('Tue, 10 Foo 2003 04:00:00 GMT')).to.equal(undefined);
    expect(rfc822ToRfc3339('Tue, 10 Jun 2003 04:00:00 XYZ')).to.equal(undefined);
    expect(rfc822ToRfc3339('2003-06-10')).to.equal(undefined);
    expect(rfc822ToRfc3339(undefined)).to.equal(undefined);
  });
});

describe('Atom and Dublin Core dates (W3C/RFC 3339) are normalised, in their own offset', () => {
  it('keeps valid RFC 3339 date-times as they are written', () => {
    expect(w3cToRfc3339('2003-12-13T18:30:02Z')).to.equal('2003-12-13T18:30:02Z');
    expect(w3cToRfc3339('2003-12-13T18:30:02.25-05:00')).to.equal('2003-12-13T18:30:02.250-05:00');
    expect(w3cToRfc3339('2025-01-01T00:10:00+01:00')).to.equal('2025-01-01T00:10:00+01:00');
  });

  it('tolerates a space for T, missing seconds, a missing zone and an offset without colon', () => {
    expect(w3cToRfc3339('2003-12-13 18:30:02Z')).to.equal('2003-12-13T18:30:02Z');
    expect(w3cToRfc3339('2003-12-13T18:30+01:00')).to.equal('2003-12-13T18:30:00+01:00');
    expect(w3cToRfc3339('2003-12-13T18:30:02'), 'no zone: offset unknown').to.equal('2003-12-13T18:30:02-00:00');
    expect(w3cToRfc3339('2003-12-13T18:30:02+0100')).to.equal('2003-12-13T18:30:02+01:00');
  });

  it('writes a date or a time without a zone with -00:00 (offset unknown), on the day written', () => {
    expect(w3cToRfc3339('2025-03-01')).to.equal('2025-03-01T00:00:00-00:00');
    expect(w3cToRfc3339('2025-12-04T23:30:00')).to.equal('2025-12-04T23:30:00-00:00');
    expect(w3cToRfc3339('2025-07-04 23:30')).to.equal('2025-07-04T23:30:00-00:00');
    expect(rfc822ToRfc3339('Thu, 04 Dec 2025 23:30:00')).to.equal('2025-12-04T23:30:00-00:00');
  });

  it('reads RFC 822 dates that some Atom feeds and dc:date values use', () => {
    expect(w3cToRfc3339('Tue, 10 Jun 2003 04:00:00 GMT')).to.equal('2003-06-10T04:00:00Z');
  });

  it('drops impossible dates', () => {
    expect(w3cToRfc3339('2025-02-30T00:00:00Z')).to.equal(undefined);
    expect(w3cToRfc3339('2025-13-01T00:00:00Z')).to.equal(undefined);
    expect(w3cToRfc3339('not a date')).to.equal(undefined);
  });
});
