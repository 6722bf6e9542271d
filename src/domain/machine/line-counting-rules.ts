/**
 * How lines of therapy are counted. Declared once here: the machine records the rule that
 * advanced the counter for each line, and the app shows these descriptions next to the line.
 */

export const lineCountingRules = [
  {
    id: 'first-line',
    advances: true,
    description: 'The first systemic regimen after the metastatic diagnosis is line 1.',
  },
  {
    id: 'after-progression',
    advances: true,
    description: 'A new regimen started after progression is the next line.',
  },
  {
    id: 'after-intolerance',
    advances: true,
    description:
      'A new regimen started because the previous one was not tolerated is the next line, even without progression.',
  },
  {
    id: 'switch-without-progression',
    advances: true,
    description:
      'Changing regimen while a line is running or paused, without recorded progression or intolerance, also starts the next line; the previous line ends as a switch.',
  },
  {
    id: 'restart-after-stop',
    advances: true,
    description: 'Starting treatment again after it was stopped is the next line.',
  },
  {
    id: 'resume-after-break',
    advances: false,
    description: 'Resuming after a planned break continues the same line.',
  },
  {
    id: 'local-therapy',
    advances: false,
    description: 'Radiation or surgery to one site does not start or end a line.',
  },
] as const;

export type LineCountingRule = (typeof lineCountingRules)[number];
export type LineCountingRuleId = LineCountingRule['id'];

export function getLineCountingRule(id: LineCountingRuleId): LineCountingRule {
  const rule = lineCountingRules.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown line-counting rule ${id}`);
  return rule;
}
