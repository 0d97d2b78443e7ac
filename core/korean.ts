/**
 * Korean particles that depend on the final sound of the word before them: 을/를, 이/가, 은/는,
 * 와/과, 으로/로 (로 also after ㄹ), 이에요/예요… A word ending in a Hangul syllable is read from its
 * final consonant (받침); digits as they are read aloud (1 일, 3 삼, 6 육, 0 영…); Latin letters by
 * their Korean names (L 엘, M 엠, N 엔, R 알); closing quotes and brackets are skipped.
 */

/** A particle with its two forms: after a final consonant, and after a vowel. */
export type ParticlePair = '을/를' | '이/가' | '은/는' | '과/와' | '으로/로' | '이/';

// Final consonant of the last digit as read in Korean: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_FINAL = ['ㅇ', 'ㄹ', '', 'ㅁ', '', '', 'ㄱ', 'ㄹ', 'ㄹ', ''];
// Latin letters whose Korean names end in a consonant (엘 엠 엔 알 …); the others end in a vowel.
const LETTER_FINAL: Record<string, string> = { l: 'ㄹ', m: 'ㅁ', n: 'ㄴ', r: 'ㄹ' };
const FINALS = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄳ',
  'ㄴ',
  'ㄵ',
  'ㄶ',
  'ㄷ',
  'ㄹ',
  'ㄺ',
  'ㄻ',
  'ㄼ',
  'ㄽ',
  'ㄾ',
  'ㄿ',
  'ㅀ',
  'ㅁ',
  'ㅂ',
  'ㅄ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
];

/** The final consonant of a word as it is read ('' for a vowel ending), or null when it cannot be told. */
export function finalSound(word: string): string | null {
  const trimmed = word.replace(/[\s'"’”」』)\]}>›».?!]+$/u, '');
  const last = trimmed.at(-1);
  if (!last) return null;
  // 퍼센트 ends in a vowel.
  if (last === '%') return '';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return FINALS[(code - 0xac00) % 28]!;
  if (last >= '0' && last <= '9') return DIGIT_FINAL[Number(last)]!;
  if (/[a-z]/i.test(last)) return LETTER_FINAL[last.toLowerCase()] ?? '';
  return null;
}

/** The particle form that follows `word`: particle('고성장', '으로/로') → '으로'; both forms joined when unknown. */
export function particle(word: string, pair: ParticlePair): string {
  const [withFinal, withoutFinal] = pair.split('/') as [string, string];
  const final = finalSound(word);
  if (final === null) return `${withoutFinal}(${withFinal})`;
  // 으로 after a consonant other than ㄹ; 로 after a vowel or ㄹ.
  if (pair === '으로/로') return final === '' || final === 'ㄹ' ? withoutFinal : withFinal;
  return final === '' ? withoutFinal : withFinal;
}

/**
 * Resolves particle placeholders after interpolation: "‘고성장’(으)로" → "‘고성장’으로",
 * "1,672와(과)" → "1,672와". Templates write the pair after the word, e.g. `{{name}}을(를)`.
 */
export function resolveParticles(text: string): string {
  return text.replace(
    /(\S+)(을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|와\(과\)|과\(와\)|\(으\)로|\(이\))/g,
    (_m, before: string, form: string) => {
      // (이)라는, (이)다: 이 after a final consonant, nothing after a vowel.
      if (form === '(이)') return before + particle(before, '이/');
      const pair: ParticlePair = form.includes('을')
        ? '을/를'
        : form.includes('가')
          ? '이/가'
          : form.includes('는')
            ? '은/는'
            : form.includes('과')
              ? '과/와'
              : '으로/로';
      return before + particle(before, pair);
    },
  );
}
