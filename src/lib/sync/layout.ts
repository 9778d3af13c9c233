/**
 * The layout in which the map stays in view beside the text: Tailwind's `lg` breakpoint, which
 * the page's classes (`lg:`) and stylesheets (`@variant lg`) use too.
 */
export const MAP_BESIDE_TEXT = '(min-width: 64rem)';
