import { Link } from '../../lib/router/index.js';
import { dateInWords } from '../../lib/format.js';
import { useApiQuery } from '../../lib/queries.js';
import { Flash, Loading, StaticPage, UrgencyTag } from '../../ui/index.js';

/** What needs the employer's attention, most urgent first (the core sorts). */
export function HomePage() {
  const attention = useApiQuery('attention.list', {});
  return (
    <>
      <Flash />
      <StaticPage title="Home" heading="What needs your attention">
        {attention.isPending && <Loading />}
        {attention.isError && <p className="body">{attention.error.message}</p>}
        {attention.data && attention.data.items.length === 0 && (
          <div className="panel-quiet">
            <p className="body-l">Nothing needs your attention today.</p>
          </div>
        )}
        {attention.data && attention.data.items.length > 0 && (
          <ul className="attention-list">
            {attention.data.items.map((item) => (
              <li key={item.id} className={`attention attention--${item.urgency}`}>
                <UrgencyTag urgency={item.urgency} due={item.due} />
                <h2 className="heading-s attention__title">{item.title}</h2>
                <p className="body attention__detail">{item.detail}</p>
                {item.due && <p className="body attention__due">Due: {dateInWords(item.due)}</p>}
                <p className="body attention__action">
                  <Link to={item.action.to}>{item.action.label}</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </StaticPage>
    </>
  );
}
