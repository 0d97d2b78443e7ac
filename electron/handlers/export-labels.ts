/** Sheet names and labels of exported workbooks, in the UI language. */
import type { Lang } from '../../core/types';

/** Labels used by the xlsx export. */
export interface ExportLabels {
  budgetSheet: string;
  centerSheet: string;
  year: string;
  kind: string;
  actual: string;
  projected: string;
  value: (unit: string) => string;
  change: string;
  note: string;
  center: string;
  institution: string;
  region: string;
  field: string;
  established: string;
  equipment: string;
  illustrative: string;
}

const ko: ExportLabels = {
  budgetSheet: '예산 추이',
  centerSheet: '센터 목록',
  year: '연도',
  kind: '구분',
  actual: '실적',
  projected: '전망',
  value: (unit) => `예산 (${unit})`,
  change: '전년 대비',
  note: '비고',
  center: '센터명',
  institution: '운영기관',
  region: '지역',
  field: '분야',
  established: '구축연도',
  equipment: '장비 수',
  illustrative: '※ 예시 데이터: 실제 센터 목록이 아닙니다.',
};

const en: ExportLabels = {
  budgetSheet: 'Budget series',
  centerSheet: 'Centers',
  year: 'Year',
  kind: 'Type',
  actual: 'Actual',
  projected: 'Projected',
  value: (unit) => `Budget (${unit === '억원' ? '100M KRW' : unit})`,
  change: 'YoY change',
  note: 'Note',
  center: 'Center',
  institution: 'Operating institution',
  region: 'Region',
  field: 'Field',
  established: 'Established',
  equipment: 'Equipment',
  illustrative: '※ Illustrative data: not an official center list.',
};

/** Labels for a language. */
export const exportLabels = (lang: Lang): ExportLabels => (lang === 'ko' ? ko : en);
