/** Korean UI texts (the default language). */
export const ko = {
  app: { name: 'Analyst Workbook', untitled: '제목 없음', sample: '예시 통합문서', loading: '통합문서를 여는 중…' },
  toolbar: {
    new: '예시 열기', open: '열기', save: '저장', saveAs: '다른 이름으로', export: '브리핑 내보내기', import: '가져오기',
    language: 'English', languageTitle: '언어 전환 (English)', unsaved: '저장되지 않은 변경 내용', saved: '저장됨', undo: '실행 취소', redo: '다시 실행',
  },
  budget: {
    title: '예산 추이', year: '연도', kind: '구분', actual: '실적', projected: '전망', value: '예산 ({{unit}})', change: '전년 대비', note: '비고',
    addAfter: '다음 연도 추가', addBefore: '이전 연도 추가', remove: '선택 연도 삭제', removeTitle: '선택한 연도를 삭제합니다',
  },
  scenario: {
    title: '시나리오', duplicate: '복제', remove: '삭제', copyName: '{{name}} 사본', unnamed: '(이름 없음)', baseline: '기준', makeBaseline: '기준으로 설정',
    name: '이름', method: '방법', horizon: '전망 연도', rate: '연 성장률', followLatest: '최근 증감률 사용', invalidRate: '성장률은 −100%보다 커야 합니다.',
    windowFrom: '기간 시작', windowTo: '기간 끝', customRates: '연도별 성장률 (%, 쉼표로 구분)', needTwoYears: '실적이 2개 연도 이상 필요합니다.',
    endValue: '{{year}}년 전망', split: '분할 시리즈 (전망의 일부 비율)', splitDefault: 'AI 기반구축', splitLabel: '분할 이름', splitShare: '비율', invalidShare: '비율은 0–100% 사이여야 합니다.', fromBase: '{{year}}년 {{value}} 대비 {{change}}',
  },
  goal: {
    title: '목표 탐색', target: '목표값', year: '목표 연도', requiredRate: '{{year}}년까지 필요한 연 성장률', requiredSlope: '필요한 연간 증가액',
    perYear: '년', reachedIn: '‘{{name}}’로 도달하는 해', yearValue: '{{year}}년 ({{target}} 이상)',
  },
  tabs: { centers: '연구기반센터', comparison: '시나리오 비교', sensitivity: '민감도 분석' },
  comparison: { actual: '실적', value: '전망', diff: '차이', diffPct: '차이(%)' },
  sensitivity: { rate: '성장률', caption: '{{year}}년 {{value}}에서 매년 같은 비율로 성장할 때의 연도별 예산 (억원)', unavailable: '현재 시나리오로는 민감도 표를 만들 수 없습니다.' },
  chart: { title: '예산 추이와 시나리오', history: '실적', historyRange: '{{first}}–{{last}}년 실적', scenarioEnd: '{{name}} {{year}}년 {{value}}' },
  csv: { export: 'CSV', title: '이 표를 CSV로 내보내기', encoding: 'CSV 인코딩' },
  import: {
    title: '가져오기', sheet: '시트', encoding: '인코딩', headerRow: '머리글 행', unit: '단위', noUnit: '(단위 없음)', target: '가져올 곳',
    toSeries: '예산 시리즈 ({{name}})', toCenters: '센터 목록', conversion: '단위 변환: 1{{from}} = {{factor}}{{to}}', whichSeries: '가져올 시리즈 (행)',
    row: '행', mapping: '‘{{column}}’ 열의 용도', rowCount: '데이터 {{count}}행 (머리글 {{header}}행)', needName: '센터명 열을 하나 지정하세요.', keepMissing: '파일에 없는 센터는 목록에 남겨 두기',
    noTable: '이 시트에서 표를 찾지 못했습니다 ({{reason}}). 머리글 행이나 시트를 바꿔 보세요.', cancel: '취소', showChanges: '변경 내용 보기', back: '뒤로', apply: '적용',
    added: '추가 {{count}}', changed: '변경 {{count}}', removed: '삭제 {{count}}', unchanged: '동일 {{count}}', noChanges: '바뀌는 값이 없습니다.',
    current: '현재 ({{unit}})', imported: '가져온 값 ({{unit}})', newYear: '(새 연도)', loading: '파일을 읽는 중…',
    appliedSeries: '{{file}}에서 {{count}}개 연도를 가져왔습니다.', appliedCenters: '{{file}}에서 센터 {{count}}개를 가져왔습니다.',
    source: '출처: {{file}} · {{sheet}} · {{cell}}', sourceUnit: ' ({{unit}} × {{factor}})',
    use: { name: '센터명', institution: '운영기관', region: '지역', field: '분야', established: '구축연도', equipment: '장비 수', extra: '추가 열로 유지', ignore: '가져오지 않음' },
  },
  centers: {
    title: '연구기반센터', illustrative: '예시 데이터 — 실제 센터 목록이 아닙니다', name: '센터명', institution: '운영기관', region: '지역', field: '분야',
    established: '구축연도', equipment: '장비 수', add: '센터 추가', remove: '선택 삭제', search: '검색…',
    countLabel: '센터', institutionsLabel: '운영기관', byRegion: '지역별', shown: '{{shown}}개 표시 중', empty: '센터가 없습니다. [센터 추가]로 시작하세요.',
  },
  notice: {
    saved: '{{name}}에 저장했습니다.', exported: '{{name}}(으)로 내보냈습니다.', opened: '{{name}}을(를) 열었습니다.', notNumber: '숫자가 아닙니다: “{{text}}”',
    notYear: '연도는 1900–2200 사이의 정수여야 합니다: “{{text}}”', negative: '음수는 입력할 수 없습니다: “{{text}}”', close: '닫기', discard: '변경 내용을 버리고 계속할까요?',
  },
  errors: {
    'file.notFound': '파일을 찾을 수 없습니다.', 'file.unreadable': '파일을 읽을 수 없습니다.', 'file.tooLarge': '파일이 너무 커서 프로젝트로 열 수 없습니다.',
    'file.empty': '빈 파일입니다.', 'file.notWritable': '파일을 쓸 수 없습니다. 폴더가 있는지, 쓰기 권한이 있는지 확인하세요.',
    'file.locked': '파일이 잠겨 있거나 읽기 전용입니다. Excel에서 닫거나 다른 이름으로 저장하세요.',
    'file.diskFull': '디스크 공간이 부족합니다. 아무것도 바뀌지 않았습니다. 공간을 확보하거나 다른 드라이브에 저장하세요.',
    'file.verifyFailed': '쓴 파일을 다시 읽어 보니 내용이 달랐습니다. 아무것도 바뀌지 않았습니다. 다른 폴더나 드라이브에 저장하세요.',
    'file.changedOnDisk': '파일을 연 뒤 다른 프로그램이 파일을 바꿨습니다.',
    'file.missingOnDisk': '파일을 연 뒤 파일이 이동·이름 변경·삭제되었습니다.',
    'file.openElsewhere': '이 파일은 이미 다른 창에서 열려 있습니다.',
    'project.tooLarge': '통합문서가 너무 커서(500MB 초과) 하나의 프로젝트 파일로 저장할 수 없습니다. 센터 목록을 나누세요.',
    'project.notJson': 'Analyst Workbook 프로젝트 파일이 아닙니다 (JSON이 아니거나 손상됨).', 'project.notWorkbook': 'Analyst Workbook 프로젝트 파일이 아닙니다.',
    'project.newerVersion': '더 새로운 버전의 Analyst Workbook에서 저장한 파일입니다. 앱을 업데이트하세요.',
    'project.invalid': '프로젝트 파일이 손상되었거나 잘못된 값이 있습니다.', 'request.invalid': '잘못된 요청입니다.',
    'import.xls': '오래된 Excel 형식(.xls, Excel 97–2003) 파일입니다. Excel이나 한셀에서 .xlsx로 저장한 뒤 다시 가져오세요.',
    'import.encrypted': '암호로 보호된 파일입니다. Excel에서 암호를 해제(파일 > 정보 > 통합 문서 보호)한 뒤 다시 가져오세요.',
    'import.hwp': '한글 문서(.hwp/.hwpx)는 스프레드시트가 아닙니다. 표를 Excel이나 한셀에 복사해 .xlsx로 저장한 뒤 가져오세요.',
    'import.corrupt': '파일이 손상되었거나 불완전합니다 (다운로드가 끝나지 않았을 수 있습니다).',
    'import.unsupported': '읽을 수 없는 파일 형식입니다. .xlsx, .xlsm, .csv, .tsv, .txt 파일을 사용하세요.',
    'import.noTable': '파일에서 표를 찾지 못했습니다.',
    'import.cancelled': '가져오기를 취소했습니다.',
    internal: '예기치 않은 오류가 발생했습니다.',
    noBridge: '앱 연결(window.workbook)을 찾을 수 없습니다. Electron에서 실행하세요.',
  },
};

/** Shape every language must provide. */
export type Texts = typeof ko;
