/**
 * The tables, built one document at a time: each DocResult is folded into rows as it arrives and can
 * then be let go, so the documents stage holds the rows (which are the output) but not every
 * document's analysis (its interviews, turns, sentences, mentions and term counts) at once.
 *
 *   add(doc) … add(doc) ──▶ docIds ──chooseInterviewIds──▶ finish(ids) ──▶ Tables
 *
 * Two parts of a table need the whole corpus and wait for `finish`: keyness compares each interview
 * with the rest (KeynessCounts keeps totals and each interview's frequent terms), and interview ids
 * are only unique once every document is known (split/corpus-ids.ts). Rows made before that carry the
 * ids as analysed; `finish` rewrites the rows of a renamed interview, and builds the stance rows
 * (whose bootstrap seeds and evidence ids hold the interview id) under the final ids.
 * Documents must be added in input order: row order is the order of arrival.
 */
import type { DocResult, Removal, Tables } from '../types.js';
import type { DocContext } from '../index.js';
import { idsOf, renameSentenceId, type DocIds } from '../split/corpus-ids.js';
import { interviewRows, turnRows, removedRows } from '../turns/rows.js';
import { sentenceRows } from './sentences.js';
import { mentionRows } from '../../analyzers/entities/rows.js';
import { themeRows } from '../../analyzers/themes/rows.js';
import { KeynessCounts } from '../../analyzers/terms/keyness.js';
import { collocationRows } from '../../analyzers/terms/collocations.js';
import { stanceRows, aggregateOptionsFrom, type StanceSource } from '../../analyzers/stance/rows.js';
import { TurnlensError, EXIT, msg } from '../messages.js';

/** The tables whose rows are made on arrival, each row naming its interview. */
const ON_ARRIVAL = ['interviews', 'turns', 'sentences', 'mentions', 'themes', 'collocations'] as const;
type OnArrival = (typeof ON_ARRIVAL)[number];

/** An interview as added: its id then, and where its rows start in each ON_ARRIVAL table. */
interface Placed {
  id: string;
  starts: number[];
}

export class TableBuilder {
  private readonly rows: Pick<Tables, OnArrival> = { interviews: [], turns: [], sentences: [], mentions: [], themes: [], collocations: [] };
  private readonly removed: Removal[] = [];
  private readonly keyness = new KeynessCounts();
  private readonly stance: StanceSource[] = [];
  private readonly placed: Placed[] = [];
  /** Each document's interview ids, in order; a long document's grow part by part. */
  private readonly docs: Array<{ file: string; ids: string[] }> = [];
  private readonly targets: ReadonlySet<string>;
  private finished = false;

  constructor(private readonly ctx: DocContext) {
    this.targets = new Set(ctx.options.targets);
  }

  /** `continues`: `doc` is a later part of the document added last (see processDocumentParts). */
  add(doc: DocResult, continues = false): void {
    if (this.finished) throw new TurnlensError(msg.internal('a document was added to finished tables'), EXIT.internal);
    const { file, ids } = idsOf(doc);
    const last = this.docs.at(-1);
    if (continues && last) for (const id of ids) last.ids.push(id);
    else this.docs.push({ file, ids });
    for (const r of doc.removed) this.removed.push(r);
    const { rows } = this;
    for (const a of doc.interviews) {
      this.placed.push({ id: a.interview.id, starts: ON_ARRIVAL.map((t) => rows[t].length) });
      const one = [a];
      append(rows.interviews, interviewRows([a.interview]));
      append(rows.turns, turnRows([a.interview]));
      append(rows.sentences, sentenceRows(one));
      append(rows.mentions, mentionRows(one));
      append(rows.themes, themeRows(one, this.ctx.resources.themes));
      append(rows.collocations, collocationRows(one));
      this.keyness.add(a.terms);
      // Only the stance targets' turns are ever tabulated.
      this.stance.push({ interview: { id: a.interview.id }, stance: a.stance.filter((t) => this.targets.has(t.target)) });
    }
  }

  /** The interview ids of each document added, in order: what chooseInterviewIds needs. */
  get docIds(): readonly DocIds[] {
    return this.docs;
  }

  /**
   * The tables, with each interview under the id `chosen` gives it (per document, per interview, as
   * chooseInterviewIds returns them). Call once, after the last document.
   */
  finish(chosen: readonly (readonly string[])[]): Tables {
    this.finished = true;
    const ids = chosen.flat();
    if (ids.length !== this.placed.length) {
      throw new TurnlensError(msg.internal(`${ids.length} interview ids for ${this.placed.length} interviews`), EXIT.internal);
    }
    this.placed.forEach((p, i) => {
      if (ids[i] !== p.id) this.rename(i, ids[i]);
    });
    const { stance, turnStance } = stanceRows(this.stance, this.ctx.options.targets, aggregateOptionsFrom(this.ctx.resources.sentiment));
    const { rows } = this;
    return {
      interviews: rows.interviews,
      turns: rows.turns,
      removed: removedRows(this.removed),
      sentences: rows.sentences,
      mentions: rows.mentions,
      themes: rows.themes,
      keyness: this.keyness.rows(ids),
      collocations: rows.collocations,
      stance,
      turnStance,
    };
  }

  /** Interview `i` (in order of arrival) under the id `to`: its rows, and its stance evidence. */
  private rename(i: number, to: string): void {
    const { id: from, starts } = this.placed[i];
    const next = this.placed[i + 1];
    ON_ARRIVAL.forEach((t, k) => {
      const table = this.rows[t];
      const end = next ? next.starts[k] : table.length;
      for (let r = starts[k]; r < end; r++) table[r].interview_id = to;
    });
    const sentenceId = renameSentenceId(from, to);
    this.stance[i] = {
      interview: { id: to },
      stance: this.stance[i].stance.map((t) => ({ ...t, evidence: t.evidence.map(sentenceId) })),
    };
  }
}

/** Pushes one at a time: spreading a large array into push() can overflow the call stack. */
function append<T>(to: T[], rows: readonly T[]): void {
  for (const r of rows) to.push(r);
}
