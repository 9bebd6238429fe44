import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, type Org } from './org.js';

const NONE: readonly Org[] = [];

/** A controller that aborts when `signal` does too, and what stops it following `signal`. */
function following(signal: AbortSignal): [AbortController, () => void] {
  const controller = new AbortController();
  const stop = () => controller.abort();
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop);
  return [controller, () => signal.removeEventListener('abort', stop)];
}

/**
 * The text of the partner's file at `src`: no cookies, no referrer, nothing stored. Gives up
 * after `timeoutMs`, or when `signal` aborts (`src` changed, the element left the page). Here,
 * not with the checks: the file is requested beside them, not after them.
 */
async function fetchText(src: string, signal: AbortSignal, timeoutMs: number): Promise<string> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    // Not an address at all ("http://["): said like any other file that cannot be had.
    throw new LoadError('network', src);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LoadError('network', src);
  // One controller of our own rather than AbortSignal.any() with AbortSignal.timeout(): in WebKit
  // that pair never aborted the request, and a file that hung left the visitor with no notice.
  const [controller, release] = following(signal);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal });
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError(timedOut ? 'timeout' : 'network', src);
  } finally {
    clearTimeout(timer);
    release();
  }
  if (!response.ok) throw new LoadError('http', src);
  return body;
}

/**
 * The partner's organisations for `<help-orgs>`: inline data first (a `<script
 * type="application/json">` child, read when the element is connected), then the file at `src`.
 * A new `src` stops the request before it; a request stopped because the element left the page
 * is asked again when it comes back. Data that cannot be used leaves the built-in organisations:
 * `failed` hears why.
 */
export class PartnerOrgs implements ReactiveController {
  /** The text of the inline `<script type="application/json">`; null without one. */
  inline: string | null = null;
  /** Partner data has been checked (or failed) once: until then, a widget with inline data shows its fallback. */
  settled = false;
  /** A request stopped because the element left the page: asked again when it comes back. */
  private stopped = false;
  private readonly task: Task<readonly [string | null, string | null], Org[]>;

  /**
   * `src` gives the data's URL (or null), `timeout` how long to wait for it (ms); `loaded` runs
   * when the data is in, `failed` when it cannot be used.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    src: () => string | null,
    timeout: () => number,
    loaded: () => void,
    failed: (error: LoadError) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [src(), this.inline] as const,
      task: async ([src, json], { signal }) => {
        if (src === null && json === null) return [];
        // The checks load only where there is partner data, requested together with the partner's
        // file (one round trip, not two). If they cannot load, neither can the data: the file
        // is stopped too.
        const [request, release] = following(signal);
        const [{ parseOrgData, warnProblems }, body] = await Promise.all([
          import('./org-data.js').catch(() => {
            request.abort();
            throw new LoadError('network', src);
          }),
          src ? fetchText(src, request.signal, timeout()) : null,
        ]).finally(release);
        const usable = (text: string, from: string | null, label: string) => {
          const { orgs, problems } = parseOrgData(text, from);
          warnProblems(`<help-orgs> ${label}`, problems);
          return orgs;
        };
        const orgs = json === null ? [] : usable(json, null, 'inline data');
        if (body !== null) orgs.push(...usable(body, src, `src=${JSON.stringify(src)}`));
        return orgs;
      },
      // No partner data, nothing to do: the first render needs no second one.
      initialValue: [],
      onComplete: () => {
        this.settled = true;
        loaded();
      },
      onError: (error) => {
        this.settled = true;
        if (error instanceof LoadError) failed(error);
      },
    });
  }

  hostConnected(): void {
    this.inline = this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    if (this.stopped) this.task.run();
    this.stopped = false;
  }

  hostDisconnected(): void {
    // Leaving the page mid-request: stop it, and ask again if the element comes back.
    this.stopped = this.task.status === TaskStatus.PENDING;
    this.task.abort();
  }

  /**
   * The partner's organisations, once checked; none before, or when they failed. The same list
   * until the data changes, so a caller can tell when it did.
   */
  get orgs(): readonly Org[] {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value! : NONE;
  }

  /** Still loading: a choice cannot yet be checked against the data. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** Why the data could not be used, if it could not. */
  get error(): LoadError | undefined {
    return this.task.error instanceof LoadError ? this.task.error : undefined;
  }
}
