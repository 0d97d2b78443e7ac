/**
 * Writes samples/industrial-innovation-infrastructure.awb, the workbook the app opens on first start,
 * from ../shared/seed/: the 2026 article's budget series and the programme's yearly announcements.
 * Every number carries its source in a note; where sources differ (2022: 1,615 in the article's series,
 * 1,672 = 1,190 + 482 in that year's announcement) both are kept and the group row flags it.
 * Nothing is invented. The center list is ILLUSTRATIVE, not official.
 * Run: npx tsx scripts/make-sample.ts
 */
import { writeFileSync } from 'node:fs';
import type { Center, Scenario, Series, SeriesPoint, Workbook } from '../core/types';
import { serializeProject, validateWorkbook } from '../core/workbook-schema';

const ARTICLE = '2026 기사(서울신문) 예산규모 시리즈';
const p = (year: number, value: number, note = ''): SeriesPoint => ({ year, value, note });
const series = (
  id: string,
  name: string,
  unit: string,
  parentId: string | null,
  note: string,
  points: SeriesPoint[],
  baselineScenarioId: string | null = null,
): Series => ({
  id,
  name,
  unit,
  parentId,
  note,
  baselineScenarioId,
  points,
});

const allSeries: Series[] = [
  series(
    'budget',
    '예산 총액',
    '억원',
    null,
    `${ARTICLE}; 2021년은 아시아경제 2021-03-09`,
    [
      p(2021, 1868, '아시아경제 2021-03-09 (연도별 발표)'),
      p(2022, 1615, `${ARTICLE}. 2022년 발표(연합뉴스 2022-03-07)는 1,672억원 = 계속 1,190 + 신규 482`),
      p(2023, 1969, ARTICLE),
      p(2024, 1910, `${ARTICLE}; 이데일리 2024-03-03과 같음`),
      p(2025, 2408, `${ARTICLE}; 정책브리핑 2025와 같음`),
      p(2026, 2685, '역대 최대, `25년 대비 11.5% 증가 (서울신문 2026)'),
    ],
    's1',
  ),
  series('continuing', '계속과제', '억원', 'budget', '연도별 발표의 계속과제 예산', [
    p(2022, 1190, '65개 과제 (연합뉴스 2022-03-07)'),
    p(2024, 1190, '72개 과제 (이데일리 2024-03-03)'),
    p(2025, 2168, '111개 과제 (정책브리핑 2025)'),
  ]),
  series(
    'new',
    '신규과제',
    '억원',
    'budget',
    '연도별 발표의 신규과제 예산',
    [
      p(2022, 482, '약 50개 과제 (연합뉴스 2022-03-07)'),
      p(2024, 720, '48개 과제: 1차 30, 2차 18 (이데일리 2024-03-03)'),
      p(2025, 240, '16개 과제 (정책브리핑 2025)'),
      p(2026, 280, '28개 과제, 신규예산의 약 40% AI 기반구축 (서울신문 2026)'),
    ],
    's4',
  ),
  series('new-projects', '신규과제 수', '건', null, '연도별 발표의 신규 선정 과제 수', [
    p(2021, 32, '아시아경제 2021-03-09 (금액 미공개)'),
    p(2022, 50, '약 50개 (연합뉴스 2022-03-07)'),
    p(2024, 48, '1차 30 + 2차 18 (이데일리 2024-03-03)'),
    p(2025, 16, '정책브리핑 2025'),
    p(2026, 28, '2025년보다 12개 늘어남 (서울신문 2026)'),
  ]),
  series('continuing-projects', '계속과제 수', '건', null, '연도별 발표의 계속 과제 수', [
    p(2022, 65, '연합뉴스 2022-03-07'),
    p(2024, 72, '이데일리 2024-03-03'),
    p(2025, 111, '정책브리핑 2025'),
  ]),
  series('centers', '연구기반센터 수', '개', null, '구축된 센터 수 (누적)', [
    p(2022, 188, '2011년 이후 누적 지원센터 (2022 발표)'),
    p(2026, 286, '141개 기관이 운영 (서울신문 2026)'),
  ]),
  // Derived from the published figures above (computed when the file opens; no deflator is invented).
  {
    ...series('new-share', '신규과제 비중', '%', null, '신규과제 ÷ 예산 총액 × 100', []),
    formula: '=[신규과제] / [예산 총액] * 100',
  },
  {
    ...series('budget-per-center', '센터당 예산', '억원/개', null, '예산 총액 ÷ 연구기반센터 수', []),
    formula: '=[예산 총액] / [연구기반센터 수]',
  },
];

const centerRows: [string, string, string, string, number, number][] = [
  ['AI 제조공정 실증센터', '한국생산기술연구원', '충남', 'AI·제조', 2021, 34],
  ['반도체 소재부품 신뢰성센터', '한국산업기술시험원', '경기', '반도체', 2019, 41],
  ['이차전지 안전성 평가센터', '충북테크노파크', '충북', '이차전지', 2020, 27],
  ['스마트센서 실증지원센터', '한국전자기술연구원', '경기', '센서', 2018, 22],
  ['수소모빌리티 부품 시험센터', '전북테크노파크', '전북', '수소', 2022, 19],
  ['첨단소재 분석지원센터', '한국세라믹기술원', '경남', '소재', 2015, 56],
  ['의료기기 전자파 시험센터', '한국기계전기전자시험연구원', '경기', '의료기기', 2017, 31],
  ['로봇 성능평가센터', '한국로봇산업진흥원', '대구', '로봇', 2016, 25],
  ['자율주행 부품 실증센터', '대구테크노파크', '대구', '모빌리티', 2021, 18],
  ['바이오헬스 소재 평가센터', '오송첨단의료산업진흥재단', '충북', '바이오', 2019, 38],
  ['전력반도체 공정지원센터', '부산테크노파크', '부산', '반도체', 2022, 29],
  ['탄소섬유 복합재 시험센터', '한국탄소산업진흥원', '전북', '소재', 2014, 44],
  ['조선해양 기자재 실증센터', '울산테크노파크', '울산', '조선해양', 2018, 33],
  ['디스플레이 광특성 평가센터', '한국디스플레이산업협회', '충남', '디스플레이', 2017, 21],
  ['정밀화학 안전성 시험센터', '한국화학연구원', '대전', '화학', 2016, 47],
  ['항공부품 인증지원센터', '경남테크노파크', '경남', '항공', 2020, 26],
  ['스마트공장 테스트베드', '한국산업기술시험원', '경기', 'AI·제조', 2023, 15],
  ['신재생에너지 부품 평가센터', '전남테크노파크', '전남', '에너지', 2019, 24],
  ['뿌리기술 공정혁신센터', '한국생산기술연구원', '인천', '뿌리산업', 2015, 52],
  ['차세대 배터리 소재 분석센터', '포항산업과학연구원', '경북', '이차전지', 2023, 20],
  ['섬유소재 융합지원센터', '한국섬유개발연구원', '대구', '섬유', 2013, 39],
  ['산업용 AI 데이터 실증센터', '광주과학기술원', '광주', 'AI·제조', 2024, 12],
  ['금형 정밀가공 지원센터', '한국금형기술연구원', '인천', '뿌리산업', 2014, 36],
  ['전기차 부품 내구성센터', '자동차융합기술원', '전북', '모빌리티', 2021, 23],
  ['나노소자 공정지원센터', '나노종합기술원', '대전', '반도체', 2012, 61],
  ['식품소재 기능성 평가센터', '강원테크노파크', '강원', '바이오', 2018, 17],
  ['해양바이오 실증센터', '제주테크노파크', '제주', '바이오', 2020, 14],
  ['국방 소재부품 시험센터', '경북테크노파크', '경북', '소재', 2022, 21],
  ['세종 스마트시티 실증센터', '세종테크노파크', '세종', 'AI·제조', 2024, 11],
  ['서울 AI 자율실험실', '한국과학기술연구원', '서울', 'AI·제조', 2025, 9],
];
const centers: Center[] = centerRows.map(([name, institution, region, field, established, equipment], i) => ({
  id: `c${i + 1}`,
  name,
  institution,
  region,
  field,
  established,
  equipment,
}));

const scenario = (id: string, name: string, seriesId: string, method: Scenario['method'], split: Scenario['split'] = null): Scenario => ({
  id,
  name,
  seriesId,
  method,
  horizon: 2030,
  split,
  scope: 'series',
});
const scenarios: Scenario[] = [
  scenario('s1', '반복 성장 11.5%', 'budget', { kind: 'growth', rate: 0.115 }),
  scenario('s2', 'CAGR 2022–26', 'budget', { kind: 'cagr', window: { from: 2022, to: 2026 } }),
  scenario('s3', '선형 추세', 'budget', { kind: 'linear', window: { from: 2022, to: 2026 } }),
  scenario('s4', '신규 280억원 유지', 'new', { kind: 'growth', rate: 0 }, { label: 'AI 기반구축', share: 0.4 }),
];

const workbook: Workbook = validateWorkbook({
  title: '산업혁신기반구축사업 2026',
  programme: '산업혁신기반구축사업 (Industrial Innovation Infrastructure)',
  source:
    '산업통상부 보도자료를 다룬 2026년 기사(서울신문)의 예산규모 시리즈와 연도별 발표(아시아경제·연합뉴스·이데일리·정책브리핑). 센터 목록은 예시 데이터입니다.',
  defaultUnit: '억원',
  series: allSeries,
  centers: { illustrative: true, rows: centers },
  scenarios,
  chart: { seriesIds: ['budget', 'new-projects'] },
  versions: [],
});

writeFileSync(new URL('../samples/industrial-innovation-infrastructure.awb', import.meta.url), serializeProject(workbook));
console.log(`wrote ${allSeries.length} series, ${scenarios.length} scenarios, ${centers.length} centers`);
