import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError, type Org } from './org.js';
import type { OrgData } from './org-data.js';

const NONE: readonly Org[] = [];

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
        // The checks load only where there is partner data; if they cannot, neither can the data.
        const { fetchOrgData, parseOrgData, warnProblems } = await import('./org-data.js').catch(() => {
          throw new LoadError('network', src);
        });
        const usable = ({ orgs, problems }: OrgData, label: string) => {
          warnProblems(`<help-orgs> ${label}`, problems);
          return orgs;
        };
        const orgs = json === null ? [] : usable(parseOrgData(json), 'inline data');
        if (src) orgs.push(...usable(await fetchOrgData(src, signal, timeout()), `src=${JSON.stringify(src)}`));
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
