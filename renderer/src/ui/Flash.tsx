import { useState } from 'react';
import { takeFlash } from '../lib/flash.js';
import { NotificationBanner } from './NotificationBanner.js';

/** Shows the message the previous page left (e.g. after saving), once. */
export function Flash() {
  const [message] = useState(takeFlash);
  return message ? (
    <NotificationBanner kind="success">
      <p className="notification-banner__heading">{message}</p>
    </NotificationBanner>
  ) : null;
}
