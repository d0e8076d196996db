import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { isoToDay } from '../../core';
import type { RegisterSettings } from '../../excel/port';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  field: { minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
});

export interface SettingsFormProps {
  readonly value: RegisterSettings;
  readonly onChange: (settings: RegisterSettings) => void;
  readonly onSave: (settings: RegisterSettings) => void;
  readonly disabled?: boolean;
}

/**
 * As-of date and stale threshold as the user sets them: they override the Settings sheet in
 * the next validation and are saved to it on request. An empty field leaves the sheet's
 * value (or today, or 90 days) in force; the summary shows what a validation used.
 */
export function SettingsForm({ value, onChange, onSave, disabled }: SettingsFormProps) {
  const styles = useStyles();
  const [days, setDays] = useState(value.staleDays === undefined ? '' : String(value.staleDays));
  const daysError =
    days !== '' && !(/^\d+$/.test(days) && Number(days) >= 1)
      ? 'A whole number of 1 or more.'
      : undefined;
  const dateError =
    value.asOf !== undefined && isoToDay(value.asOf) === undefined
      ? 'A date such as 2026-11-27.'
      : undefined;
  const valid = !daysError && !dateError;
  // Nothing typed: nothing to save (an empty field never overwrites the sheet's value).
  const empty = value.asOf === undefined && value.staleDays === undefined;
  return (
    <form
      className={styles.form}
      aria-label="Settings"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid && !empty) onSave(value);
      }}
    >
      <div className={styles.row}>
        <Field
          className={styles.field}
          label="As of"
          hint="Empty: the Settings sheet’s, else today"
          validationMessage={dateError}
        >
          <Input
            className={styles.input}
            type="date"
            value={value.asOf ?? ''}
            disabled={disabled}
            onChange={(_, data) =>
              onChange({ ...value, asOf: data.value === '' ? undefined : data.value })
            }
          />
        </Field>
        <Field
          className={styles.field}
          label="Stale after (days)"
          hint="Empty: the Settings sheet’s, else 90"
          validationMessage={daysError}
        >
          <Input
            className={styles.input}
            type="number"
            min={1}
            value={days}
            disabled={disabled}
            onChange={(_, data) => {
              setDays(data.value);
              const n = Number(data.value);
              onChange({
                ...value,
                staleDays: data.value !== '' && Number.isInteger(n) && n >= 1 ? n : undefined,
              });
            }}
          />
        </Field>
      </div>
      <div>
        <Button type="submit" size="small" disabled={disabled || !valid || empty}>
          Save to Settings sheet
        </Button>
      </div>
    </form>
  );
}
