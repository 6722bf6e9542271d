import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
});
