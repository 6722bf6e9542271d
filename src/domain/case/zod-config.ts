import { z } from 'zod/mini';

/**
 * zod compiles a faster parser for object schemas with `new Function`, after probing whether
 * eval is allowed. The app's Content-Security-Policy forbids eval, so in the browser the probe
 * can only fail, and the browser reports it as a policy violation on every load. jitless: zod
 * never probes and parses without generated code (fast enough for case files), in the app and
 * the CLI alike. This is zod's one global configuration, so it holds for the schemas written
 * with classic zod (in code loaded later) as well as for those written with `zod/mini`.
 *
 * zod decides when the first object schema is created, so this must run before that. It is
 * imported by case-schema.ts, not by the app's entry: a bundle runs the chunks an entry
 * imports before the entry's own code, but always runs a module's imports before the module.
 * A module that creates schemas without importing the domain first must import this itself.
 *
 * English messages: classic zod sets them when it builds its first schema, `zod/mini` never
 * does, and the case format's messages (`is required`, `Too big: …`) are zod's English ones.
 */
z.config({ jitless: true, ...z.locales.en() });
