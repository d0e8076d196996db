/**
 * The task pane: one state at a time (loading, outside Excel, no register, ready, validating,
 * results, error). This file only renders; the state and the workflows behind the buttons
 * are usePane's (hooks/usePane.ts).
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
import { EvidenceImport } from './components/EvidenceImport';
import { Findings } from './components/Findings';
import { LicenceImport } from './components/LicenceImport';
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
import { usePane, type Environment } from './hooks/usePane';

export type { Environment } from './hooks/usePane';

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

export function App({ start }: { readonly start: () => Promise<Environment> }) {
  const styles = useStyles();
  const pane = usePane(start);
  const { state, idle } = pane;

  const evidenceImport = (
    <EvidenceImport
      today={pane.clock.today()}
      result={state.kind === 'results' ? state.result : undefined}
      disabled={!idle}
      onAdd={pane.addEvidence}
    />
  );

  const licenceImport = (
    <LicenceImport
      result={state.kind === 'results' ? state.result : undefined}
      disabled={!idle}
      onAdd={pane.addLicenceRecords}
    />
  );

  const settingsForm = (
    <SettingsForm
      key={pane.formKey}
      value={pane.overrides}
      onChange={pane.setOverrides}
      disabled={!idle}
      onSave={pane.saveSettings}
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
          <NoRegister
            onCreate={pane.createRegister}
            onValidate={pane.validate}
            busy={!idle}
            language={pane.registerLanguage}
          />
        </>
      )}
      {state.kind === 'ready' && (
        <>
          {state.notice && <NoticeBar notice={state.notice} />}
          {settingsForm}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!idle} onClick={pane.validate}>
              Validate
            </Button>
          </div>
          <Divider />
          {evidenceImport}
          <Divider />
          {licenceImport}
        </>
      )}
      {state.kind === 'validating' && (
        <Validating purpose={state.purpose} progress={state.progress} onCancel={pane.cancel} />
      )}
      {state.kind === 'error' && (
        <ErrorView
          title={state.title}
          message={state.message}
          disabled={!idle}
          onRetry={pane.retry}
        />
      )}
      {state.kind === 'results' && (
        <>
          {state.notice && <NoticeBar notice={state.notice} onDismiss={pane.dismiss} />}
          <Summary result={state.result} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!idle} onClick={pane.writeAuditSheet}>
              Write audit sheet
            </Button>
            <Button disabled={!idle} onClick={pane.validate}>
              Validate again
            </Button>
            {pane.busy && <Spinner size="tiny" labelPosition="after" label={`${pane.busy}...`} />}
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
            <Findings findings={state.result.findings} onGoTo={pane.goTo} disabled={!idle} />
          </section>
          <Divider />
          {evidenceImport}
          <Divider />
          {licenceImport}
        </>
      )}
    </main>
  );
}
