import { scenarioHandlers } from './scenarios.ts';

export const handlers = [...scenarioHandlers];
