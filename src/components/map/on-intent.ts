import { INTENT_EVENTS, MAP_READY } from '../../lib/sync/intent';

// The `client:intent` directive (src/integrations/load-on-intent.ts): the island's code is fetched
// when the reader reaches for one of the elements its value names (src/lib/sync/intent.ts), and
// the island then wakes. Until it has, every link does what it does without JavaScript: a click
// on one is the browser's, never held back. A button exists only for the script (it is hidden
// without it), so a click on one before the script has come is done again once it has. Nothing
// here moves focus or scroll. Should the code not come (the reader went offline), the next reach
// asks again, though a browser may answer from its memory of the failure until the page is opened
// again.

type Load = () => Promise<() => Promise<void>>;

export default function onIntent(load: Load, options: { value: unknown }) {
  const tools = String(options.value);
  const early: HTMLElement[] = [];
  let waking = false;

  const within = (target: EventTarget | null) => (target instanceof Element ? target.closest(tools) : null);
  const onReach = (event: Event) => {
    if (within(event.target)) void wake();
  };
  const onEarlyClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (button && within(button)) early.push(button);
  };
  const listen = (on: boolean) => {
    for (const type of INTENT_EVENTS) (on ? addEventListener : removeEventListener)(type, onReach, true);
  };

  // React wakes the island in its own time after its code has come: its listeners are in place
  // at its word, and the buttons pressed until then are pressed again.
  const onReady = () => {
    removeEventListener('click', onEarlyClick, true);
    for (const button of early.splice(0)) if (button.isConnected) button.click();
  };

  async function wake() {
    if (waking) return;
    waking = true;
    listen(false);
    addEventListener('click', onEarlyClick, true);
    document.addEventListener(MAP_READY, onReady, { once: true });
    try {
      const hydrate = await load();
      await hydrate();
    } catch {
      removeEventListener('click', onEarlyClick, true);
      document.removeEventListener(MAP_READY, onReady);
      waking = false;
      listen(true);
    }
  }

  listen(true);
  // Reached for before this script ran (a pointer resting on the map as the page loaded).
  if (document.querySelector(`:is(${tools}):is(:hover, :focus-within)`)) void wake();
}
