import { useEffect } from 'react';
import type { SyncData } from '../../../lib/sync/sync-data';

/**
 * Lights up, on the map, the countries and markers of the section being read. It only changes
 * classes: never the URL, never the history, never focus.
 */
export function useScrollSync(data: SyncData, map: () => Element | null) {
  useEffect(() => {
    const sections = data.sections
      .map((section) => document.getElementById(section.id))
      .filter(Boolean) as HTMLElement[];
    if (sections.length === 0 || !('IntersectionObserver' in window)) return;
    const visible = new Set<string>();
    const light = () => {
      const current = data.sections.find((section) => visible.has(section.id));
      const svg = map();
      svg?.querySelectorAll('.is-active').forEach((element) => element.classList.remove('is-active'));
      if (!current || !svg) return;
      for (const entity of current.entities) {
        const code = data.entityCountries[entity];
        if (code) svg.querySelector(`[data-country="${code}"]`)?.classList.add('is-active');
        svg.querySelectorAll(`[data-entities~="${entity}"]`).forEach((link) => link.classList.add('is-active'));
      }
    };
    // A band across the upper middle of the window: the section crossing it is being read.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id);
          else visible.delete(entry.target.id);
        }
        light();
      },
      { rootMargin: '-35% 0px -60% 0px' },
    );
    sections.forEach((section) => observer.observe(section));
    return () => observer.disconnect();
  }, [data, map]);
}
