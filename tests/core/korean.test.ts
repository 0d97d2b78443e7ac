import { describe, expect, it } from 'vitest';
import { finalSound, particle, resolveParticles } from '../../core/korean';

describe('Korean particles follow the final sound', () => {
  it('reads the final consonant of syllables, digits, letters, skipping quotes and brackets', () => {
    expect(finalSound('고성장')).toBe('ㅇ');
    expect(finalSound('기준')).toBe('ㄴ');
    expect(finalSound('예산')).toBe('ㄴ');
    expect(finalSound('시나리오')).toBe('');
    expect(finalSound('‘고성장’')).toBe('ㅇ');
    expect(finalSound('1,672')).toBe('');
    expect(finalSound('1,670')).toBe('ㅇ');
    expect(finalSound('2021')).toBe('ㄹ');
    expect(finalSound('CAGR')).toBe('ㄹ');
    expect(finalSound('AI')).toBe('');
    expect(finalSound('11.5%')).toBe('');
    expect(finalSound('')).toBeNull();
  });

  it('picks each pair by the final sound (으로 after a consonant but not after ㄹ)', () => {
    expect(particle('‘고성장’', '으로/로')).toBe('으로');
    expect(particle('‘기준’', '으로/로')).toBe('으로');
    expect(particle('‘서울’', '으로/로')).toBe('로');
    expect(particle('‘시나리오’', '으로/로')).toBe('로');
    expect(particle('센터', '을/를')).toBe('를');
    expect(particle('기관', '을/를')).toBe('을');
    expect(particle('1,672', '과/와')).toBe('와');
    expect(particle('1,673', '과/와')).toBe('과');
    expect(particle('예산', '이/가')).toBe('이');
    expect(particle('CAGR', '은/는')).toBe('은');
    expect(particle('…', '을/를')).toBe('를(을)');
  });

  it('resolves placeholders in interpolated text', () => {
    expect(resolveParticles('‘고성장’(으)로 도달하는 해')).toBe('‘고성장’으로 도달하는 해');
    expect(resolveParticles('‘반복 성장 11.5%’(으)로 도달하는 해')).toBe('‘반복 성장 11.5%’로 도달하는 해');
    expect(resolveParticles('하위 합계 1,672와(과) 다름')).toBe('하위 합계 1,672와 다름');
    expect(resolveParticles('예산.awb을(를) 열었습니다.')).toBe('예산.awb를 열었습니다.');
    expect(resolveParticles('결과.xlsx(으)로 내보냈습니다.')).toBe('결과.xlsx로 내보냈습니다.');
    expect(resolveParticles('통합문서이(가) 너무 큽니다')).toBe('통합문서가 너무 큽니다');
  });
});
