import { readFileSync } from 'node:fs';

/** One token row of a CoNLL-U file: `id form lemma upos …` (multiword ranges and empty nodes left out). */
export interface ConlluToken {
  id: number;
  form: string;
  lemma: string;
  upos: string;
}

export interface ConlluSentence {
  id: string;
  /** The document the sentence belongs to (`# newdoc id`), when the file says. */
  doc?: string;
  text: string;
  tokens: ConlluToken[];
}

/** The sentences of a CoNLL-U file, with their `# text = ` and token rows. */
export function readConllu(file: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let doc: string | undefined;
  let current: ConlluSentence | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id = ')) doc = line.slice('# newdoc id = '.length).trim();
    else if (line.startsWith('# sent_id = ')) current = { id: line.slice('# sent_id = '.length).trim(), ...(doc ? { doc } : {}), text: '', tokens: [] };
    else if (line.startsWith('# text = ') && current) current.text = line.slice('# text = '.length);
    else if (line.trim() === '') {
      if (current?.text) sentences.push(current);
      current = undefined;
    } else if (!line.startsWith('#') && current) {
      const [id, form, lemma, upos] = line.split('\t');
      if (id && /^\d+$/u.test(id)) current.tokens.push({ id: Number(id), form: form!, lemma: lemma!, upos: upos! });
    }
  }
  if (current?.text) sentences.push(current);
  return sentences;
}
