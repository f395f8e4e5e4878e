import type { ReactiveControllerHost } from 'lit';
import { emit } from '../../dom-events/events.js';
import type { ValidationIssue } from '../../model/validate.js';

/**
 * Where every problem goes, three ways: the console, a `ct-error` event and the visible notice
 * (which renders `issues`). A report replaces the previous one.
 */
export class IssueReporter {
  /** The problems of the latest report, for the notice. */
  issues: readonly ValidationIssue[] = [];

  /** `shown`: how many valid events the element shows (the message says so). */
  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly shown: () => number,
  ) {}

  report(issues: readonly ValidationIssue[]): void {
    this.issues = issues;
    this.host.requestUpdate();
    if (!issues.length) return;
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const message = `${errors} error(s) and ${issues.length - errors} warning(s) in the timeline data; ${this.shown()} valid event(s) shown.`;
    console.warn(
      `<conflict-timeline>: ${message}`,
      issues.map((issue) => issue.message),
    );
    emit(this.host, 'ct-error', { message, issues });
  }
}
