import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxCaseFileBytes } from '../../domain/index.ts';
import { buildCase } from '../../../test/fixtures/case-builder.ts';
import { syntheticCourse } from '../../../test/fixtures/synthetic-histories.ts';
import { decodeShareFragment, encodeShareFragment, isShareFragment } from './share-link.ts';

describe('share links', () => {
  it('round-trips a case through the URL fragment, compressed', async () => {
    const caseFile = syntheticCourse(30);
    const fragment = await encodeShareFragment(caseFile);
    expect(isShareFragment(fragment)).toBe(true);
    expect(fragment.length).toBeLessThan(JSON.stringify(caseFile).length / 3);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, caseFile });
  });

  it('round-trips any title text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (title) => {
        const caseFile = { ...buildCase({}, []), title };
        expect(await decodeShareFragment(await encodeShareFragment(caseFile))).toEqual({
          ok: true,
          caseFile,
        });
      }),
      { numRuns: 30 },
    );
  });

  it('says what is wrong with a malformed link', async () => {
    const fragment = await encodeShareFragment(buildCase({}, []));
    const cut = await decodeShareFragment(fragment.slice(0, fragment.length - 10));
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.problems[0]?.message).toMatch(/damaged|not valid JSON/);
    expect(await decodeShareFragment('#case=v9.abc')).toEqual({
      ok: false,
      problems: [
        { path: '(link)', message: 'is not a share link made by this app (unknown version)' },
      ],
    });
    expect(await decodeShareFragment('#case=v1.!!!')).toMatchObject({ ok: false });
  });

  it('says a link is damaged, not a file, when its case is not JSON', async () => {
    const fragment = `#case=v1.${deflateRawSync('{"format":').toString('base64url')}`;
    const decoded = await decodeShareFragment(fragment);
    expect(!decoded.ok && decoded.problems[0]?.path).toBe('(link)');
    expect(!decoded.ok && decoded.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('opens a link whose case is just within the size limit for a case', async () => {
    const caseFile = buildCase({}, []);
    const json = JSON.stringify(caseFile);
    const padded = `${json.slice(0, -1)}${' '.repeat(maxCaseFileBytes - json.length)}}`;
    expect(padded.length).toBe(maxCaseFileBytes);
    const fragment = `#case=v1.${deflateRawSync(padded).toString('base64url')}`;
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, caseFile });
  });

  it('says a link is too large when its case is over the size limit for a case', async () => {
    const justOver = deflateRawSync(' '.repeat(maxCaseFileBytes + 1)).toString('base64url');
    expect(await decodeShareFragment(`#case=v1.${justOver}`)).toEqual({
      ok: false,
      problems: [
        {
          path: '(link)',
          message: `is too large: the case in it would be more than ${maxCaseFileBytes} bytes, the limit for a case`,
        },
      ],
    });
  });

  it('stops unpacking a link at the limit, quickly and without holding what it unpacks', async () => {
    // 140 MB of zeros pack into a link of about 190,000 characters, just under the longest
    // accepted, so it is unpacked.
    const zeros = deflateRawSync(Buffer.alloc(140 * 2 ** 20), { level: 9 });
    const bomb = `#case=v1.${zeros.toString('base64url')}`;
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage();
    const started = Date.now();
    const decoded = await decodeShareFragment(bomb);
    const after = process.memoryUsage();
    // Unpacked whole, this took 140 MB of array buffers and about 580 MB of memory in all.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(50 * 2 ** 20);
    expect(after.rss - before.rss).toBeLessThan(100 * 2 ** 20);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(!decoded.ok && decoded.problems[0]).toMatchObject({
      path: '(link)',
      message: expect.stringMatching(/^is too large/) as unknown,
    });
  });
});
