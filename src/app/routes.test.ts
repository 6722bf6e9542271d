import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boardPath,
  boardSlide,
  legacyAddress,
  teachingAddress,
  teachingPath,
  viewOfPath,
} from './routes.ts';

describe('the app addresses', () => {
  it('finds the view from the first part of the path; anything else is the Case view', () => {
    expect(viewOfPath('/')).toBe('dashboard');
    expect(viewOfPath('/board')).toBe('board');
    expect(viewOfPath('/board/present/2')).toBe('board');
    expect(viewOfPath('/teaching/brain-single/step/3')).toBe('teaching');
    expect(viewOfPath('/fhir')).toBe('fhir');
    // A share link's fragment, read as a path by the hash location.
    expect(viewOfPath('/case=eJx1kM1')).toBe('dashboard');
    expect(viewOfPath('/nonsense')).toBe('dashboard');
  });

  it('numbers teaching steps in the address as the player does on screen', () => {
    expect(teachingAddress('/teaching')).toEqual({ scenarioId: null, step: 0 });
    expect(teachingAddress('/teaching/brain-single')).toEqual({
      scenarioId: 'brain-single',
      step: 0,
    });
    expect(teachingAddress('/teaching/brain-single/step/3')).toEqual({
      scenarioId: 'brain-single',
      step: 3,
    });
    expect(teachingPath({ scenarioId: 'brain-single', step: 3 })).toBe(
      '/teaching/brain-single/step/3',
    );
    expect(teachingPath({ scenarioId: 'brain-single', step: 0 })).toBe('/teaching/brain-single');
    expect(teachingPath({ scenarioId: null, step: 0 })).toBe('/teaching');
  });

  it('reads a mistyped step as the first one', () => {
    expect(teachingAddress('/teaching/x/step/zero').step).toBe(0);
    expect(teachingAddress('/teaching/x/step/-2').step).toBe(0);
    expect(teachingAddress('/teaching/x/steps/4').step).toBe(0);
    expect(teachingAddress('/teaching/%E0%A4%A/step/1')).toEqual({
      scenarioId: '%E0%A4%A',
      step: 1,
    });
  });

  it('gives back the same place for any scenario id and step', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(200), (scenarioId, step) => {
        expect(teachingAddress(teachingPath({ scenarioId, step }))).toEqual({ scenarioId, step });
      }),
    );
  });

  it('numbers presentation slides from 1 in the address, as the slide does', () => {
    expect(boardSlide('/board')).toBeUndefined();
    expect(boardSlide('/board/present/3')).toBe(2);
    expect(boardSlide('/board/present')).toBe(0);
    expect(boardSlide('/board/present/0')).toBe(0);
    expect(boardSlide('/board/present/x')).toBe(0);
    expect(boardPath(2)).toBe('/board/present/3');
    expect(boardPath(undefined)).toBe('/board');
    for (const slide of [undefined, 0, 1, 7]) expect(boardSlide(boardPath(slide))).toBe(slide);
  });

  it('turns the old ?view= query into a route and keeps the rest of the query', () => {
    expect(legacyAddress('?view=board', '/')).toBe('/board?');
    expect(legacyAddress('?example=triple-negative-brca&view=teaching', '/')).toBe(
      '/teaching?example=triple-negative-brca',
    );
    expect(legacyAddress('?view=nonsense', '/')).toBe('/?');
    // A route already in the fragment wins.
    expect(legacyAddress('?view=board', '/teaching/x')).toBe('/teaching/x?');
    expect(legacyAddress('?example=x', '/')).toBeUndefined();
    expect(legacyAddress('', '/board')).toBeUndefined();
  });

  it('opens the import screen for a SMART launch or its answer, keeping the query it reads', () => {
    expect(legacyAddress('?iss=https%3A%2F%2Fehr&launch=abc', '/')).toBe(
      '/fhir?iss=https%3A%2F%2Fehr&launch=abc',
    );
    expect(legacyAddress('?code=c&state=s', '/')).toBe('/fhir?code=c&state=s');
    expect(legacyAddress('?code=c&state=s', '/fhir')).toBeUndefined();
  });
});
