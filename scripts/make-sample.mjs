// Writes samples/industrial-innovation-infrastructure.awb: the default workbook the app opens on first start.
// Budget figures are from the 2026 press release (see README); the center list is ILLUSTRATIVE, not official.
import { writeFileSync } from 'node:fs';

const centers = [
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

const budget = [
  [2022, 1615], [2023, 1969], [2024, 1910], [2025, 2408], [2026, 2685],
];

const workbook = {
  title: '산업혁신기반구축사업 2026',
  programme: '산업혁신기반구축사업 (Industrial Innovation Infrastructure)',
  source: '산업통상부 보도자료 (2026), 예산규모 억원. 센터 목록은 예시 데이터입니다.',
  series: [
    {
      id: 'budget',
      name: '예산',
      unit: '억원',
      points: budget.map(([year, value]) => ({ year, value, note: year === 2026 ? '역대 최대, 신규 28개 과제 280억원 (AI 약 40%)' : '' })),
    },
  ],
  centers: {
    illustrative: true,
    rows: centers.map(([name, institution, region, field, established, equipment], i) => ({
      id: `c${i + 1}`, name, institution, region, field, established, equipment,
    })),
  },
  scenarios: [
    { id: 's1', name: '반복 성장 11.5%', seriesId: 'budget', method: { kind: 'growth', rate: 0.115 }, horizon: 2030, split: null },
    { id: 's2', name: 'CAGR 2022–26', seriesId: 'budget', method: { kind: 'cagr', window: { from: 2022, to: 2026 } }, horizon: 2030, split: null },
    { id: 's3', name: '선형 추세', seriesId: 'budget', method: { kind: 'linear', window: null }, horizon: 2030, split: null },
  ],
  baselineScenarioId: 's1',
};

const text = `${JSON.stringify({ format: 'analyst-workbook', schemaVersion: 3, workbook }, null, 2)}\n`;
writeFileSync(new URL('../samples/industrial-innovation-infrastructure.awb', import.meta.url), text);
console.log(`wrote ${centers.length} centers, ${budget.length} years`);
