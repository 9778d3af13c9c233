import { useEffect, useState } from 'react';

/** Whether any of an element is on screen, kept up to date as the reader scrolls. */
export function useInView(element: () => Element | null): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const target = element();
    if (!target) return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? false));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return inView;
}
