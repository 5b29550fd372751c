/**
 * Acceptance on the sample compilation: turns per session, in order, and the interviewee's share,
 * as issue 2 lists them: 81, 126, 101, 69, 30, 98, 58 (563 turns, 255 of them Ren's).
 * Two general rules decide the disputed places: a session starts at its first full interviewer
 * label (so the Washington Post session's opening welcome by Ren, on a page before that label, stays
 * with the previous session), and a speaker name has at most five capitalised words (so the
 * roundtable's "Maria Cristina Lima Ferreira Fernandes Costa, Valor ⏎ Econômico :" is read as speech).
 */
import { describe, expect, it } from 'vitest';
import { COMPILATION, model } from '../turns/sample.js';

const EXPECTED_TURNS = [81, 126, 101, 69, 30, 98, 58];
const EXPECTED_REN = 255;

describe('acceptance: sample compilation with the manifest', () => {
  const { interviews } = model(COMPILATION, true);
  it('finds the seven sessions with the manifest metadata', () => {
    expect(interviews.map((iv) => iv.id)).toEqual([
      '2019-11-06-coffee-with-ren-iii',
      '2019-12-02-globe-and-mail',
      '2019-12-10-washington-post',
      '2019-12-11-latin-america-spain-roundtable',
      '2020-01-21-davos-technology-arms-race',
      '2020-03-24-south-china-morning-post',
      '2020-03-25-wall-street-journal',
    ]);
    expect(interviews.every((iv) => iv.interviewee === 'Ren Zhengfei')).toBe(true);
  });
  it('counts turns per session', () => {
    expect(interviews.map((iv) => iv.turns.length)).toEqual(EXPECTED_TURNS);
  });
  it("counts Ren's turns", () => {
    const ren = interviews.flatMap((iv) => iv.turns).filter((t) => t.speaker === 'Ren Zhengfei');
    expect(ren.length).toBe(EXPECTED_REN);
    expect(ren.every((t) => t.role === 'interviewee')).toBe(true);
  });
  it('links every answer to the question before it', () => {
    for (const iv of interviews) {
      for (const t of iv.turns) {
        if (t.role !== 'interviewee') {
          expect(t.answersTurn).toBeNull();
          continue;
        }
        const q = iv.turns.slice(0, t.index).reverse().find((p) => p.role !== 'interviewee' && p.role !== 'narrator');
        expect(t.answersTurn).toBe(q ? q.index : null);
      }
    }
    // A session starts at its first full interviewer label.
    expect(interviews[2].turns[0]).toMatchObject({ speaker: 'Jeanne Whalen', role: 'interviewer' });
  });
  it('merges label variants and transliterations into one speaker', () => {
    const coffee = interviews[0];
    const detlef = coffee.speakers.find((s) => s.name === 'Detlef Zuehlke');
    expect(detlef?.aliases.sort()).toEqual(['Detlef Zuehlke', 'Detlef Zühlke']);
    expect(coffee.speakers.map((s) => `${s.name}:${s.role}`).sort()).toEqual([
      'Audience:audience',
      'Detlef Zuehlke:panelist',
      'Kishore Mahbubani:panelist',
      'Liu Fei:panelist',
      'Ren Zhengfei:interviewee',
      'Stephen Engle:moderator',
    ]);
  });
  it('parses affiliations from labels', () => {
    const rt = interviews[3];
    expect(rt.speakers.find((s) => s.name === 'Eladio Gonzalez Vizcarro')?.affiliation).toBe('Expansión (Mexico)');
    const wsj = interviews[6];
    expect(wsj.turns.find((t) => t.speaker === 'Dan Strumpf')?.label).toBe(
      'Dan Strumpf, technology reporter based in Hong Kong, The Wall Street Journal',
    );
  });
});

describe('acceptance: sample compilation without the manifest', () => {
  const { interviews } = model(COMPILATION, false);
  it('finds seven sessions, titled from their running headers (or interviewers when there is none)', () => {
    expect(interviews.map((iv) => iv.title)).toEqual([
      'A Coffee with Ren III: Digital Sovereignty, From Words To Action',
      "Ren Zhengfei's Interview with The Globe and Mail",
      "Ren Zhengfei's Interview with The Washington Post",
      "Ren Zhengfei's Roundtable with Media from Latin America and Spain",
      'Ren Zhengfei and Yuval Noah Harari at Davos',
      "Ren Zhengfei's Interview with South China Morning Post",
      'Interview with The Wall Street Journal',
    ]);
    expect(new Set(interviews.map((iv) => iv.id)).size).toBe(7);
    expect(interviews.every((iv) => /^undated-[a-z0-9-]+$/.test(iv.id))).toBe(true);
  });
  it('counts the same turns and finds Ren as the interviewee', () => {
    expect(interviews.map((iv) => iv.turns.length)).toEqual(EXPECTED_TURNS);
    expect(interviews.every((iv) => iv.interviewee === 'Ren Zhengfei')).toBe(true);
    expect(interviews.flatMap((iv) => iv.turns).filter((t) => t.role === 'interviewee').length).toBe(EXPECTED_REN);
  });
  it('detects the panel roles', () => {
    const davos = interviews[4];
    expect(davos.speakers.map((s) => `${s.name}:${s.role}`).sort()).toEqual([
      'Audience:audience',
      'Ren Zhengfei:interviewee',
      'Yuval Noah Harari:panelist',
      'Zanny Minton Beddoes:moderator',
    ]);
    expect(davos.kind).toBe('panel');
    expect(interviews[3].kind).toBe('roundtable');
  });
});
