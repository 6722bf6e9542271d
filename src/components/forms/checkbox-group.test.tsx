// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CheckboxGroup } from './checkbox-group.tsx';

describe('CheckboxGroup', () => {
  it('ticks and unticks values under its legend, with the labels it is given', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <CheckboxGroup
        legend="Complications"
        values={['fracture', 'spinal-cord-compression']}
        checked={['fracture']}
        onChange={onChange}
        optionLabel={(v) => v.replaceAll('-', ' ')}
      />,
    );
    expect(screen.getByRole('group', { name: 'Complications' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'fracture' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'spinal cord compression' }));
    expect(onChange).toHaveBeenLastCalledWith(['fracture', 'spinal-cord-compression']);
    await user.click(screen.getByRole('checkbox', { name: 'fracture' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
