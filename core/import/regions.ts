/**
 * Region names as agencies write them (서울특별시, 강원특별자치도, 경기북부, 전북특별자치도, 창원시)
 * folded to the 17 시도 short forms the workbook uses (서울, 강원, 경기, 전북, 경남), so counts per
 * region do not split. Names that are not a 시도 (or a city standing for one) stay as they are and
 * are reported.
 */

/** The 17 시도 in their short forms, in the order statistics list them. */
export const SIDO = [
  '서울',
  '부산',
  '대구',
  '인천',
  '광주',
  '대전',
  '울산',
  '세종',
  '경기',
  '강원',
  '충북',
  '충남',
  '전북',
  '전남',
  '경북',
  '경남',
  '제주',
] as const;
/** A 시도 short form. */
export type Sido = (typeof SIDO)[number];

// Full and old names, and the ways agencies split or shorten them.
const ALIASES: Record<string, Sido> = {
  서울특별시: '서울',
  서울시: '서울',
  부산광역시: '부산',
  부산시: '부산',
  대구광역시: '대구',
  대구시: '대구',
  인천광역시: '인천',
  인천시: '인천',
  광주광역시: '광주',
  대전광역시: '대전',
  대전시: '대전',
  울산광역시: '울산',
  울산시: '울산',
  세종특별자치시: '세종',
  세종시: '세종',
  경기도: '경기',
  경기북부: '경기',
  경기남부: '경기',
  강원도: '강원',
  강원특별자치도: '강원',
  충청북도: '충북',
  충청남도: '충남',
  전라북도: '전북',
  전북특별자치도: '전북',
  전라남도: '전남',
  경상북도: '경북',
  경상남도: '경남',
  제주도: '제주',
  제주특별자치도: '제주',
  // Cities with their own statistics or fire headquarters, standing for their 시도.
  창원시: '경남',
  창원: '경남',
  수원시: '경기',
  고양시: '경기',
  용인시: '경기',
};

const SHORT = new Set<string>(SIDO);

/** The 시도 short form of a region name, or null when it names none. */
export function normaliseRegion(name: string): Sido | null {
  const s = name.normalize('NFKC').replace(/\s+/g, '');
  if (SHORT.has(s)) return s as Sido;
  const alias = ALIASES[s];
  if (alias) return alias;
  // "서울특별시 강남구", "경기도 수원시": the first word names the 시도.
  const first = name.normalize('NFKC').trim().split(/\s+/)[0] ?? '';
  return first !== s ? normaliseRegion(first) : null;
}
