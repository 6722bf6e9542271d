// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SelectField } from './select-field.tsx';

const optionTexts = (select: HTMLElement) =>
  [...select.querySelectorAll('option')].map((o) => [o.value, o.textContent]);

describe('SelectField', () => {
  it('takes values with a function naming each, and gives back the chosen value', async () => {
    const onChange = vi.fn<(value: 'pre' | 'post') => void>();
    render(
      <SelectField
        label="Menopausal status"
        values={['pre', 'post'] as const}
        optionLabel={(v) => `${v}menopausal`}
        value="pre"
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Menopausal status' });
    expect(optionTexts(select)).toEqual([
      ['pre', 'premenopausal'],
      ['post', 'postmenopausal'],
    ]);
    await userEvent.selectOptions(select, 'postmenopausal');
    expect(onChange).toHaveBeenCalledWith('post');
    expect(select).not.toHaveAttribute('aria-invalid');
  });

  it('takes a list of value and label, shown as given; values alone show as they are', () => {
    render(
      <>
        <SelectField
          label="Tier"
          options={[
            { value: '', label: 'All' },
            { value: 'preferred', label: 'Preferred' },
          ]}
          value=""
          onChange={vi.fn()}
        />
        <SelectField label="Site" values={['bone', 'liver']} value="liver" onChange={vi.fn()} />
      </>,
    );
    expect(optionTexts(screen.getByRole('combobox', { name: 'Tier' }))).toEqual([
      ['', 'All'],
      ['preferred', 'Preferred'],
    ]);
    expect(screen.getByRole('combobox', { name: 'Site' })).toHaveValue('liver');
  });

  it('is named by its label (or a shorter name) and described by its error', () => {
    render(
      <SelectField
        label="Your choice (from every regimen option)"
        ariaLabel="Your choice"
        values={['a', 'b']}
        value="a"
        onChange={vi.fn()}
        error="Choose another"
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Your choice' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Choose another');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose another');
    expect(screen.getByText('Your choice (from every regimen option)')).toBeInTheDocument();
  });
});
