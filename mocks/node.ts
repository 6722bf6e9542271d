import { setupServer } from 'msw/node';
import { handlers } from './handlers/index.ts';

/** msw in node (component tests); unhandled requests are errors, so nothing reaches the network. */
export const server = setupServer(...handlers);
