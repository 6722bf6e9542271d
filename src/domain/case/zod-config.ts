import { z } from 'zod';

/**
 * zod compiles a faster parser for object schemas with `new Function`, after probing whether
 * eval is allowed. The app's Content-Security-Policy forbids eval, so in the browser the probe
 * can only fail, and the browser reports it as a policy violation on every load. jitless: zod
 * never probes and parses without generated code (fast enough for case files), in the app and
 * the CLI alike.
 *
 * zod decides when the first object schema is created, so this must run before that. It is
 * imported by case-schema.ts, not by the app's entry: a bundle runs the chunks an entry
 * imports before the entry's own code, but always runs a module's imports before the module.
 * A module that creates schemas without importing the domain first must import this itself.
 */
z.config({ jitless: true });
