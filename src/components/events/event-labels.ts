import { biomarkerFields, type CaseEvent } from '../../domain/index.ts';

/** One line describing an event in the log. */
export function describeEvent(event: CaseEvent): string {
  switch (event.type) {
    case 'metastases':
      return `Sites: ${event.sites.map((s) => `${s.site}${s.count ? ` ×${s.count}` : ''}${s.symptomatic ? ' (symptomatic)' : ''}`).join(', ')}`;
    case 'start-line':
      return `Start: ${event.regimen.join(' + ')}`;
    case 'response':
      return `Response: ${event.assessment}`;
    case 'progression':
      return event.sites?.length
        ? `Progression: ${event.sites.map((s) => s.site).join(', ')}`
        : 'Progression';
    case 'intolerance':
      return `Intolerance${event.agents?.length ? `: ${event.agents.join(', ')}` : ' of the regimen'}`;
    case 'break':
      return 'Treatment break';
    case 'resume':
      return 'Resumed';
    case 'stop-treatment':
      return 'Treatment stopped';
    case 'receptor-update':
      return `Biomarkers: ${biomarkerFields
        .filter((f) => event[f] !== undefined)
        .map((f) => `${f.toUpperCase()} ${event[f] ?? ''}`)
        .join(', ')}`;
    case 'local-therapy':
      return `${event.modality === 'radiation' ? 'Radiation' : 'Surgery'}: ${event.site}${event.technique ? ` (${event.technique})` : ''}`;
    case 'decision':
      return `Decision: ${event.choice} ${event.candidate}`;
  }
}
