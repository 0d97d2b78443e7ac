/** The main window: toolbar; budget grid, scenarios and chart; centers, comparison and sensitivity tabs. */
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareScenarios, nextScenarioId } from '../../core/scenarios';
import type { WorkbookEdit } from '../../core/workbook-edits';
import { BudgetGrid } from './components/budget-grid';
import { CenterGrid } from './components/center-grid';
import { ComparisonGrid } from './components/comparison-grid';
import { CsvButton } from './components/csv-button';
import { NoticeArea, useNotices } from './components/notices';
import { ScenarioChart } from './components/scenario-chart';
import { ScenarioPanel } from './components/scenario-panel';
import { SensitivityGrid } from './components/sensitivity-grid';
import { Toolbar } from './components/toolbar';
import { currentLang } from './i18n';
import { documentReducer, emptyDocument, isDirty } from './state/document-state';
import { useDocumentCommands } from './use-document-commands';
import { useImport } from './use-import';
import { ImportDialog } from './components/import-dialog';

type Tab = 'centers' | 'comparison' | 'sensitivity';

/** Root component. */
export function App() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [doc, dispatch] = useReducer(documentReducer, emptyDocument);
  const [activeId, setActiveId] = useState('s1');
  const [tab, setTab] = useState<Tab>('centers');
  const { notices, notify, dismiss } = useNotices();
  const captureChart = useRef<(() => string | undefined) | null>(null);
  const onEdit = useCallback((edit: WorkbookEdit) => dispatch({ type: 'edit', edit, at: Date.now() }), []);
  const onError = useCallback((text: string) => notify('error', text), [notify]);
  const importer = useImport(notify, onEdit);
  const { commands, busy } = useDocumentCommands(doc, dispatch, notify, {
    captureChart: () => captureChart.current?.(),
    importFile: importer.open,
  });

  const workbook = doc.workbook;
  // The active scenario falls back to the first when it is removed (or after opening another file).
  const active = workbook ? (workbook.scenarios.find((s) => s.id === activeId) ?? workbook.scenarios[0]!) : undefined;
  // Depends only on what a comparison reads, so editing centers does not recompute or redraw the chart.
  const seriesList = workbook?.series;
  const scenarioList = workbook?.scenarios;
  const baselineId = workbook?.baselineScenarioId;
  const comparison = useMemo(
    () =>
      seriesList && scenarioList && baselineId && active
        ? compareScenarios({ series: seriesList, scenarios: scenarioList, baselineScenarioId: baselineId }, active.seriesId)
        : null,
    [seriesList, scenarioList, baselineId, active?.seriesId],
  );

  if (!workbook || !active || !comparison) {
    return (
      <div className="app">
        <Toolbar title={t('app.untitled')} fileName={null} dirty={false} busy={busy} commands={commands} canUndo={false} canRedo={false} />
        <main className="loading">{t('app.loading')}</main>
        <NoticeArea notices={notices} dismiss={dismiss} />
      </div>
    );
  }
  const series = workbook.series.find((s) => s.id === active.seriesId) ?? workbook.series[0]!;
  const result = comparison.results[active.id]!;

  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        void importer.drop(file);
      }}
    >
      <Toolbar
        title={workbook.title}
        fileName={doc.fileName}
        dirty={isDirty(doc)}
        busy={busy}
        commands={commands}
        canUndo={doc.past.length > 0}
        canRedo={doc.future.length > 0}
      />
      <main className="layout">
        <BudgetGrid
          series={series}
          projection={result}
          lang={lang}
          onEdit={onEdit}
          onError={onError}
          onExportCsv={(encoding) => commands.exportCsv('budget', active.id, encoding)}
        />
        <ScenarioPanel
          scenarios={comparison.scenarios}
          active={active}
          baselineId={workbook.baselineScenarioId}
          series={series}
          result={result}
          lang={lang}
          nextId={nextScenarioId(workbook.scenarios)}
          onSelect={setActiveId}
          onEdit={onEdit}
        />
        <ScenarioChart
          series={series}
          scenarios={comparison.scenarios}
          results={comparison.results}
          activeId={active.id}
          lang={lang}
          onCapture={(c) => (captureChart.current = c)}
        />
        <section className="card tabs-card">
          <div className="tabs" role="tablist">
            {(['centers', 'comparison', 'sensitivity'] as const).map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                aria-selected={tab === id}
                className={`tab${tab === id ? ' active' : ''}`}
                onClick={() => setTab(id)}
                data-testid={`tab-${id}`}
              >
                {t(`tabs.${id}`)}
              </button>
            ))}
            <span className="tabs-actions">
              <CsvButton onExport={(encoding) => commands.exportCsv(tab, active.id, encoding)} testId="tab-csv" />
            </span>
          </div>
          {tab === 'centers' && <CenterGrid centers={workbook.centers} lang={lang} onEdit={onEdit} onError={onError} />}
          {tab === 'comparison' && (
            <ComparisonGrid rows={comparison.rows} scenarios={comparison.scenarios} baselineId={workbook.baselineScenarioId} lang={lang} />
          )}
          {tab === 'sensitivity' &&
            (result.ok ? (
              <SensitivityGrid baseYear={result.baseYear} baseValue={result.baseValue} horizon={active.horizon} lang={lang} />
            ) : (
              <p className="empty-state padded">{t('sensitivity.unavailable')}</p>
            ))}
        </section>
      </main>
      <footer className="statusbar">
        <span>{workbook.programme}</span>
        <span className="muted">{workbook.source}</span>
      </footer>
      {importer.preview && (
        <ImportDialog
          preview={importer.preview}
          workbook={workbook}
          seriesId={series.id}
          lang={lang}
          busy={importer.loading}
          onRequest={importer.request}
          onApply={importer.apply}
          onClose={importer.close}
        />
      )}
      {importer.loading && (
        <div className="loading-overlay" role="status" data-testid="import-loading">
          <div className="loading-box">
            <span>{t('import.loading')}</span>
            {importer.progress !== null && <progress max={1} value={importer.progress} />}
            <button type="button" onClick={importer.cancelLoad}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      )}
      <NoticeArea notices={notices} dismiss={dismiss} />
    </div>
  );
}
