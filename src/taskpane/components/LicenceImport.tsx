/**
 * Licence records: choose or paste an export of Snipe-IT, GLPI, ConfigMgr or the Microsoft 365
 * admin center, see what it holds (format, lines to add, lines left out, notes, the first
 * rows), then add the lines the register does not have with a button that says what it
 * writes. Existing rows are never changed. The state is useLicenceImport's; this renders it.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { isImportProblem, type ImportPlan } from '../../core';
import type { RegisterRowsAdded } from '../../excel/port';
import { useLicenceImport, type LicenceImportOptions } from '../hooks/useLicenceImport';

import { IMPORT_STYLES, PREVIEW_ROWS } from './import-styles';

const useStyles = makeStyles({
  ...IMPORT_STYLES,
  licence: { width: '70%', overflowWrap: 'anywhere' },
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Add 12 purchase lines to the Purchases table (and 3 assignments to the Assignments table)". */
export function addLabel(plan: ImportPlan): string {
  const parts = [
    plan.purchases.length > 0
      ? `${plural(plan.purchases.length, 'purchase line')} to the Purchases table`
      : '',
    plan.assignments.length > 0
      ? `${plural(plan.assignments.length, 'assignment')} to the Assignments table`
      : '',
  ].filter((p) => p !== '');
  return `Add ${parts.join(' and ')}`;
}

/**
 * What was added, where: "Added 12 purchase lines to the Purchases sheet (rows 6–17) and 1
 * assignment to the Assignments sheet (row 4)."
 */
export function licenceRecordsAdded(to: RegisterRowsAdded): string {
  const where = to.tables.map((t) => {
    const what =
      t.role === 'Purchases' ? plural(t.rows, 'purchase line') : plural(t.rows, 'assignment');
    const rows = t.firstRow === t.lastRow ? `row ${t.firstRow}` : `rows ${t.firstRow}–${t.lastRow}`;
    return `${what} to the ${t.sheet} sheet (${rows})`;
  });
  return `Added ${where.join(' and ')}.`;
}

function Preview({ plan }: { readonly plan: ImportPlan }) {
  const styles = useStyles();
  const rows = [
    ...plan.purchases.map((p) => ({ licence: p.licence, what: String(p.quantity ?? '') })),
    ...plan.assignments.map((a) => ({
      licence: a.licence,
      what: a.account || a.device || a.assignedTo,
    })),
  ].slice(0, PREVIEW_ROWS);
  if (rows.length === 0) return null;
  return (
    <Table size="extra-small" className={styles.table} aria-label="First rows to add">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.licence}>Licence</TableHeaderCell>
          <TableHeaderCell>Quantity or holder</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={`${row.licence}-${i}`}>
            <TableCell className={styles.licence}>{row.licence}</TableCell>
            <TableCell className={styles.cell}>{row.what}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function LicenceImport(props: LicenceImportOptions) {
  const styles = useStyles();
  const state = useLicenceImport(props);
  const { file, input, outcome, plan, pasting, pasted, readError, adding, busy } = state;
  const count = plan ? plan.purchases.length + plan.assignments.length : 0;
  return (
    <section className={styles.section} aria-labelledby="licence-records-title">
      <Subtitle2 as="h2" id="licence-records-title">
        Licence records
      </Subtitle2>
      <Caption1>
        Snipe-IT, GLPI, ConfigMgr or Microsoft 365 admin center exports (.csv): previewed, then the
        lines the register does not have are added to Purchases and Assignments when you say so.
      </Caption1>
      <div className={styles.actions}>
        <Button size="small" disabled={busy} onClick={() => file.current?.click()}>
          Choose licence export
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={busy}
          aria-expanded={pasting}
          onClick={state.togglePasting}
        >
          Paste licence export
        </Button>
        <input
          ref={file}
          className={styles.hidden}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-label="Licence records file"
          onChange={(event) => void state.choose(event.target.files?.[0])}
        />
      </div>
      {pasting && (
        <>
          <Field label="Licence export text" hint="Paste the CSV, header row included.">
            <Textarea
              value={pasted}
              resize="vertical"
              onChange={(_, d) => state.setPasted(d.value)}
            />
          </Field>
          <div>
            <Button size="small" disabled={busy || pasted.trim() === ''} onClick={state.readPasted}>
              Read pasted records
            </Button>
          </div>
        </>
      )}
      {readError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{readError}</MessageBarBody>
        </MessageBar>
      )}
      {input && outcome && (
        <div className={styles.preview} role="group" aria-label="Licence export preview">
          {isImportProblem(outcome) ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {input.kind === 'file'
                    ? `"${input.name}" cannot be imported`
                    : 'This text cannot be imported'}
                </MessageBarTitle>
                {outcome.message} Nothing was added.
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Text weight="semibold">{outcome.label}</Text>
              <Text>
                {plural(outcome.lines, 'line')} from {outcome.source}:{' '}
                {plural(outcome.purchases.length, 'purchase line')}
                {outcome.assignments.length > 0
                  ? ` and ${plural(outcome.assignments.length, 'assignment')}`
                  : ''}
                {plan ? `; ${plural(count, 'line')} the register does not have yet.` : '.'}
              </Text>
              {[...outcome.notes, ...(plan?.notes ?? [])].map((note) => (
                <MessageBar key={note} intent="info" layout="multiline">
                  <MessageBarBody>{note}</MessageBarBody>
                </MessageBar>
              ))}
              {!plan && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    Validate the register first: the records are checked against its rows, so none
                    is added twice.
                  </MessageBarBody>
                </MessageBar>
              )}
              {plan && <Preview plan={plan} />}
            </>
          )}
          <div className={styles.actions}>
            {plan && count > 0 && (
              <Button
                appearance="primary"
                size="small"
                disabled={busy}
                onClick={() => void state.add()}
              >
                {addLabel(plan)}
              </Button>
            )}
            {plan && count === 0 && (
              <Text>The register already has every line of this export.</Text>
            )}
            <Button size="small" disabled={adding} onClick={state.cancel}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
