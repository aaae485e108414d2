import { expect } from '@open-wc/testing';
import { decodeText } from '../../src/feed/load.js';

const document = (bytes: number[] | Uint8Array, contentType = '') => ({
  url: 'https://netzwerk.example/feed.json',
  contentType,
  bytes: bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
});
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 when nothing says otherwise', () => {
    expect(decodeText(document(utf8('Lutherstadt Wittenberg – Größe')))).to.equal('Lutherstadt Wittenberg – Größe');
  });

  it('removes a UTF-8 byte order mark', () => {
    expect(decodeText(document([0xef, 0xbb, 0xbf, ...utf8('{}')]))).to.equal('{}');
  });

  it('reads UTF-16 announced by a byte order mark, whatever the charset says', () => {
    const littleEndian = [0xff, 0xfe, 0x7b, 0x00, 0xfc, 0x00, 0x7d, 0x00];
    const bigEndian = [0xfe, 0xff, 0x00, 0x7b, 0x00, 0xfc, 0x00, 0x7d];
    expect(decodeText(document(littleEndian, 'application/json; charset=utf-8'))).to.equal('{ü}');
    expect(decodeText(document(bigEndian))).to.equal('{ü}');
  });

  it('honours the charset of the content type, quoted or not, in any case', () => {
    expect(decodeText(document([0x47, 0x72, 0xf6, 0xdf, 0x65], 'application/json; charset=ISO-8859-1'))).to.equal('Größe');
    expect(decodeText(document([0xfc], 'application/json;Charset="windows-1252"'))).to.equal('ü');
  });

  it('falls back to UTF-8 for an unknown charset', () => {
    expect(decodeText(document(utf8('Größe'), 'application/json; charset=klingon'))).to.equal('Größe');
  });

  it('replaces malformed UTF-8 with U+FFFD instead of failing', () => {
    expect(decodeText(document([0x7b, 0xff, 0x7d]))).to.equal('{\uFFFD}');
  });
});
