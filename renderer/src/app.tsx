/** The main window: toolbar; views of the series (table, detail, scenarios, chart), centers, comparison and sensitivity; dialogs. */
import { isBudgetBook } from '../../core/budget/budget-paths';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useLatest } from './shell/use-latest';
import { useTranslation } from 'react-i18next';
import { checkEdit, editProblemText } from '../../core/edit-checks';
import { baselineFor, compareScenarios, seriesHistory, type Comparison } from '../../core/scenarios';
import type { Workbook } from '../../core/types';
import { windowTitle } from '../../core/window-title';
import type { WorkbookEdit } from '../../core/workbook-edits';
import { CenterGrid } from './centers/center-grid';
import { ComparisonGrid } from './scenarios/comparison-grid';
import { useConfirm } from './shell/confirm';
import { CsvButton } from './shell/csv-button';
import { HelpDialog } from './shell/help-dialog';
import { ImportDialog } from './import/import-dialog';
import { NoticeArea, useNotices } from './shell/notices';
import { PropsDialog } from './shell/props-dialog';
import { RecoveryDialog } from './versions/recovery-dialog';
import { ScenarioChart, type PlottedSeries } from './scenarios/scenario-chart';
import { ScenarioPanel } from './scenarios/scenario-panel';
import { SensitivityGrid } from './scenarios/sensitivity-grid';
import { SeriesDetail } from './series/series-detail';
import { SeriesTable } from './series/series-table';
import { SettingsDialog } from './shell/settings-dialog';
import { StartScreen } from './shell/start-screen';
import { Toolbar } from './shell/toolbar';
import { VersionsDialog } from './versions/versions-dialog';
import { WorkOverlay } from './shell/work-overlay';
import { currentLang } from './i18n';
import { documentReducer, emptyDocument, isDirty } from './document/document-state';
import { useDocumentCommands } from './document/use-document-commands';
import { useImport } from './import/use-import';
import { useJournal } from './versions/use-journal';
import { useShortcuts } from './shell/use-shortcuts';
import { useStartup } from './document/use-startup';
import { useWorkProgress } from './shell/use-work-progress';
import { workbookApi } from './document/workbook-api';

type View = 'series' | 'centers' | 'comparison' | 'sensitivity';
type Dialog = 'props' | 'versions' | 'settings' | 'help' | null;
const VIEWS: View[] = ['series', 'centers', 'comparison', 'sensitivity'];

/** The series to show when none is chosen: the first with scenarios, else the first. */
const defaultSeries = (wb: Workbook) => (wb.series.find((s) => wb.scenarios.some((c) => c.seriesId === s.id)) ?? wb.series[0])?.id ?? null;

/** Root component. */
export function App() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [doc, dispatch] = useReducer(documentReducer, emptyDocument);
  const docRef = useLatest(doc);
  const [view, setView] = useState<View>('series');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [activeBySeries, setActiveBySeries] = useState<Record<string, string>>({});
  const { notices, notify, dismiss } = useNotices();
  const { ask, dialog: confirmDialog } = useConfirm();
  const captureChart = useRef<(() => string | undefined) | null>(null);
  const workbook = doc.workbook;

  const onEdit = useCallback(
    (edit: WorkbookEdit) => {
      const wb = docRef.current.workbook;
      if (!wb) return;
      // One gate for every edit: the limits the file format enforces, said in the UI's words.
      const problem = checkEdit(wb, edit);
      if (problem) return notify('error', editProblemText(currentLang(), problem));
      dispatch({ type: 'edit', edit, at: Date.now() });
    },
    [notify, docRef],
  );
  const onError = useCallback((text: string) => notify('error', text), [notify]);

  // The selected series follows the document: a new document selects its first series; a removed one falls back.
  const series = workbook
    ? (workbook.series.find((s) => s.id === selected) ?? workbook.series.find((s) => s.id === defaultSeries(workbook)) ?? null)
    : null;

  const seriesList = workbook?.series;
  const scenarioList = workbook?.scenarios;
  // Depends only on what a comparison reads, so editing centers does not recompute or redraw the chart.
  const comparison = useMemo<Comparison | null>(
    () => (seriesList && scenarioList && series ? compareScenarios({ series: seriesList, scenarios: scenarioList }, series.id) : null),
    [seriesList, scenarioList, series],
  );
  const history = useMemo(() => (seriesList && series ? seriesHistory({ series: seriesList }, series.id) : []), [seriesList, series]);
  const active =
    comparison?.scenarios.find((s) => s.id === activeBySeries[series?.id ?? '']) ??
    (workbook && series ? (baselineFor(workbook, series.id) ?? null) : null);
  const result = active && comparison ? (comparison.results[active.id] ?? null) : null;
  const scenarioIndex = useMemo(() => new Map((scenarioList ?? []).map((s, i) => [s.id, i])), [scenarioList]);
  const chartIds = workbook?.chart.seriesIds;
  const plotted = useMemo<PlottedSeries[]>(() => {
    if (!seriesList || !scenarioList) return [];
    const ids = chartIds?.length ? chartIds : series ? [series.id] : [];
    return ids.flatMap((id) => {
      const s = seriesList.find((x) => x.id === id);
      if (!s) return [];
      // The selected series' comparison is already computed above: projecting it again would double the work per edit.
      const c = comparison && id === series?.id ? comparison : compareScenarios({ series: seriesList, scenarios: scenarioList }, id);
      return [
        {
          series: s,
          history: seriesHistory({ series: seriesList }, id).filter((p) => p.value !== null),
          scenarios: c.scenarios,
          results: c.results,
        },
      ];
    });
  }, [seriesList, scenarioList, chartIds, series, comparison]);

  const work = useWorkProgress();
  const { commands, busy } = useDocumentCommands(doc, dispatch, notify, work.track, {
    ask,
    captureChart: () => captureChart.current?.(),
    subject: () => ({ seriesId: series?.id ?? null, scenarioId: active?.id ?? null }),
  });
  const startup = useStartup(commands, notify);
  // The same functions across edits, so the grids' CSV buttons do not render again on each one.
  const exportCsv = useMemo(
    () => ({
      series: () => commands.exportCsv('series'),
      budget: () => commands.exportCsv('budget'),
      centers: () => commands.exportCsv('centers'),
    }),
    [commands],
  );
  const importer = useImport(notify, onEdit, commands, work.track);
  useShortcuts(commands, {
    importFile: importer.open,
    versions: () => setDialog('versions'),
    saveVersion: () => setDialog('versions'),
    help: () => setDialog('help'),
  });
  const dirty = isDirty(doc);
  useJournal(workbook, dirty);

  // Title bar, unsaved marker and close guard follow the document.
  const title = workbook?.title ?? t('app.name');
  useEffect(() => {
    document.title = windowTitle({ title: doc.fileName ?? title, dirty });
    void workbookApi()?.setDocumentState({ title: doc.fileName ?? title, dirty, lang });
  }, [dirty, doc.fileName, title, lang]);
  // Back to the start screen's list after a document is opened elsewhere or saved.
  useEffect(() => {
    if (!workbook) void startup.refreshRecent();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the document goes away
  }, [workbook]);

  const selectScenario = (id: string) => series && setActiveBySeries((m) => ({ ...m, [series.id]: id }));

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
        title={title}
        fileName={doc.fileName}
        sample={doc.sample}
        dirty={dirty}
        busy={busy}
        hasDocument={workbook !== null}
        commands={commands}
        canUndo={doc.past.length > 0}
        canRedo={doc.future.length > 0}
        onImport={importer.open}
        onDialog={setDialog}
      />
      {workbook ? (
        <>
          <div className="views" role="tablist" aria-label={t('views.label')}>
            {VIEWS.map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                aria-selected={view === id}
                tabIndex={view === id ? 0 : -1}
                className={`tab${view === id ? ' active' : ''}`}
                onClick={() => setView(id)}
                data-testid={`tab-${id}`}
              >
                {t(`views.${id}`)}
              </button>
            ))}
          </div>
          <main
            className={`layout layout-${view}${view === 'series' && isBudgetBook(workbook) ? ' layout-book' : ''}`}
            aria-label={t(`views.${view}`)}
          >
            {view === 'series' && (
              <>
                <SeriesTable
                  workbook={workbook}
                  selectedId={series?.id ?? null}
                  lang={lang}
                  onSelect={setSelected}
                  onEdit={onEdit}
                  onError={onError}
                  onExportCsv={exportCsv.series}
                />
                <SeriesDetail
                  workbook={workbook}
                  series={series}
                  projection={result}
                  lang={lang}
                  onEdit={onEdit}
                  onError={onError}
                  onExportCsv={exportCsv.budget}
                />
                <ScenarioPanel
                  workbook={workbook}
                  series={series}
                  history={history}
                  scenarios={comparison?.scenarios ?? []}
                  active={active}
                  baselineId={comparison?.baselineId ?? null}
                  results={comparison?.results ?? {}}
                  lang={lang}
                  onSelect={selectScenario}
                  onEdit={onEdit}
                />
                <ScenarioChart
                  plotted={plotted}
                  allSeries={workbook.series}
                  scenarioIndex={scenarioIndex}
                  activeId={active?.id ?? null}
                  lang={lang}
                  onPick={(seriesIds) => onEdit({ kind: 'setChartSeries', seriesIds })}
                  onCapture={(c) => (captureChart.current = c)}
                />
              </>
            )}
            {view === 'centers' && (
              <CenterGrid workbook={workbook} lang={lang} onEdit={onEdit} onError={onError} onExportCsv={exportCsv.centers} ask={ask} />
            )}
            {view === 'comparison' && (
              <section className="card" aria-labelledby="comparison-title">
                <header className="card-header">
                  <h2 id="comparison-title">
                    {t('views.comparison')}{' '}
                    <span className="muted" data-user-text>
                      · {series?.name ?? ''}
                    </span>
                  </h2>
                  <div className="card-actions">
                    <CsvButton onExport={() => commands.exportCsv('comparison')} testId="comparison-csv" />
                  </div>
                </header>
                {comparison && (
                  <ComparisonGrid
                    rows={comparison.rows}
                    scenarios={comparison.scenarios}
                    baselineId={comparison.baselineId}
                    scenarioIndex={scenarioIndex}
                    lang={lang}
                  />
                )}
              </section>
            )}
            {view === 'sensitivity' && (
              <section className="card" aria-labelledby="sensitivity-title">
                <header className="card-header">
                  <h2 id="sensitivity-title">
                    {t('views.sensitivity')}{' '}
                    <span className="muted" data-user-text>
                      · {series?.name ?? ''}
                    </span>
                  </h2>
                  <div className="card-actions">
                    <CsvButton onExport={() => commands.exportCsv('sensitivity')} testId="sensitivity-csv" />
                  </div>
                </header>
                {series && active && result?.ok ? (
                  <SensitivityGrid series={series} result={result} horizon={active.horizon} lang={lang} />
                ) : (
                  <p className="empty-state padded">{t('sensitivity.unavailable')}</p>
                )}
              </section>
            )}
          </main>
        </>
      ) : startup.started ? (
        <StartScreen
          recent={startup.recent}
          recovery={startup.recovery}
          lang={lang}
          onNew={commands.newWorkbook}
          onOpen={commands.open}
          onSample={commands.openSample}
          onOpenRecent={commands.openRecent}
          onRemoveRecent={(i) => void startup.removeRecent(i)}
          onRecover={(id) => void startup.review(id)}
        />
      ) : (
        <main className="loading">{t('app.loading')}</main>
      )}
      <footer className="statusbar">
        <span data-user-text>{workbook?.programme}</span>
        <span className="muted" data-user-text>
          {workbook?.source}
        </span>
      </footer>
      {importer.preview && workbook && (
        <ImportDialog
          preview={importer.preview}
          workbook={workbook}
          lang={lang}
          busy={importer.loading}
          onRequest={importer.request}
          onCenters={importer.centers}
          onBudget={importer.budget}
          onRows={importer.rows}
          onApplyCenters={(request) => void importer.applyCenters(workbook, request)}
          onApply={importer.apply}
          onClose={importer.close}
        />
      )}
      {work.status && <WorkOverlay status={work.status} onCancel={work.cancel} />}
      {startup.preview && (
        <RecoveryDialog
          preview={startup.preview}
          lang={lang}
          onRestore={(saveAs) => void startup.restore(saveAs)}
          onDiscard={() => void startup.discard()}
          onLater={startup.later}
        />
      )}
      {dialog === 'props' && workbook && <PropsDialog workbook={workbook} onEdit={onEdit} onClose={() => setDialog(null)} />}
      {dialog === 'versions' && workbook && (
        <VersionsDialog
          workbook={workbook}
          lang={lang}
          onEdit={onEdit}
          onNotify={(text) => notify('info', text)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
      {dialog === 'help' && <HelpDialog onClose={() => setDialog(null)} />}
      {confirmDialog}
      <NoticeArea notices={notices} dismiss={dismiss} />
    </div>
  );
}
