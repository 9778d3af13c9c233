import type { TranslationSummary, TranslationsList } from '../../integrations/studio/translations';

/** The overview's props: what the server listed, and the edition of the analysis now shown, if any. */
interface Props {
  list: TranslationsList;
  choice: { code: string; slug: string } | undefined;
}

/** A cell's words: how many passages need the translator, or that none do. */
function need({ passages, counts }: TranslationSummary): string {
  const parts = [
    counts.behind > 0 ? `${counts.behind} behind` : '',
    counts.unstamped > 0 ? `${counts.unstamped} not marked` : '',
    counts.untranslated > 0 ? `${counts.untranslated} missing` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : `all ${passages} up to date`;
}

/**
 * Every analysis against every translated edition: each cell a link to that edition's passages,
 * saying how many are behind, so a translator sees at a glance where work waits.
 */
export function EditionTable({ list, choice }: Props) {
  return (
    <section aria-labelledby="editions-heading">
      <h2 id="editions-heading">Editions</h2>
      {list.analyses.length === 0 ? (
        <p>There are no analyses yet.</p>
      ) : (
        <table className="editions">
          <caption>Passages that need a translator, by analysis and edition</caption>
          <thead>
            <tr>
              <th scope="col">Analysis</th>
              {list.editions.map((edition) => (
                <th scope="col" key={edition.code}>
                  {edition.englishName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.analyses.map((analysis) => (
              <tr key={analysis.slug}>
                <th scope="row">{analysis.title}</th>
                {list.editions.map((edition) => {
                  const translation = analysis.translations.find((t) => t.code === edition.code);
                  if (!translation) return <td key={edition.code}>not translated</td>;
                  const current = choice?.code === edition.code && choice.slug === analysis.slug;
                  const waiting = translation.passages - translation.counts.current;
                  return (
                    <td key={edition.code} className={waiting > 0 ? 'waiting' : undefined}>
                      <a
                        href={`?${new URLSearchParams({ code: edition.code, slug: analysis.slug })}`}
                        aria-current={current ? 'page' : undefined}
                      >
                        {/* The hidden words follow the visible ones: the link's name starts as it reads. */}
                        {need(translation)}
                        <span className="sr-only">
                          {' '}
                          in the {edition.englishName} edition of {analysis.title}
                        </span>
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
