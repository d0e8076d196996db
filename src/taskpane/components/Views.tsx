/** The small views of the pane's states: loading, outside Excel, no register, validating, error. */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Field,
  ProgressBar,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../core';
import type { ReadProgress } from '../../excel/port';
import type { Notice, Purpose } from '../state';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function Loading() {
  return <Spinner label="Opening CAL Register..." />;
}

export function OutsideExcel() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>CAL Register runs inside Excel</MessageBarTitle>
        Open the add-in from the Home tab of Excel (Windows, Mac or Excel on the web) with your
        register workbook open.
      </MessageBarBody>
    </MessageBar>
  );
}

export function NoticeBar({
  notice,
  onDismiss,
}: {
  readonly notice: Notice;
  readonly onDismiss?: () => void;
}) {
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            Dismiss
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export interface NoRegisterProps {
  readonly onCreate: (language: Language) => void;
  readonly onValidate: () => void;
  readonly busy: boolean;
  /** The language offered first (Office's display language, else English). */
  readonly language?: Language;
}

export function NoRegister({ onCreate, onValidate, busy, language = 'en' }: NoRegisterProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<Language>(language);
  return (
    <div className={styles.stack}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>No register in this workbook yet</MessageBarTitle>
          CAL Register looks for Purchases and Assignments tables or sheets. Create an empty
          register here, or validate anyway if your register is on sheets with other names.
        </MessageBarBody>
      </MessageBar>
      <Field
        label="Language of the register"
        hint="Its headers, sheet and setting names. Registers in every one of these languages are read."
      >
        <Select
          value={chosen}
          disabled={busy}
          onChange={(_, data) => setChosen(data.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onCreate(chosen)} disabled={busy}>
          Create register
        </Button>
        <Button onClick={onValidate} disabled={busy}>
          Validate anyway
        </Button>
      </div>
    </div>
  );
}

function progressText(progress: ReadProgress | undefined): string {
  if (!progress) return 'Reading the register...';
  const rows = progress.rows.toLocaleString('en-GB');
  return progress.total
    ? `Reading ${progress.sheet}: ${rows} of ${progress.total.toLocaleString('en-GB')} rows`
    : `Reading ${progress.sheet}: ${rows} rows`;
}

/** Why the register is read again, when it is not a plain Validate. */
const READING_FOR: Record<Purpose, string | undefined> = {
  validate: undefined,
  audit: 'Checking the register again for the audit sheet: it shows the register as it is now.',
  evidence: 'Validating again with the evidence added.',
};

export function Validating({
  purpose = 'validate',
  progress,
  onCancel,
}: {
  readonly purpose?: Purpose;
  readonly progress?: ReadProgress;
  readonly onCancel: () => void;
}) {
  const styles = useStyles();
  const value = progress?.total ? Math.min(1, progress.rows / progress.total) : undefined;
  const text = progressText(progress);
  const why = READING_FOR[purpose];
  return (
    <div className={styles.stack} role="status" aria-live="polite">
      {why && <Text weight="semibold">{why}</Text>}
      <Text>{text}</Text>
      <ProgressBar value={value} aria-label={text} />
      <div>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}

export function ErrorView({
  title,
  message,
  onRetry,
  disabled,
}: {
  readonly title: string;
  readonly message: string;
  readonly onRetry: () => void;
  readonly disabled?: boolean;
}) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry} disabled={disabled}>
          Try again
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
