import { describe, expect, test } from 'vitest';
import { actorLinks, borderRelationLinks, relationLink } from '../../../src/lib/actors/actor-links';
import { langFor } from '../../../src/lib/i18n/lang';

// The links an article's sections and borders give to the pages of their actors and relations,
// in the edition the reader is in: the address in that edition, the names in its words.
describe('links to the pages of actors and relations', () => {
  test('an actor’s link leads to its page in the reader’s edition and names it in the edition’s words', () => {
    expect(actorLinks(['iran', 'pakistan'], langFor('en'))).toEqual([
      { href: '/actors/iran/', name: 'Iran' },
      { href: '/actors/pakistan/', name: 'Pakistan' },
    ]);
    expect(actorLinks(['pakistan'], langFor('fa'))).toEqual([{ href: '/fa/actors/pakistan/', name: 'پاکستان' }]);
  });

  test('a relation is one page whichever actor comes first, named in the order of its address', () => {
    const both = [
      relationLink('pakistan', 'afghanistan', langFor('en')),
      relationLink('afghanistan', 'pakistan', langFor('en')),
    ];
    for (const link of both)
      expect(link).toEqual({ href: '/relations/afghanistan--pakistan/', name: 'Afghanistan and Pakistan' });
    expect(relationLink('pakistan', 'afghanistan', langFor('ps'))).toEqual({
      href: '/ps/relations/afghanistan--pakistan/',
      name: langFor('ps').words.actors.relation('افغانستان', 'پاکستان'),
    });
  });

  test('each border leads to the relation of the two states it joins, by the border’s id', () => {
    const links = borderRelationLinks([{ id: 'AFG-PAK' }, { id: 'AFG-IRN' }], langFor('fa'));
    expect([...links]).toEqual([
      ['AFG-PAK', { href: '/fa/relations/afghanistan--pakistan/', name: 'افغانستان و پاکستان' }],
      ['AFG-IRN', { href: '/fa/relations/afghanistan--iran/', name: 'افغانستان و ایران' }],
    ]);
  });

  test('a border whose states are not both in the registry leads nowhere, and takes no other border’s link', () => {
    const links = borderRelationLinks([{ id: 'AFG-TKM' }, { id: 'AFG-PAK' }], langFor('en'));
    expect([...links.keys()]).toEqual(['AFG-PAK']);
  });
});
