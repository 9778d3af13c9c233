/** The named character references Astro writes, and the ones HTML text commonly holds. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text or an attribute value as written in HTML, with its character references decoded as a browser would. */
export const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    return String.fromCodePoint(
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
    );
  });

/** Text as written between HTML tags: the characters that would open markup or a reference, escaped. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attribute's value as written between double quotes: text escaped, and the quote too. */
export const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');
