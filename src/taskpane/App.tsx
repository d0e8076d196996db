/**
 * The task pane: one state at a time (loading, outside Excel, no register, ready, validating,
 * results, error), driven by the buttons through the RegisterWorkbook port, one operation
 * at a time.
 */
import {
  Button,
  Caption1,
  Divider,
  makeStyles,
  Spinner,
  Subtitle2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useReducer, useState } from 'react';
import {
  dayToIso,
  type AuditResult,
  type Finding,
  usageTableRows,
  usageTableSource,
  type EvidenceImport as Evidence,
} from '../core';
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
import {
  LOCAL_CLOCK,
  NoRegisterError,
  setOnly,
  validate,
  writeAudit,
  type Clock,
} from './controller';
import { goToTarget } from './go-to';
import { messageOf } from './messages';
import { useOperations, type Operation } from './operation';
import { INITIAL, reduce, type Notice, type Purpose } from './state';

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
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    alignItems: 'center',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Whether the shown result was judged with these settings (so saving them changes nothing shown). */
function judgedWith(result: AuditResult, settings: RegisterSettings): boolean {
  return (
    (settings.asOf === undefined || dayToIso(result.asOf) === settings.asOf) &&
    (settings.staleDays === undefined || result.staleDays === settings.staleDays)
  );
}

export function App({ start }: { readonly start: () => Promise<Environment> }) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const [env, setEnv] = useState<Environment>();
  /**
   * What the user typed in the settings form: only these override the Settings sheet. The
   * as-of date and threshold a validation used are shown in the summary, never copied here,
   * so the next validation reads the sheet (and today's date) again.
   */
  const [overrides, setOverrides] = useState<RegisterSettings>({});
  /** Remounts the settings form to empty it once its values are saved to the sheet. */
  const [formKey, setFormKey] = useState(0);
  const { busy, exclusive, isCurrent, cancel } = useOperations();
  const idle = busy === undefined;
  const clock = env?.clock ?? LOCAL_CLOCK;

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

  /**
   * Reads and audits the register inside `op`, showing progress. Undefined when it failed
   * (shown), was cancelled (Cancel said so) or is no longer current.
   */
  const check = async (
    op: Operation,
    workbook: InteractiveWorkbook,
    purpose: Purpose,
  ): Promise<AuditResult | undefined> => {
    dispatch({ type: 'validate', purpose });
    try {
      const result = await validate(workbook, setOnly(overrides), clock, op.signal, (progress) => {
        if (isCurrent(op)) dispatch({ type: 'progress', progress });
      });
      return isCurrent(op) ? result : undefined;
    } catch (error) {
      if (!isCurrent(op)) return undefined;
      if (error instanceof NoRegisterError) {
        dispatch({
          type: 'found',
          register: false,
          notice: { intent: 'warning', text: error.message },
        });
        return undefined;
      }
      dispatch({
        type: 'failed',
        title: 'The register could not be read',
        message: messageOf(error, 'reading the register'),
        retry: purpose === 'audit' ? 'audit' : 'validate',
      });
      return undefined;
    }
  };

  const run = (notice?: Notice) =>
    exclusive('Validating', async (op) => {
      if (!env?.workbook) return;
      const result = await check(op, env.workbook, 'validate');
      if (result) dispatch({ type: 'validated', result, ...(notice ? { notice } : {}) });
    });

  /**
   * Reads and audits the register again, then writes the audit sheet from that result: the
   * sheet's "Generated at" is now, so its findings must be of now too.
   */
  const auditSheet = () =>
    exclusive('Writing the audit sheet', async (op) => {
      if (!env?.workbook) return;
      const result = await check(op, env.workbook, 'audit');
      if (!result) return;
      dispatch({ type: 'validated', result });
      let notice: Notice;
      try {
        const sheet = await writeAudit(
          env.workbook,
          result,
          env.workbookName || 'this workbook',
          clock,
        );
        notice = { intent: 'success', text: `Audit written to the sheet “${sheet}”.` };
      } catch (error) {
        notice = {
          intent: 'error',
          title: 'Audit sheet failed',
          text: messageOf(error, 'writing the audit sheet'),
        };
      }
      if (isCurrent(op)) dispatch({ type: 'notice', notice });
    });

  /** Adds an import to the Usage table, then validates again to show what it changes. */
  const addEvidence = async (evidence: Evidence): Promise<boolean> => {
    const added = await exclusive('Adding to the Usage table', async (op) => {
      if (!env?.workbook) return false;
      let notice: Notice;
      try {
        const to = await env.workbook.appendUsage(usageTableRows(evidence));
        const columns =
          to.addedColumns.length > 0
            ? ` The table got the column${to.addedColumns.length > 1 ? 's' : ''} ${to.addedColumns.join(', ')}.`
            : '';
        const where = `${to.created ? 'a new Usage table on ' : ''}the ${to.sheet} sheet, rows ${to.firstRow}–${to.lastRow}`;
        notice = {
          intent: 'success',
          text: `Added ${to.rows} ${to.rows === 1 ? 'row' : 'rows'} from ${usageTableSource(evidence)} to ${where}.${columns}`,
        };
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
      const result = await check(op, env.workbook, 'evidence');
      if (result) dispatch({ type: 'validated', result, notice });
      return true;
    });
    return added === true;
  };

  /**
   * Runs a short action (Go to, Save settings) and says how it went in a notice; `what` is
   * what the pane shows while it runs ("Saving the settings"), `failed` the title if it fails.
   */
  const act = (
    what: string,
    failed: string,
    body: (workbook: InteractiveWorkbook) => Promise<string>,
  ) =>
    exclusive(what, async (op) => {
      if (!env?.workbook) return;
      let notice: Notice;
      try {
        notice = { intent: 'success', text: await body(env.workbook) };
      } catch (error) {
        notice = { intent: 'error', title: failed, text: messageOf(error, what.toLowerCase()) };
      }
      if (isCurrent(op)) dispatch({ type: 'notice', notice });
    });

  const goTo = (finding: Finding) => {
    if (state.kind !== 'results') return;
    const target = goToTarget(state.result, finding);
    if (!target) return;
    const { key } = target;
    void act('Going to the cell', 'Go to failed', async (workbook) => {
      const to = await workbook.goTo(target);
      if (to.lost) return `The record ${key ?? ''} was not found any more; selected ${to.address}.`;
      return to.moved
        ? `Rows moved since validation: ${key ?? 'the record'} is now at ${to.address}.`
        : `Selected ${to.address}.`;
    });
  };

  const create = () =>
    exclusive('Creating the register', async () => {
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
    });

  const saveSettings = (value: RegisterSettings) => {
    const wanted = setOnly(value);
    const shown = state.kind === 'results' ? state.result : undefined;
    void act('Saving the settings', 'Save settings failed', async (workbook) => {
      const saved = await workbook.saveSettings(wanted);
      // The sheet holds them now: the next validation reads them there.
      setOverrides({});
      setFormKey((k) => k + 1);
      const said = `Settings saved to the ${saved.sheet} sheet.`;
      return shown && !judgedWith(shown, wanted) ? `${said} Validate again to apply them.` : said;
    });
  };

  const evidenceImport = (
    <EvidenceImport
      today={clock.today()}
      result={state.kind === 'results' ? state.result : undefined}
      disabled={!idle}
      onAdd={addEvidence}
    />
  );

  const settingsForm = (
    <SettingsForm
      key={formKey}
      value={overrides}
      onChange={setOverrides}
      disabled={!idle}
      onSave={saveSettings}
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
          <NoRegister onCreate={() => void create()} onValidate={() => void run()} busy={!idle} />
        </>
      )}
      {state.kind === 'ready' && (
        <>
          {state.notice && <NoticeBar notice={state.notice} />}
          {settingsForm}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!idle} onClick={() => void run()}>
              Validate
            </Button>
          </div>
          <Divider />
          {evidenceImport}
        </>
      )}
      {state.kind === 'validating' && (
        <Validating
          purpose={state.purpose}
          progress={state.progress}
          onCancel={() => {
            if (cancel()) dispatch({ type: 'cancelled' });
          }}
        />
      )}
      {state.kind === 'error' && (
        <ErrorView
          title={state.title}
          message={state.message}
          disabled={!idle}
          onRetry={() =>
            void (state.retry === 'start'
              ? begin()
              : state.retry === 'audit'
                ? auditSheet()
                : run())
          }
        />
      )}
      {state.kind === 'results' && (
        <>
          {state.notice && (
            <NoticeBar notice={state.notice} onDismiss={() => dispatch({ type: 'dismiss' })} />
          )}
          <Summary result={state.result} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!idle} onClick={() => void auditSheet()}>
              Write audit sheet
            </Button>
            <Button disabled={!idle} onClick={() => void run()}>
              Validate again
            </Button>
            {busy && <Spinner size="tiny" labelPosition="after" label={`${busy}...`} />}
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
            <Findings findings={state.result.findings} onGoTo={goTo} disabled={!idle} />
          </section>
          <Divider />
          {evidenceImport}
        </>
      )}
    </main>
  );
}
