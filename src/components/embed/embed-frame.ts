import { ASK_MESSAGE, HEIGHT_MESSAGE } from '../../lib/share/embed-messages';

/**
 * The embed's script, small and on its own (no island): it picks a panel without the frame
 * jumping, and tells the page around it how tall the embed is. Without it the page still works:
 * each link on the map names a panel, which CSS shows as the address's target.
 */

// The line asking the reader to pick is found by its class: importing its id would make the
// page's island and this script share a chunk, one more file on every article's first visit.
const intro = () => document.querySelector<HTMLElement>('.embed-intro')!;

const panelFor = (id: string) =>
  (id && document.querySelector<HTMLElement>(`.embed-panel[id="${CSS.escape(id)}"]`)) || intro();

/** Shows the panel `id` names (the line asking the reader to pick, if none), and keeps it in the address. */
function select(id: string, focus: boolean) {
  const panel = panelFor(id);
  document.querySelectorAll('.embed-panel.is-selected').forEach((element) => element.classList.remove('is-selected'));
  panel.classList.add('is-selected');
  // The link on the map that leads there, or the marker of several events among which it is, is marked as the map's current one.
  for (const link of document.querySelectorAll('.map-links a')) {
    const here =
      link.getAttribute('href') === `#${panel.id}` || link.getAttribute('data-events')?.split(' ').includes(panel.id);
    if (here) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  history.replaceState(null, '', panel === intro() ? location.pathname : `#${panel.id}`);
  if (!focus) return;
  panel.focus({ preventScroll: true });
  // Only the frame's own page scrolls, and only as far as it must: the host page stays put.
  const { bottom, top } = panel.getBoundingClientRect();
  if (bottom > window.innerHeight) window.scrollBy(0, Math.min(bottom - window.innerHeight, top));
}

/** Reports the embed's height to the page it sits in, now and whenever it changes or is asked. */
function reportHeight() {
  if (window.parent === window) return;
  const post = () =>
    window.parent.postMessage(
      { type: HEIGHT_MESSAGE, height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
      '*',
    );
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === ASK_MESSAGE) post();
  });
}

export function startEmbed() {
  document.documentElement.dataset.embedScript = '';
  let opener: HTMLElement | undefined;
  select(decodeURIComponent(location.hash.slice(1)), false);
  document.addEventListener('click', (event) => {
    // The map's links are SVG `<a>` elements, which have no `hash`: their target is read from the attribute.
    const link = (event.target as Element).closest<HTMLElement | SVGAElement>('a[href^="#"]');
    if (!link) return;
    event.preventDefault();
    opener = link as HTMLElement;
    select(decodeURIComponent(link.getAttribute('href')!.slice(1)), true);
  });
  // Escape closes a panel and goes back to the link that opened it.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !opener) return;
    select('', false);
    opener.focus();
    opener = undefined;
  });
  reportHeight();
}
