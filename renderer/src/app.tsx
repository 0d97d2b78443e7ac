/** The main window: toolbar, budget grid, projection panel and chart, center list. */
import { useCallback, useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { projectSeries } from '../../core/projection';
import type { WorkbookEdit } from '../../core/workbook-edits';
import { BudgetGrid } from './components/budget-grid';
import { CenterGrid } from './components/center-grid';
import { NoticeArea, useNotices } from './components/notices';
import { ProjectionChart } from './components/projection-chart';
import { ProjectionPanel } from './components/projection-panel';
import { Toolbar } from './components/toolbar';
import { currentLang } from './i18n';
import { documentReducer, emptyDocument } from './state/document-state';
import { useDocumentCommands } from './use-document-commands';

/** Root component. */
export function App() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [doc, dispatch] = useReducer(documentReducer, emptyDocument);
  const { notices, notify, dismiss } = useNotices();
  const { commands, busy } = useDocumentCommands(doc, dispatch, notify);
  const onEdit = useCallback((edit: WorkbookEdit) => dispatch({ type: 'edit', edit }), []);
  const onError = useCallback((text: string) => notify('error', text), [notify]);

  const workbook = doc.workbook;
  const series = workbook ? (workbook.series.find((s) => s.id === workbook.projection.seriesId) ?? workbook.series[0]) : undefined;
  const projection = useMemo(() => (series && workbook ? projectSeries(series.points, workbook.projection) : null), [series, workbook]);

  return (
    <div className="app">
      <Toolbar title={workbook?.title ?? t('app.untitled')} fileName={doc.fileName} dirty={doc.dirty} busy={busy} commands={commands} />
      {workbook && series && projection ? (
        <main className="layout">
          <BudgetGrid series={series} projection={projection} lang={lang} onEdit={onEdit} onError={onError} />
          <div className="projection-column">
            <ProjectionPanel series={series} settings={workbook.projection} projection={projection} lang={lang} onEdit={onEdit} />
            <ProjectionChart series={series} projection={projection} lang={lang} />
          </div>
          <CenterGrid centers={workbook.centers} lang={lang} onEdit={onEdit} onError={onError} />
        </main>
      ) : (
        <main className="loading">{t('app.loading')}</main>
      )}
      <footer className="statusbar">
        <span>{workbook?.programme}</span>
        <span className="muted">{workbook?.source}</span>
      </footer>
      <NoticeArea notices={notices} dismiss={dismiss} />
    </div>
  );
}
