import { parseIsoDate, type CaseEvent } from '../domain/index.ts';
// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCase } from '../../test/fixtures/case-builder.ts';
import { CaseSessionProvider, useCaseSession, type CaseSession } from './case-session.tsx';

afterEach(cleanup);

function Probe({ onSession }: { onSession: (session: CaseSession) => void }) {
  onSession(useCaseSession());
  return null;
}

const start = buildCase({}, [
  { date: parseIsoDate('2025-01-10'), type: 'metastases', sites: [{ site: 'bone' }] },
]);

function open() {
  const sessions: CaseSession[] = [];
  render(
    <CaseSessionProvider initialCase={start}>
      <Probe onSession={(s) => sessions.push(s)} />
    </CaseSessionProvider>,
  );
  const latest = () => {
    const session = sessions.at(-1);
    if (!session) throw new Error('no session rendered');
    return session;
  };
  return { sessions, latest };
}

describe('case session edits', () => {
  it('applies two edits made before the screen re-renders, the second on top of the first', () => {
    const { latest } = open();
    const session = latest();
    act(() => {
      expect(
        session.append({
          date: parseIsoDate('2025-01-20'),
          type: 'start-line',
          regimen: ['letrozole'],
        }).ok,
      ).toBe(true);
      // The same (not yet re-rendered) session object: the second edit must see the first.
      expect(session.append({ date: parseIsoDate('2025-04-20'), type: 'progression' }).ok).toBe(
        true,
      );
    });
    expect(latest().caseFile.events.map((e) => e.type)).toEqual([
      'metastases',
      'start-line',
      'progression',
    ]);
    expect(latest().recommendation.line).toBe(2);
  });

  it('keeps its edit actions the same functions across edits, so memoised rows can hold them', () => {
    const { sessions, latest } = open();
    const first = latest();
    act(() => {
      first.append({
        date: parseIsoDate('2025-01-20'),
        type: 'start-line',
        regimen: ['letrozole'],
      });
    });
    expect(sessions.length).toBeGreaterThan(1);
    expect(latest().append).toBe(first.append);
    expect(latest().remove).toBe(first.remove);
    expect(latest().caseFile).not.toBe(first.caseFile);
  });

  it('undoes, retitles and refuses against the latest log', () => {
    const { latest } = open();
    act(() => {
      latest().append({
        date: parseIsoDate('2025-01-20'),
        type: 'start-line',
        regimen: ['letrozole'],
      });
    });
    act(() => {
      latest().setTitle('Bone-only disease');
      latest().undo();
    });
    expect(latest().caseFile.title).toBe('Bone-only disease');
    expect(latest().caseFile.events).toHaveLength(1);
    let refused: ReturnType<CaseSession['append']> | undefined;
    act(() => {
      refused = latest().append({ date: parseIsoDate('2025-02-01'), type: 'progression' });
    });
    expect(refused?.ok).toBe(false);
    expect(latest().caseFile.events).toHaveLength(1);
  });

  it('redoes undone events newest first, until another edit of the course', () => {
    const { latest } = open();
    const line: CaseEvent = {
      date: parseIsoDate('2025-01-20'),
      type: 'start-line',
      regimen: ['letrozole'],
    };
    const progression: CaseEvent = { date: parseIsoDate('2025-06-01'), type: 'progression' };
    act(() => {
      latest().append(line);
      latest().append(progression);
    });
    act(() => {
      latest().undo();
      latest().undo();
    });
    expect(latest().caseFile.events).toHaveLength(1);
    expect(latest().redoable).toEqual(line);
    act(() => {
      expect(latest().redo().ok).toBe(true);
    });
    expect(latest().redoable).toEqual(progression);
    act(() => {
      expect(latest().redo().ok).toBe(true);
    });
    expect(latest().caseFile.events.map((e) => e.type)).toEqual([
      'metastases',
      'start-line',
      'progression',
    ]);
    expect(latest().redoable).toBeUndefined();
    expect(latest().redo()).toEqual({ ok: false, reason: 'Nothing to redo' });

    // A retitle keeps what can be redone; a new event drops it.
    act(() => {
      latest().undo();
      latest().setTitle('Renamed');
    });
    expect(latest().redoable).toEqual(progression);
    act(() => {
      expect(
        latest().append({
          date: parseIsoDate('2025-05-01'),
          type: 'response',
          assessment: 'stable',
        }).ok,
      ).toBe(true);
    });
    expect(latest().redoable).toBeUndefined();
  });

  it('forgets what was undone when another case opens', () => {
    const { latest } = open();
    act(() => {
      latest().append({
        date: parseIsoDate('2025-01-20'),
        type: 'start-line',
        regimen: ['letrozole'],
      });
    });
    act(() => latest().undo());
    // Opening another case forgets what was undone in this one.
    act(() => latest().load(start));
    expect(latest().redoable).toBeUndefined();
  });
});
