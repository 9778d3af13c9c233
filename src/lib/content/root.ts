/**
 * Where the content lives, relative to the project: `.` for the site, or a fixture site under
 * `tests/fixtures/` when BORDERLINES_CONTENT_ROOT says so (the tests build those through the
 * same code).
 */
export const contentRoot = (): string => process.env.BORDERLINES_CONTENT_ROOT ?? '.';
