/**
 * The home page's only script: the actor links above the list of analyses show only that actor's
 * analyses, in place, and the address keeps the choice (`?actor=<id>`), so that a shared or
 * reloaded link shows the same list. An actor the filter does not offer shows every analysis. A
 * click with a modifier key still opens the actor's page, as the link says.
 */
export function filterByActor() {
  const nav = document.querySelector<HTMLElement>('[data-actor-filter]');
  if (!nav) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-actor]')];
  const items = [...document.querySelectorAll<HTMLElement>('[data-actors]')];
  const status = nav.querySelector<HTMLElement>('[role="status"]')!;

  const show = (actor: string | null, announce: boolean) => {
    const chosen = links.find((link) => link.dataset.actor === actor) ?? links[0]!;
    const id = chosen.dataset.actor ?? '';
    for (const link of links) {
      if (link === chosen) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const item of items) item.hidden = id !== '' && !item.dataset.actors!.split(' ').includes(id);
    if (announce) status.textContent = chosen.dataset.status ?? '';
    return id;
  };

  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-actor]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const id = show(link.dataset.actor ?? '', true);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('actor', id);
    else url.searchParams.delete('actor');
    window.history.replaceState(null, '', url);
  });

  const asked = new URLSearchParams(window.location.search).get('actor');
  if (asked !== null) show(asked, true);
}
