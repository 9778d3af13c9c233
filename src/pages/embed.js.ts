import type { APIRoute } from 'astro';
import { embedHostScript } from '../lib/share/embed-host-script';

/** The script a partner's page loads beside an embed, to fit its iframe to the map (src/lib/share/embed.ts). */
export const GET: APIRoute = () =>
  new Response(embedHostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
