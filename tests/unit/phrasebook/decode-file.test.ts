import { describe, expect, it } from 'vitest';
import { decodeImportedFile } from '../../../src/phrasebook/decode-file';

// GB18030 bytes of "暖气不热" as Excel on Chinese Windows writes them (C5 AF C6 F8 B2 BB C8 C8).
const GBK_NUANQI_BURE = new Uint8Array([0xc5, 0xaf, 0xc6, 0xf8, 0xb2, 0xbb, 0xc8, 0xc8]);

describe('decoding an imported file', () => {
  it('reads our own UTF-8 export with its Chinese intact, the BOM dropped as File.text() does', () => {
    const bytes = new TextEncoder().encode('\ufeffid,text\nx,暖气不热');
    expect(decodeImportedFile(bytes)).toEqual({ text: 'id,text\nx,暖气不热', encoding: 'utf-8' });
  });

  it('reads a spreadsheet saved as GBK/GB18030 instead of turning Chinese into replacement characters', () => {
    const result = decodeImportedFile(GBK_NUANQI_BURE);
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe('暖气不热');
    expect(result.text).not.toContain('\ufffd');
  });
});
