/** The report's 개조식 sentences from the figures: increases, decreases (△), no change, missing years, 조원, particles, English. */
import { describe, expect, it } from 'vitest';
import { amountText, changeSentence, goalSentence, projectionSentence, rateText } from '../../core/briefing/summary-sentences';

describe('summary sentences in Korean', () => {
  it('says an increase on the year before with its amount and rate (the issue’s own example)', () => {
    expect(changeSentence('ko', '예산', '억원', { year: 2026, value: 2685 }, { year: 2025, value: 2408 })).toBe(
      '2026년 예산은 2,685억원으로 전년(2,408억원) 대비 277억원(11.5%) 증가',
    );
  });

  it('marks a decrease with △, and names the year compared with when it is not the year before', () => {
    expect(changeSentence('ko', '신규과제', '억원', { year: 2025, value: 240 }, { year: 2024, value: 720 })).toBe(
      '2025년 신규과제는 240억원으로 전년(720억원) 대비 △480억원(△66.7%) 감소',
    );
    expect(changeSentence('ko', '연구기반센터 수', '개', { year: 2026, value: 286 }, { year: 2022, value: 188 })).toBe(
      '2026년 연구기반센터 수는 286개로 2022년(188개) 대비 98개(52.1%) 증가',
    );
  });

  it('says no change, and a value alone when there is nothing to compare with', () => {
    expect(changeSentence('ko', '신규과제', '억원', { year: 2027, value: 280 }, { year: 2026, value: 280 })).toBe(
      '2027년 신규과제는 280억원으로 전년(280억원)과 같은 수준',
    );
    expect(changeSentence('ko', '예산 총액', '억원', { year: 2021, value: 1868 }, null)).toBe('2021년 예산 총액은 1,868억원');
  });

  it('writes 1조 and above as 조 and 억 (2조 6,850억원; 3조원), rates with one decimal', () => {
    expect(amountText(26_850, '억원', 'ko')).toBe('2조 6,850억원');
    expect(amountText(30_000, '억원', 'ko')).toBe('3조원');
    expect(amountText(-120, '억원', 'ko')).toBe('△120억원');
    expect(rateText(0.1049, 'ko')).toBe('10.5%');
    expect(rateText(-0.03, 'ko')).toBe('△3.0%');
    expect(rateText(-0.0001, 'ko')).toBe('0.0%');
  });

  it('says projections and what a goal takes', () => {
    expect(projectionSentence('ko', '억원', { year: 2030, value: 4150.04 }, { rate: 0.115 })).toBe(
      '11.5% 증가가 지속될 경우 2030년 4,150억원 전망',
    );
    expect(projectionSentence('ko', '억원', { year: 2030, value: 3664.8 }, { scenario: '선형 추세' })).toBe(
      '‘선형 추세’ 시나리오로는 2030년 3,665억원 전망',
    );
    expect(goalSentence('ko', '억원', { year: 2030, value: 4000 }, 0.1049)).toBe('2030년 4,000억원 달성에 필요한 연평균 증가율 10.5%');
  });
});

describe('summary sentences in English', () => {
  it('says the same figures with English unit names', () => {
    expect(changeSentence('en', 'Budget', '억원', { year: 2026, value: 2685 }, { year: 2025, value: 2408 })).toBe(
      'Budget in 2026: 2,685 (100M KRW), up 277 (100M KRW) (11.5%) on the year before (2,408 (100M KRW))',
    );
    expect(changeSentence('en', 'New', '억원', { year: 2025, value: 240 }, { year: 2024, value: 720 })).toContain(
      'down 480 (100M KRW) (66.7%)',
    );
    expect(projectionSentence('en', '억원', { year: 2030, value: 4150 }, { rate: 0.115 })).toBe(
      'If growth of 11.5% a year continues: 4,150 (100M KRW) in 2030',
    );
  });
});
