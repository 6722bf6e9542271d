import { fhirHandlers } from '../fhir/server.ts';
import { scenarioHandlers } from './scenarios.ts';

export const handlers = [...scenarioHandlers, ...fhirHandlers];
