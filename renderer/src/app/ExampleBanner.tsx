import { lockAndReload } from './lock.js';

/** Always on screen in the example book, with the way out. */
export function ExampleBanner() {
  return (
    <div className="example-banner" role="region" aria-label="Example book">
      <div className="width-container example-banner__inner">
        <p className="example-banner__text">
          <strong>This is an example book with made-up people.</strong> Nothing you do here changes your own records.
        </p>
        <button type="button" className="button button--secondary example-banner__button" onClick={() => void lockAndReload()}>
          Leave the example book
        </button>
      </div>
    </div>
  );
}
