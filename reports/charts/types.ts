import type { TopLevelSpec } from 'vega-lite';
import type { DerivedTables, TableName } from '../tables/index.js';
import type { ChartFocus } from './common.js';

export interface ChartInput {
  tables: DerivedTables;
  focus: ChartFocus;
}

/** A chart: a pure function from derived tables to a Vega-Lite spec with its data inline. */
export interface ChartDef {
  /** File stem: charts/NAME.vl.json, charts/NAME.svg. */
  name: string;
  /** Report section it belongs to. */
  section: string;
  /** Derived tables it draws (written to data/). */
  uses: TableName[];
  spec: (input: ChartInput) => TopLevelSpec;
}
