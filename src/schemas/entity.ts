import { z } from 'astro/zod';

/** An actor a section is about: lowercase kebab-case, e.g. `iran`, `pakistan`, `afghanistan`. */
export const EntitySchema = z.string().regex(/^[a-z][a-z0-9-]*$/, {
  error: (issue) => `got ${JSON.stringify(issue.input)}; an entity is a lowercase kebab-case name such as "iran"`,
});

/** ISO 3166-1 alpha-3 country code, e.g. `AFG`. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{3}$/, {
  error: (issue) => `got ${JSON.stringify(issue.input)}; use an ISO 3166-1 alpha-3 code in capitals, such as "AFG"`,
});

export type Entity = z.infer<typeof EntitySchema>;
export type CountryCode = z.infer<typeof CountryCodeSchema>;
