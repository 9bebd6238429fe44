/*
 * The page-wide quick-exit shortcut: Shift pressed on its own three times, each press within
 * 5 seconds of the one before. Shift used as a modifier (a capital letter, Shift+Tab,
 * Shift+click) does not count, and any other key starts the count again.
 *
 * One listener for the whole page, however many <quick-exit> elements or copies of the
 * library there are: the state lives on `window` under a `Symbol.for` key that every copy
 * finds, so two copies never count the same press twice. The key names the state's shape
 * (v1): a future copy with another shape keeps its own.
 */

export const PRESSES_TO_LEAVE = 3;
const TIMEOUT_MS = 5000;
// pointerdown too: Shift+click (extending a text selection) uses Shift as a modifier.
const EVENT_TYPES = ['keydown', 'keyup', 'pointerdown'] as const;

/** What a <quick-exit> gives the shortcut: the first one subscribed leads and leaves. */
export interface ShortcutSubscriber {
  /** Presses so far (0 after a reset); `lead` for the one element that announces them. */
  progress(presses: number, lead: boolean): void;
  leave(): void;
}

interface ShortcutState {
  subscribers: ShortcutSubscriber[];
  presses: number;
  /** Shift is down and no other key or pointer was pressed since. */
  alone: boolean;
  timer?: ReturnType<typeof setTimeout>;
  listener: (event: Event) => void;
}

const stateKey = Symbol.for('mensenhandel-widgets.quick-exit.shortcut.v1');

function shared(): ShortcutState {
  const page = window as Window & { [stateKey]?: ShortcutState };
  if (!page[stateKey]) {
    const state: ShortcutState = { subscribers: [], presses: 0, alone: false, listener: (e) => handle(state, e) };
    page[stateKey] = state;
  }
  return page[stateKey];
}

function count(state: ShortcutState, presses: number): void {
  state.presses = presses;
  clearTimeout(state.timer);
  // The timer restarts on every press, as GOV.UK's "Exit this page" does.
  if (presses > 0) state.timer = setTimeout(() => count(state, 0), TIMEOUT_MS);
  state.subscribers.forEach((subscriber, index) => subscriber.progress(presses, index === 0));
}

function handle(state: ShortcutState, event: Event): void {
  const shift = (event as KeyboardEvent).key === 'Shift';
  if (event.type === 'keydown') {
    if ((event as KeyboardEvent).repeat) return;
    state.alone = shift;
    if (!shift && state.presses > 0) count(state, 0);
  } else if (event.type === 'pointerdown') {
    state.alone = false;
  } else if (shift && state.alone) {
    state.alone = false;
    const presses = state.presses + 1;
    count(state, presses < PRESSES_TO_LEAVE ? presses : 0);
    if (presses >= PRESSES_TO_LEAVE) state.subscribers[0]?.leave();
  }
}

/** Starts listening for `subscriber`; the page's listener is added with the first one. */
export function subscribe(subscriber: ShortcutSubscriber): void {
  const state = shared();
  if (state.subscribers.includes(subscriber)) return;
  if (state.subscribers.length === 0) {
    EVENT_TYPES.forEach((type) => window.addEventListener(type, state.listener, true));
  }
  state.subscribers.push(subscriber);
}

/** Stops listening for `subscriber`; the page's listener goes with the last one. */
export function unsubscribe(subscriber: ShortcutSubscriber): void {
  const state = shared();
  if (!state.subscribers.includes(subscriber)) return;
  state.subscribers = state.subscribers.filter((s) => s !== subscriber);
  subscriber.progress(0, false);
  if (state.subscribers.length === 0) {
    EVENT_TYPES.forEach((type) => window.removeEventListener(type, state.listener, true));
    count(state, 0);
  }
}

/** Forgets presses so far, for a page that comes back from the back/forward cache. */
export function resetShortcut(): void {
  count(shared(), 0);
}
