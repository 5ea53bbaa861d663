import { useEffect } from 'react';

/** "<Page> – Carebook", with "Error: " in front while the form shows errors (GOV.UK pattern). */
export function usePageTitle(title: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Carebook`;
  }, [title, hasErrors]);
}
