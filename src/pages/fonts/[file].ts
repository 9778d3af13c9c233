import { inFirstSlice } from '../../lib/build/slice';
import { cacheKeys } from '../../lib/content/cache-keys';
import type { APIRoute, GetStaticPaths } from 'astro';
import { arabicFace, type ArabicWeight } from '../../lib/i18n/arabic-type';
import { editionCharacters } from '../../lib/load/edition-characters';

/**
 * The Dari and Pashto editions' type, cut down at build time to the characters they can set.
 * Only the right-to-left pages ask for it (global.css), so no English page downloads a byte.
 */
export const getStaticPaths = inFirstSlice(() =>
  ([400, 700] as const).map((weight) => ({
    params: { file: `naskh-${weight}.woff2` },
    props: { weight },
    // Cut to every character the editions set.
    cacheKey: cacheKeys().site,
  })),
) satisfies GetStaticPaths;

export const GET: APIRoute<{ weight: ArabicWeight }> = async ({ props }) =>
  new Response(new Uint8Array(await arabicFace(editionCharacters(), props.weight)), {
    headers: { 'Content-Type': 'font/woff2' },
  });
