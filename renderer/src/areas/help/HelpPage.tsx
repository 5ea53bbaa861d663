import { focusById } from '../../lib/router/index.js';
import { StaticPage } from '../../ui/index.js';

/** Plain-English help that works while locked too (it needs nothing from the book). */
export function HelpPage() {
  return (
    <StaticPage title="Help" heading="Help with Carebook">
      <nav aria-label="On this page" className="contents">
        <h2 className="heading-s">On this page</h2>
        <ul className="list">
          <li><a href="#help-book" onClick={focusById('help-book')}>Where your book is kept</a></li>
          <li><a href="#help-backups" onClick={focusById('help-backups')}>Backups</a></li>
          <li><a href="#help-forgotten" onClick={focusById('help-forgotten')}>If you forget your passphrase</a></li>
          <li><a href="#help-keys" onClick={focusById('help-keys')}>Using the keyboard</a></li>
          <li><a href="#help-text" onClick={focusById('help-text')}>Making the text bigger</a></li>
          <li><a href="#help-people" onClick={focusById('help-people')}>Help with employing a PA</a></li>
        </ul>
      </nav>

      <h2 id="help-book" tabIndex={-1} className="heading-m">Where your book is kept</h2>
      <p className="body">
        Everything you put in Carebook is kept in one folder on this computer, called your book. It is locked with
        your passphrase, so nobody can read it without it. Nothing is sent over the internet.
      </p>
      <p className="body">Carebook locks your book when you choose Lock, when you press Ctrl and L, and when nobody has used it for a few minutes. You can change how long in Settings.</p>

      <h2 id="help-backups" tabIndex={-1} className="heading-m">Backups</h2>
      <p className="body">
        A backup is a copy of your whole book in one file. If this computer breaks or is lost, you can get your records
        back from a backup. Keep backups on a USB stick or another drive, not only on this computer.
      </p>
      <p className="body">
        Choose a backup folder in Settings, and Carebook makes a backup each time your book locks. You can also go to
        Backups and choose &ldquo;Back up now&rdquo;. Restoring a backup puts it in a new folder, so your current book
        is never lost.
      </p>

      <h2 id="help-forgotten" tabIndex={-1} className="heading-m">If you forget your passphrase</h2>
      <p className="body">
        When you made your book, Carebook gave you a recovery code to print or save. On the Unlock page, choose
        &ldquo;I have forgotten my passphrase&rdquo; and type the recovery code. Then choose a new passphrase.
      </p>
      <p className="body">Without your passphrase or your recovery code, nobody can open your book, not even Carebook.</p>

      <h2 id="help-keys" tabIndex={-1} className="heading-m">Using the keyboard</h2>
      <p className="body">You can do everything in Carebook with a keyboard, a switch or voice control.</p>
      <ul className="list list--bullet">
        <li>Tab moves to the next link, box or button. Shift and Tab moves back.</li>
        <li>Enter follows a link or presses a button. Space ticks a box or presses a button.</li>
        <li>Arrow keys move between choices in a list of options.</li>
        <li>Ctrl and L (on a Mac, Command and L) locks your book straight away.</li>
        <li>The first Tab on each page shows &ldquo;Skip to main content&rdquo;, to jump past the menu.</li>
      </ul>

      <h2 id="help-text" tabIndex={-1} className="heading-m">Making the text bigger</h2>
      <p className="body">
        Go to Settings and change the text size. Carebook also follows the text size and high contrast settings of
        your computer. You can zoom with Ctrl and + (plus), and back with Ctrl and − (minus).
      </p>

      <h2 id="help-people" tabIndex={-1} className="heading-m">Help with employing a PA</h2>
      <ul className="list list--bullet">
        <li>
          Your local council&rsquo;s direct payments team, or the support service they pay for, can help with
          contracts, payroll and insurance.
        </li>
        <li>Skills for Care has guides and free training for people who employ their own PAs.</li>
        <li>ACAS gives free, confidential advice on employment law, for employers and workers.</li>
        <li>Disability Rights UK and local disabled people&rsquo;s organisations offer peer support.</li>
        <li>Your employer&rsquo;s liability insurer often has a free legal helpline.</li>
      </ul>
    </StaticPage>
  );
}
