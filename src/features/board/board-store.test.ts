// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { todayIsoDate } from '../../domain/index.ts';
import { loadAgenda, saveAgenda } from './board-store.ts';

beforeEach(() => localStorage.clear());

describe('the stored agenda', () => {
  it('keeps the meeting date and the order of the cases', () => {
    const agenda = {
      meetingDate: '2026-03-10',
      items: [
        { source: 'scenario', id: 'brain-single' },
        { source: 'example', id: 'triple-negative-brca' },
        { source: 'library', id: 'abc' },
      ],
    } as const;
    expect(saveAgenda(agenda)).toBe(true);
    expect(loadAgenda()).toEqual(agenda);
  });

  it('reads an agenda stored before it had a date as library cases for today', () => {
    localStorage.setItem('mbc-board-agenda', JSON.stringify(['a', 'b']));
    expect(loadAgenda()).toEqual({
      meetingDate: todayIsoDate(),
      items: [
        { source: 'library', id: 'a' },
        { source: 'library', id: 'b' },
      ],
    });
  });

  it('treats a damaged agenda as empty', () => {
    localStorage.setItem('mbc-board-agenda', '{"meetingDate":"tomorrow","items":[]}');
    expect(loadAgenda().items).toEqual([]);
    localStorage.setItem('mbc-board-agenda', 'not json');
    expect(loadAgenda().items).toEqual([]);
  });
});
