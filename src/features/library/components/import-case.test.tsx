// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { modelPatient } from '../../../../test/arbitraries/case-events.ts';
import { ImportCase } from './import-case.tsx';

const valid = {
  format: 'mbc-case/1',
  patient: modelPatient,
  events: [{ date: '2025-01-10', type: 'metastases', sites: [{ site: 'bone' }] }],
};
const bom = [0xef, 0xbb, 0xbf];
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

async function importBytes(bytes: number[], name = 'case.json') {
  const onImport = vi.fn();
  render(<ImportCase onImport={onImport} />);
  const file = new File([Uint8Array.from(bytes)], name, { type: 'application/json' });
  await userEvent.upload(screen.getByLabelText(/Import a case file/), file);
  return onImport;
}

describe('importing a case file', () => {
  it('imports a file saved with a byte-order mark', async () => {
    const onImport = await importBytes([...bom, ...utf8(JSON.stringify(valid))]);
    await vi.waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    expect(onImport.mock.calls[0]?.[0]).toMatchObject({ format: 'mbc-case/1' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('refuses a file that is not UTF-8, naming the first bad byte', async () => {
    const onImport = await importBytes([...utf8('{"title":"caf'), 0xe9, ...utf8('"}')], 'l1.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('l1.json was not imported');
    expect(alert.textContent).toContain(
      '(file): is not UTF-8 text: byte 0xE9 at offset 13 (counting from 0)',
    );
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports a file with fields the format does not have, and lists them', async () => {
    const withExtra = { ...valid, colour: 'blue', patient: { ...valid.patient, weight: 70 } };
    const onImport = await importBytes(utf8(JSON.stringify(withExtra)), 'extra.json');
    await vi.waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('extra.json was imported');
    expect([...status.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'patient.weight: is not a field of mbc-case/1 and was ignored',
      'colour: is not a field of mbc-case/1 and was ignored',
    ]);
  });
});
