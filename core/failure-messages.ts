/** Messages for projection and goal-seek failures, shared by the CLI and the UI. */
import type { GoalResult } from './goal-seek';
import type { ProjectionFailure } from './projection-methods';
import type { Lang } from './types';

type GoalFailure = Extract<GoalResult<number>, { ok: false }>['reason'];

/** Every failure reason with its message per language. */
export const failureMessages: Record<ProjectionFailure | GoalFailure, Record<Lang, string>> = {
  'empty-series': { ko: '연도를 추가하면 전망을 볼 수 있습니다.', en: 'The series has no years yet.' },
  'missing-base': { ko: '마지막 연도의 값을 입력하세요.', en: 'The last year has no value.' },
  'no-rate': {
    ko: '전년 대비 증감률을 계산할 수 없습니다. 성장률을 직접 입력하세요.',
    en: 'There is no year-on-year change to repeat; give a rate.',
  },
  'invalid-rate': { ko: '성장률은 −100%보다 커야 합니다.', en: 'A rate must be above −100%.' },
  'horizon-before-base': {
    ko: '전망 연도를 마지막 실적 연도보다 뒤로 정하세요.',
    en: 'The target year must be after the last actual year.',
  },
  'horizon-too-far': { ko: '전망 연도는 2100년까지입니다.', en: 'Projections go up to 2100.' },
  'window-too-short': { ko: '기간은 2개 연도 이상이어야 합니다.', en: 'A window needs at least two years.' },
  'window-outside-history': { ko: '기간이 실적 연도 밖에 있습니다.', en: 'The window lies outside the actual years.' },
  'missing-window-value': { ko: '기간 안에 값이 비어 있는 연도가 있습니다.', en: 'A year inside the window has no value.' },
  'nonpositive-base': { ko: 'CAGR은 0 이하의 값에서 계산할 수 없습니다.', en: 'CAGR needs positive values.' },
  'no-children': { ko: '하위 시리즈가 없어 하위별 전망을 할 수 없습니다.', en: 'The group has no child series to project.' },
  'children-base-differ': { ko: '하위 시리즈의 마지막 실적 연도가 서로 다릅니다.', en: 'The child series end in different years.' },
  'no-rates': { ko: '연도별 성장률을 하나 이상 입력하세요.', en: 'Give at least one rate.' },
  'target-year-before-base': {
    ko: '목표 연도는 마지막 실적 연도보다 뒤여야 합니다.',
    en: 'The target year must be after the last actual year.',
  },
  'nonpositive-target': { ko: '목표값은 0보다 커야 합니다.', en: 'The target must be positive.' },
  'never-reached': { ko: '이 방법으로는 목표에 도달하지 않습니다.', en: 'This method never reaches the target.' },
};
