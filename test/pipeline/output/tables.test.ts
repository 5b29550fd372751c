import { describe, expect, it } from 'vitest';
import { tableFiles } from '../../../pipeline/output/tables.js';
import type { Tables } from '../../../pipeline/types.js';

const empty: Tables = {
  interviews: [], turns: [], removed: [], sentences: [], mentions: [], themes: [], keyness: [], collocations: [], stance: [], turnStance: [],
};

describe('tableFiles', () => {
  it('writes every table as CSV and JSON under data/, with the documented headers even when empty', () => {
    const files = tableFiles(empty);
    const heads = Object.fromEntries([...files].filter(([k]) => k.endsWith('.csv')).map(([k, v]) => [k, v.split('\n')[0]]));
    expect(heads).toEqual({
      'data/interviews.csv': 'interview_id,title,date,place,outlets,kind,source_file,interviewee,n_turns,n_words',
      'data/turns.csv': 'interview_id,turn_index,speaker,role,affiliation,answers_turn,source_file,source_line,n_words,text',
      'data/removed.csv': 'file,line,what,why',
      'data/sentences.csv': 'interview_id,turn_index,sentence_index,speaker,role,source_line,sentiment,label,themes,entities,n_words,text',
      'data/mentions.csv': 'interview_id,turn_index,sentence_index,speaker,entity,type,surface,start,end',
      'data/themes.csv': 'interview_id,speaker,theme,n_sentences,n_turns,share,per_1000_words',
      'data/keyness.csv': 'interview_id,term,count,other_count,g2,log_ratio',
      'data/collocations.csv': 'interview_id,bigram,count,g2',
      'data/stance.csv': 'interview_id,speaker,target,n_turns,n_sentences,score,ci_low,ci_high,label,evidence',
      'data/turn_stance.csv': 'interview_id,turn_index,speaker,target,n_sentences,score,label,evidence',
    });
    expect(files.get('data/turns.json')).toBe('[]\n');
    expect(files.size).toBe(20);
  });

  it('writes answers_turn null as an empty cell and keeps text intact', () => {
    const files = tableFiles({
      ...empty,
      turns: [
        {
          interview_id: 'i', turn_index: 0, speaker: 'Q', role: 'interviewer', affiliation: '', answers_turn: null,
          source_file: 'a.txt', source_line: 3, n_words: 2, text: 'Why, "really"?',
        },
      ],
    });
    expect(files.get('data/turns.csv')!.split('\n')[1]).toBe('i,0,Q,interviewer,,,a.txt,3,2,"Why, ""really""?"');
    expect(JSON.parse(files.get('data/turns.json')!)[0].answers_turn).toBeNull();
  });
});
