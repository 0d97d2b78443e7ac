"""A text-heavy agency list as openpyxl writes it (the import benchmark's second file): two merged title
rows, then 100,000 rows × 20 columns of names, addresses, phone numbers, dates as date cells, codes and a
few figures, with empty cells. Usage: make-text-heavy.py OUT.xlsx ROWS (needs Debian's python3-openpyxl)."""
import datetime
import sys

from openpyxl import Workbook

out, rows = sys.argv[1], int(sys.argv[2])
SIDO = ['서울특별시', '부산광역시', '대구광역시', '인천광역시', '광주광역시', '대전광역시', '울산광역시', '세종특별자치시', '경기도', '강원특별자치도']
GU = ['중구', '동구', '서구', '남구', '북구', '강남구', '수성구', '유성구', '해운대구', '덕양구']
ROAD = ['테헤란로', '세종대로', '중앙대로', '대학로', '과학로', '산업로', '혁신로', '연구단지로']
FIELD = ['AI·제조', '반도체', '바이오', '이차전지', '디스플레이', '로봇', '소재·부품', '에너지']
wb = Workbook()
ws = wb.active
ws.title = '목록'
ws.append(['연구기반센터 운영 현황 (텍스트 위주 벤치마크)'])
ws.append(['(기준일: 2026-06-30, 자료: 산업통상부)'])
header = ['연번', '센터명', '운영기관', '시도', '시군구', '도로명주소', '상세주소', '대표전화', '팩스', '이메일',
          '분야', '구축연도', '개소일', '최종점검일', '장비 수', '인력', '담당부서', '담당자', '비고', '관리번호']
ws.append(header)
base = datetime.date(2000, 1, 1)
for i in range(rows):
    s = SIDO[i % len(SIDO)]
    g = GU[(i * 7) % len(GU)]
    ws.append([
        i + 1,
        f'{g} {FIELD[i % len(FIELD)]} 연구기반센터 {i + 1}호',
        f'한국{FIELD[(i // 3) % len(FIELD)]}연구원 {i % 3000}',
        s,
        g,
        f'{s} {g} {ROAD[i % len(ROAD)]} {i % 500 + 1}',
        None if i % 4 == 0 else f'{i % 12 + 1}층 {i % 40 + 100}호',
        f'0{i % 9 + 2}-{1000 + i % 9000}-{(i * 13) % 10000:04d}',
        None if i % 3 == 0 else f'0{i % 9 + 2}-{2000 + i % 7000}-{(i * 17) % 10000:04d}',
        f'center{i + 1}@example.or.kr',
        FIELD[i % len(FIELD)],
        2000 + i % 26,
        base + datetime.timedelta(days=(i * 37) % 9000),
        datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 180),
        (i * 7) % 90,
        (i * 3) % 40 + 1,
        f'{FIELD[(i + 2) % len(FIELD)]}산업과',
        f'홍길동{i % 97}',
        None if i % 5 else '2026년 점검 예정',
        f'KR-{s[:2]}-{i + 1:07d}',
    ])
ws.merge_cells('A1:T1')
ws.merge_cells('A2:T2')
for cell in ('M', 'N'):
    for row in ws.iter_rows(min_row=4, min_col=ord(cell) - 64, max_col=ord(cell) - 64):
        row[0].number_format = 'yyyy-mm-dd'
wb.save(out)
