/**
 * The task pane: one state at a time (loading, outside Excel, no register, ready, validating,
 * results, error), driven by the buttons through the RegisterWorkbook port.
 */
import {
  Button,
  Caption1,
  Divider,
  makeStyles,
  Subtitle2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { dayToIso, type AuditResult, type Finding } from '../core';
import {
  usageTableRows,
  usageTableSource,
  type EvidenceImport as Evidence,
} from '../core/evidence';
import type { InteractiveWorkbook, RegisterSettings } from '../excel/port';
import { EvidenceImport } from './components/EvidenceImport';
import { Findings } from './components/Findings';
import { PositionTable } from './components/PositionTable';
import { SettingsForm } from './components/SettingsForm';
import { Summary } from './components/Summary';
import {
  ErrorView,
  Loading,
  NoRegister,
  NoticeBar,
  OutsideExcel,
  Validating,
} from './components/Views';
import { LOCAL_CLOCK, NoRegisterError, validate, writeAudit, type Clock } from './controller';
import { messageOf } from './messages';
import { INITIAL, reduce, type Notice } from './state';

export interface Environment {
  /** False outside Excel (Office.onReady gave no Excel host). */
  readonly inExcel: boolean;
  readonly workbook?: InteractiveWorkbook;
  /** Whether the workbook has sheets or tables named like a register (a cheap look before reading). */
  readonly hasRegister?: () => Promise<boolean>;
  readonly clock: Clock;
  /** How the audit sheet names the workbook. */
  readonly workbookName: string;
}

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function keyColumns(result: AuditResult, sheet: string): string[] {
  const table = Object.values(result.register.tables).find((t) => t?.sheet === sheet);
  if (!table) return [];
  return ['account', 'device', 'assignedTo']
    .map((f) => table.letters[f])
    .filter((l): l is string => l !== undefined);
}

export function App({ start }: { readonly start: () => Promise<Environment> }) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const [env, setEnv] = useState<Environment>();
  const [settings, setSettings] = useState<RegisterSettings>({});
  const abort = useRef<AbortController>();

  const begin = useCallback(async () => {
    try {
      const environment = await start();
      setEnv(environment);
      if (!environment.inExcel || !environment.workbook) return dispatch({ type: 'outside' });
      const found = environment.hasRegister ? await environment.hasRegister() : true;
      dispatch({ type: 'found', register: found });
    } catch (error) {
      dispatch({
        type: 'failed',
        title: 'CAL Register could not start',
        message: messageOf(error, 'opening the workbook'),
        retry: 'start',
      });
    }
  }, [start]);

  useEffect(() => {
    void begin();
  }, [begin]);

  const run = useCallback(
    async (notice?: Notice) => {
      if (!env?.workbook) return;
      const controller = new AbortController();
      abort.current = controller;
      dispatch({ type: 'validate' });
      try {
        const result = await validate(
          env.workbook,
          settings,
          env.clock,
          controller.signal,
          (progress) => dispatch({ type: 'progress', progress }),
        );
        setSettings((s) => ({
          asOf: s.asOf ?? dayToIso(result.asOf),
          staleDays: s.staleDays ?? result.staleDays,
        }));
        dispatch({ type: 'validated', result, ...(notice ? { notice } : {}) });
      } catch (error) {
        if (controller.signal.aborted) return dispatch({ type: 'cancelled' });
        if (error instanceof NoRegisterError) {
          return dispatch({
            type: 'found',
            register: false,
            notice: { intent: 'warning', text: error.message },
          });
        }
        dispatch({
          type: 'failed',
          title: 'The register could not be read',
          message: messageOf(error, 'reading the register'),
          retry: 'validate',
        });
      }
    },
    [env, settings],
  );

  /** Adds an import to the Usage table, then validates again to show what it changes. */
  const addEvidence = async (evidence: Evidence): Promise<boolean> => {
    if (!env?.workbook) return false;
    try {
      const added = await env.workbook.appendUsage(usageTableRows(evidence));
      const columns =
        added.addedColumns.length > 0
          ? ` The table got the column${added.addedColumns.length > 1 ? 's' : ''} ${added.addedColumns.join(', ')}.`
          : '';
      const where = `${added.created ? 'a new Usage table on ' : ''}the ${added.sheet} sheet, rows ${added.firstRow}–${added.lastRow}`;
      await run({
        intent: 'success',
        text: `Added ${added.rows} ${added.rows === 1 ? 'row' : 'rows'} from ${usageTableSource(evidence)} to ${where}.${columns}`,
      });
      return true;
    } catch (error) {
      dispatch({
        type: 'notice',
        notice: {
          intent: 'error',
          title: 'Add to Usage table failed',
          text: messageOf(error, 'adding rows to the Usage table'),
        },
      });
      return false;
    }
  };

  const evidenceImport = (
    <EvidenceImport
      today={(env?.clock ?? LOCAL_CLOCK).today()}
      result={state.kind === 'results' ? state.result : undefined}
      disabled={state.kind === 'results' && state.busy !== undefined}
      onAdd={addEvidence}
    />
  );

  const act = useCallback(
    async (what: string, body: (workbook: InteractiveWorkbook) => Promise<string>) => {
      if (!env?.workbook) return;
      dispatch({ type: 'busy', what });
      try {
        dispatch({ type: 'notice', notice: { intent: 'success', text: await body(env.workbook) } });
      } catch (error) {
        dispatch({
          type: 'notice',
          notice: {
            intent: 'error',
            title: `${what} failed`,
            text: messageOf(error, what.toLowerCase()),
          },
        });
      }
    },
    [env],
  );

  const goTo = (finding: Finding) => {
    if (state.kind !== 'results' || finding.sheet === undefined || finding.row === undefined)
      return;
    const { sheet, row, column, key } = finding;
    void act('Go to', async (workbook) => {
      const to = await workbook.goTo({
        sheet,
        row,
        column,
        key,
        keyColumns: keyColumns(state.result, sheet),
      });
      if (to.lost) return `The record ${key ?? ''} was not found any more; selected ${to.address}.`;
      return to.moved
        ? `Rows moved since validation: ${key ?? 'the record'} is now at ${to.address}.`
        : `Selected ${to.address}.`;
    });
  };

  const create = async () => {
    if (!env?.workbook) return;
    try {
      await env.workbook.createTemplate();
      dispatch({
        type: 'found',
        register: true,
        notice: {
          intent: 'success',
          text: 'Register created: fill in Purchases and Assignments, then Validate.',
        },
      });
    } catch (error) {
      dispatch({
        type: 'found',
        register: false,
        notice: {
          intent: 'error',
          title: 'Create register failed',
          text: messageOf(error, 'creating the register'),
        },
      });
    }
  };

  const settingsForm = (
    <SettingsForm
      value={settings}
      onChange={setSettings}
      disabled={state.kind === 'results' && state.busy !== undefined}
      onSave={(value) =>
        void act('Save settings', async (workbook) => {
          await workbook.saveSettings(value);
          return 'Settings saved to the Settings sheet.';
        })
      }
    />
  );

  return (
    <main className={styles.pane} aria-label="CAL Register">
      <header className={styles.header}>
        <Title3 as="h1">CAL Register</Title3>
        <Caption1>
          Client Access Licence compliance, checked in this workbook. Nothing leaves it.
        </Caption1>
      </header>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'outside' && <OutsideExcel />}
      {state.kind === 'no-register' && (
        <>
          {state.notice && <NoticeBar notice={state.notice} />}
          <NoRegister onCreate={() => void create()} onValidate={() => void run()} busy={false} />
        </>
      )}
      {state.kind === 'ready' && (
        <>
          {state.notice && <NoticeBar notice={state.notice} />}
          {settingsForm}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void run()}>
              Validate
            </Button>
          </div>
          <Divider />
          {evidenceImport}
        </>
      )}
      {state.kind === 'validating' && (
        <Validating progress={state.progress} onCancel={() => abort.current?.abort()} />
      )}
      {state.kind === 'error' && (
        <ErrorView
          title={state.title}
          message={state.message}
          onRetry={() => void (state.retry === 'start' ? begin() : run())}
        />
      )}
      {state.kind === 'results' && (
        <>
          {state.notice && (
            <NoticeBar notice={state.notice} onDismiss={() => dispatch({ type: 'dismiss' })} />
          )}
          <Summary result={state.result} />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={state.busy !== undefined}
              onClick={() =>
                void act('Audit sheet', async (workbook) => {
                  const sheet = await writeAudit(
                    workbook,
                    state.result,
                    env?.workbookName ?? 'this workbook',
                    env?.clock ?? LOCAL_CLOCK,
                  );
                  return `Audit written to the sheet “${sheet}”.`;
                })
              }
            >
              Write audit sheet
            </Button>
            <Button onClick={() => void run()}>Validate again</Button>
          </div>
          {settingsForm}
          <Divider />
          <section className={styles.section} aria-labelledby="position-title">
            <Subtitle2 as="h2" id="position-title">
              Licence position
            </Subtitle2>
            <PositionTable rows={state.result.position} />
          </section>
          <section className={styles.section} aria-labelledby="findings-title">
            <Subtitle2 as="h2" id="findings-title">
              Findings
            </Subtitle2>
            <Findings findings={state.result.findings} onGoTo={goTo} />
          </section>
          <Divider />
          {evidenceImport}
        </>
      )}
    </main>
  );
}
