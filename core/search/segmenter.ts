import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | null = null;

/*
 * Building the segmenter from the dictionary (read by '@node-rs/jieba/dict' at import) takes
 * about half a second, so it happens once per process, on first use.
 */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/**
 * Words for indexing (jieba's search mode, with HMM for words not in the dictionary): every
 * word, and before a long word its dictionary words of two and three characters, so
 * 中华人民共和国 also yields 中华, 人民, 共和国. Punctuation and spaces come back as tokens too.
 */
export function cutForSearch(text: string): string[] {
  return segmenter().cutForSearch(text, true);
}

/** The words of a text, each once where it stands (jieba's accurate mode, with HMM). */
export function cutWords(text: string): string[] {
  return segmenter().cut(text, true);
}
