import { useApiQuery } from '../../lib/queries.js';
import { ButtonLink, Flash, Loading, StaticPage } from '../../ui/index.js';
import { AttentionEntry } from './AttentionEntry.js';
import { homeSections, linkSuffixes, summarySentence } from './home-words.js';

/**
 * What needs the employer's attention, in the order of the law: a sentence that says how much
 * and how bad, then one section per urgency (against the law first, information last), the
 * nearest date first in each, grouped under each PA's name when many PAs have items.
 */
export function HomePage() {
  const attention = useApiQuery('attention.list', {});
  const pas = useApiQuery('workers.list', { show: 'all' });
  const items = attention.data?.items ?? [];
  const suffixes = linkSuffixes(items);
  return (
    <>
      <Flash />
      <StaticPage title="Home" heading="What needs your attention">
        {attention.isPending && <Loading />}
        {attention.isError && <p className="body">{attention.error.message}</p>}
        {pas.data && pas.data.length === 0 && (
          <div className="panel-quiet first-step">
            <h2 className="heading-m">Your first step</h2>
            <p className="body">Add the PA who works for you, or someone applying. Carebook then tells you which checks and papers the law asks for.</p>
            <ButtonLink to="/pas/new">Add your first PA</ButtonLink>
          </div>
        )}
        {attention.data &&
          (items.length === 0 ? (
            <div className="panel-quiet">
              <p className="body-l">{summarySentence(items)}</p>
            </div>
          ) : (
            <p className="body-l home-summary">{summarySentence(items)}</p>
          ))}
        {homeSections(items).map((section) => (
          <section key={section.urgency} className="home-section" aria-labelledby={`home-${section.urgency}`}>
            <h2 id={`home-${section.urgency}`} className="heading-m">
              {section.heading}
            </h2>
            {section.groups.map((group) =>
              group.heading ? (
                <div key={group.workerId ?? 'book'} className="home-group">
                  <h3 className="heading-s home-group__name">{group.heading}</h3>
                  <ul className="attention-list">
                    {group.items.map((item) => (
                      <AttentionEntry key={item.id} item={item} level={4} linkSuffix={suffixes.get(item.id)} />
                    ))}
                  </ul>
                </div>
              ) : (
                <ul key="all" className="attention-list">
                  {group.items.map((item) => (
                    <AttentionEntry key={item.id} item={item} level={3} linkSuffix={suffixes.get(item.id)} />
                  ))}
                </ul>
              ),
            )}
          </section>
        ))}
      </StaticPage>
    </>
  );
}
