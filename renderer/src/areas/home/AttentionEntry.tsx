import { dateInWords } from '../../lib/format.js';
import { Link } from '../../lib/router/index.js';
import type { AttentionItem } from '../../shared.js';
import { UrgencyTag } from '../../ui/index.js';

type Level = 2 | 3 | 4;

/**
 * One thing that needs the employer's attention. Its urgency is in its heading, in words ("Against
 * the law: No right-to-work check for Ana"), so moving by headings hears it; the tag shows it
 * again with a shape and colour. `linkSuffix` makes the link's name unique on the page.
 */
export function AttentionEntry({ item, level, linkSuffix }: { item: AttentionItem; level: Level; linkSuffix?: string | undefined }) {
  const H = `h${level}` as const;
  return (
    <li className={`attention attention--${item.urgency}`}>
      <H className="heading-s attention__title">
        {/* The colon inside the tag, so it is read as "Against the law:", then the words. */}
        <span className="attention__tag">
          <UrgencyTag urgency={item.urgency} due={item.due} after=": " />
        </span>
        <span className="attention__words">{item.title}</span>
      </H>
      <p className="body attention__detail">{item.detail}</p>
      {item.due && <p className="body attention__due">Due: {dateInWords(item.due)}</p>}
      <p className="body attention__action">
        <Link to={item.action.to}>
          {item.action.label}
          {linkSuffix && <span className="visually-hidden">{linkSuffix}</span>}
        </Link>
      </p>
    </li>
  );
}
