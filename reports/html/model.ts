/** Everything a page renders: the report context, the derived tables and the rendered charts. */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportContext } from '../context.js';
import type { DerivedTables } from '../tables/index.js';

export interface RenderedChart {
  name: string;
  section: string;
  spec: TopLevelSpec;
  svg: string;
  params: string[];
}

export interface ReportModel {
  ctx: ReportContext;
  tables: DerivedTables;
  charts: RenderedChart[];
  /** Warnings from the analysis, shown in the methods panel. */
  warnings: string[];
}
