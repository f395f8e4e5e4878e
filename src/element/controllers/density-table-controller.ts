import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { nothing } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { densityTable, type DensityTable } from '../../layout/density-table.js';
import type { Aggregate } from '../../timeline/lod/query.js';
import { densityTableTemplate } from '../templates/density-table.js';

export interface DensityTableOptions {
  format(): LocaleFormat;
  /** Whether the drawing is shown (in the list view every event is listed: no table). */
  shown(): boolean;
}

/** Counts that change faster than this (a drag answers every frame) are tabled once they rest. */
const SETTLE_MS = 250;

/**
 * The table of counts that stands for the drawing's density histogram (see
 * `densityTableTemplate`). It follows the counts the drawing reports, but asks its host to update
 * only once they have rested: re-rendering the element on every frame of a drag would cost more
 * than the drag.
 */
export class DensityTableController implements ReactiveController {
  private table: DensityTable = { types: [], rows: [] };
  private pending?: readonly Aggregate[];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DensityTableOptions,
  ) {
    host.addController(this);
  }

  /** The counts the drawing now shows as bars (none: it draws every event). */
  show(counts: readonly Aggregate[]): void {
    this.pending = counts;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  hostDisconnected(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending) this.settle();
  }

  render(): TemplateResult | typeof nothing {
    return this.options.shown() ? densityTableTemplate(this.table, this.options.format()) : nothing;
  }

  private settle(): void {
    this.timer = undefined;
    const counts = this.pending;
    this.pending = undefined;
    if (!counts) return;
    this.table = densityTable(counts);
    this.host.requestUpdate();
  }
}
