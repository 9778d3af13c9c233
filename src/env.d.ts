/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Passages of the analysis being rendered, by id; set by the article page for `<Passage>`. */
    passages?: Map<string, import('./lib/content/passages').PassageOutline>;
  }
}
