/**
 * The task pane's state and workflows, without rendering (as Fluent UI v9 splits a component
 * into a state hook and a render function): start-up, validate, write the audit sheet, add
 * evidence, Go to, create the register and save settings, one operation at a time through
 * the RegisterWorkbook port. App.tsx renders what this returns.
 */
import { useCallback, useEffect, useReducer, useState } from 'react';
import {
  dayToIso,
  languageOf,
  type AuditResult,
  type EvidenceImport,
  type Finding,
  type ImportPlan,
  type Language,
  usageTableRows,
} from '../../core';
import type { InteractiveWorkbook, RegisterSettings } from '../../excel/port';
import { LOCAL_CLOCK, NoRegisterError, setOnly, validate, writeAudit } from '../controller';
import { licenceRecordsAdded } from '../components/LicenceImport';
import { addedText } from '../evidence';
import { goToTarget } from '../go-to';
import { messageOf } from '../messages';
import { INITIAL, reduce, type Notice, type Purpose } from '../state';
import type { Environment, Pane } from './pane-types';
import { useOperations, type Operation } from './useOperations';

export type { Environment, Pane } from './pane-types';

/** Whether the shown result was judged with these settings (so saving them changes nothing shown). */
function judgedWith(result: AuditResult, settings: RegisterSettings): boolean {
  return (
    (settings.asOf === undefined || dayToIso(result.asOf) === settings.asOf) &&
    (settings.staleDays === undefined || result.staleDays === settings.staleDays)
  );
}

export function usePane(start: () => Promise<Environment>): Pane {
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

  const addEvidence = async (evidence: EvidenceImport): Promise<boolean> => {
    const added = await exclusive('Adding to the Usage table', async (op) => {
      if (!env?.workbook) return false;
      let notice: Notice;
      try {
        const to = await env.workbook.appendUsage(usageTableRows(evidence));
        notice = { intent: 'success', text: addedText(evidence, to) };
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

  const addLicenceRecords = async (plan: ImportPlan): Promise<boolean> => {
    const shown = state.kind === 'results' ? state.result : undefined;
    const added = await exclusive('Adding licence records', async (op) => {
      if (!env?.workbook || !shown) return false;
      let notice: Notice;
      try {
        const to = await env.workbook.appendRegisterRows(plan, shown.register.tables);
        notice = { intent: 'success', text: licenceRecordsAdded(to) };
      } catch (error) {
        dispatch({
          type: 'notice',
          notice: {
            intent: 'error',
            title: 'Add licence records failed',
            text: messageOf(error, 'adding the licence records'),
          },
        });
        return false;
      }
      const result = await check(op, env.workbook, 'validate');
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

  const create = (language?: Language) =>
    exclusive('Creating the register', async () => {
      if (!env?.workbook) return;
      try {
        await env.workbook.createTemplate(language);
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

  return {
    state,
    clock,
    ...(busy !== undefined ? { busy } : {}),
    idle: busy === undefined,
    overrides,
    setOverrides,
    formKey,
    validate: () => void run(),
    writeAuditSheet: () => void auditSheet(),
    retry: () => {
      if (state.kind !== 'error') return;
      void (state.retry === 'start' ? begin() : state.retry === 'audit' ? auditSheet() : run());
    },
    addEvidence,
    addLicenceRecords,
    goTo,
    registerLanguage: languageOf(env?.displayLanguage) ?? 'en',
    createRegister: (language?: Language) => void create(language),
    saveSettings,
    cancel: () => {
      if (cancel()) dispatch({ type: 'cancelled' });
    },
    dismiss: () => dispatch({ type: 'dismiss' }),
  };
}
