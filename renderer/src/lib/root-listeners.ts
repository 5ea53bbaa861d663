/**
 * Why every heading and the error summary were read as "clickable" (Orca 43, Chromium):
 *
 * React delegates events to listeners on its root container (<div id="root">), click, mousedown
 * and mouseup among them. Chromium gives an element the default action "click ancestor" when
 * any element above it has one of those listeners (Blink's AXNodeObject::MouseButtonListener
 * walks up the parent elements), and it counts listeners on the document and the window as
 * being on <html> (AXNodeObject::IsClickable). Orca says "clickable" for a focused object with an
 * action. So moving the listeners up to the document does not help (tried: still "clickable");
 * heard with a bare page, a click listener on a wrapper, the document or the window each make a
 * focused heading "clickable", and with none it is not.
 *
 * The fix at the cause: React's mouse-button listeners are put on the controls themselves
 * (links, buttons, form fields, labels, summaries), which have actions of their own anyway
 * (jump, press, check), and on no element above a heading. React still gets every click it
 * handles (all our onClick handlers are on controls; a checkbox's or radio's change comes as a
 * click on the input), once per event however many controls it passes through.
 *
 * React also sets `onclick` on its container when it first appends to it (a workaround for
 * Mobile Safari, which sends clicks only to elements with a handler) unless the container's
 * `onclick` is already something other than null: here it reads as undefined and ignores being
 * set. A desktop Chromium window needs no such handler.
 */
const MOUSE_BUTTON_EVENTS = new Set(['click', 'mousedown', 'mouseup', 'dblclick', 'auxclick', 'contextmenu']);
const CONTROLS = 'a[href], button, input, select, textarea, label, summary';

interface Held {
  type: string;
  listener: EventListenerOrEventListenerObject;
  capture: boolean;
  /** Runs React's listener once per event, whichever control it is heard on first. */
  once: (event: Event) => void;
}

export function keepMouseListenersOffElements(container: HTMLElement): HTMLElement {
  const held: Held[] = [];
  const wired = new WeakMap<Element, Set<Held>>();

  const wire = (el: Element) => {
    const has = wired.get(el) ?? new Set<Held>();
    for (const h of held) {
      if (has.has(h)) continue;
      el.addEventListener(h.type, h.once, h.capture);
      has.add(h);
    }
    wired.set(el, has);
  };
  const wireAll = (root: ParentNode) => {
    if (root instanceof Element && root.matches(CONTROLS)) wire(root);
    root.querySelectorAll(CONTROLS).forEach(wire);
  };

  const add = container.addEventListener.bind(container);
  const remove = container.removeEventListener.bind(container);
  container.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (!MOUSE_BUTTON_EVENTS.has(type) || !listener) return add(type, listener, options);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const seen = new WeakSet<Event>();
    const once = (event: Event) => {
      if (seen.has(event)) return;
      seen.add(event);
      if (typeof listener === 'function') listener.call(container, event);
      else listener.handleEvent(event);
    };
    held.push({ type, listener, capture, once });
    wireAll(container);
  };
  container.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
    if (!MOUSE_BUTTON_EVENTS.has(type)) return remove(type, listener, options);
    const at = held.findIndex((h) => h.type === type && h.listener === listener);
    if (at >= 0) held.splice(at, 1);
  };
  Object.defineProperty(container, 'onclick', { configurable: true, get: () => undefined, set: () => undefined });

  new MutationObserver((changes) => {
    for (const change of changes) change.addedNodes.forEach((node) => node instanceof Element && wireAll(node));
  }).observe(container, { childList: true, subtree: true });
  return container;
}
