/**
 * Evidence of use: choose an export file or paste one, see what it holds (format, accounts,
 * capture date, notes, the first rows), then add it to the Usage table with a button that
 * says so. A file that cannot be used says why and adds nothing. The state and actions are
 * useEvidenceImport's (hooks/useEvidenceImport.ts); this file renders them.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
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
import {
  dayToIso,
  DATE_CULTURES,
  usageTableRows,
  usageTableSource,
  type DateCulture,
  type EvidenceImport,
} from '../../core';
import { isEvidenceProblem } from '../evidence';
import { useEvidenceImport, type EvidenceImportOptions } from '../hooks/useEvidenceImport';

import { IMPORT_STYLES, PREVIEW_ROWS } from './import-styles';

const useStyles = makeStyles({
  ...IMPORT_STYLES,
  account: { width: '44%', overflowWrap: 'anywhere' },
  date: { width: '32%' },
  status: { width: '24%' },
});

function Preview({ evidence }: { readonly evidence: EvidenceImport }) {
  const styles = useStyles();
  const rows = usageTableRows(evidence).slice(0, PREVIEW_ROWS);
  if (rows.length === 0) return null;
  return (
    <Table size="extra-small" className={styles.table} aria-label="First rows of the export">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.account}>Account</TableHeaderCell>
          <TableHeaderCell className={styles.date}>Last logon</TableHeaderCell>
          <TableHeaderCell className={styles.status}>Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, i) => (
          <TableRow key={`${row.account}-${i}`}>
            <TableCell className={styles.account}>{row.account}</TableCell>
            <TableCell className={styles.cell}>
              {row.lastLogon !== undefined ? dayToIso(row.lastLogon) : ''}
            </TableCell>
            <TableCell className={styles.cell}>{row.status ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The button says everything it adds: "Add 120 rows and 1 column to the Usage table". */
function addLabel(rows: number, columns: number): string {
  const added = [`${rows} ${rows === 1 ? 'row' : 'rows'}`];
  if (columns > 0) added.push(`${columns} ${columns === 1 ? 'column' : 'columns'}`);
  return `Add ${added.join(' and ')} to the Usage table`;
}

export function EvidenceImport(props: EvidenceImportOptions) {
  const styles = useStyles();
  const {
    file,
    input,
    outcome,
    evidence,
    rows,
    columns,
    columnsNote,
    pasting,
    pasted,
    culture,
    captured,
    ownDate,
    capturedDay,
    duplicate,
    readError,
    adding,
    busy,
    choose,
    togglePasting,
    setPasted,
    readPasted,
    setCulture,
    setCaptured,
    add,
    cancel,
  } = useEvidenceImport(props);

  return (
    <section className={styles.section} aria-labelledby="evidence-title">
      <Subtitle2 as="h2" id="evidence-title">
        Evidence of use
      </Subtitle2>
      <Caption1>
        Exchange CAL reports, Get-Mailbox, Get-ADUser or Microsoft 365 exports (.csv): checked
        against the register, then added to the Usage table when you say so.
      </Caption1>
      <div className={styles.actions}>
        <Button size="small" disabled={busy} onClick={() => file.current?.click()}>
          Choose export file
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={busy}
          aria-expanded={pasting}
          onClick={togglePasting}
        >
          Paste export
        </Button>
        <input
          ref={file}
          className={styles.hidden}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-label="Export file"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {pasting && (
        <>
          <Field label="Export text" hint="Paste the CSV, header row included.">
            <Textarea
              value={pasted}
              resize="vertical"
              onChange={(_, data) => setPasted(data.value)}
            />
          </Field>
          <div>
            <Button size="small" disabled={busy || pasted.trim() === ''} onClick={readPasted}>
              Read pasted text
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
        <div className={styles.preview} role="group" aria-label="Export preview">
          <Field label="Dates in the export" hint="How the computer that made it writes dates.">
            <Select
              value={culture}
              disabled={busy}
              onChange={(_, data) => setCulture(data.value as DateCulture)}
            >
              {DATE_CULTURES.map((c) => (
                <option key={c.culture} value={c.culture}>
                  {c.culture} ({c.example})
                </option>
              ))}
            </Select>
          </Field>
          {isEvidenceProblem(outcome) ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {input.kind === 'file'
                    ? `"${input.name}" cannot be used`
                    : 'This text cannot be used'}
                </MessageBarTitle>
                {outcome.message} Nothing was added.
              </MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Text weight="semibold">{outcome.label}</Text>
              <Text>
                {rows} {rows === 1 ? 'account' : 'accounts'} from {outcome.source}
                {outcome.completeFor
                  ? `: every user of ${outcome.completeFor}, so a holder it leaves out has not used that CAL.`
                  : '.'}
              </Text>
              <Field
                label="Captured on"
                hint={
                  ownDate
                    ? 'The date the export gives.'
                    : input.kind === 'file'
                      ? "The file's date; change it if the export was made earlier."
                      : 'Today; change it if the export was made earlier.'
                }
                validationState={!ownDate && capturedDay === undefined ? 'warning' : 'none'}
                validationMessage={
                  !ownDate && capturedDay === undefined
                    ? 'Without a date, the evidence counts as of unknown age.'
                    : undefined
                }
              >
                <Input
                  type="date"
                  value={
                    ownDate && outcome.capturedOn !== undefined
                      ? dayToIso(outcome.capturedOn)
                      : captured
                  }
                  disabled={busy || ownDate}
                  onChange={(_, data) => setCaptured(data.value)}
                />
              </Field>
              {outcome.notes.map((note) => (
                <MessageBar key={note} intent="info" layout="multiline">
                  <MessageBarBody>{note}</MessageBarBody>
                </MessageBar>
              ))}
              {columnsNote && (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{columnsNote}</MessageBarBody>
                </MessageBar>
              )}
              {duplicate && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    The Usage table already holds {usageTableSource(outcome)} captured on that day:
                    adding it again would list every account twice.
                  </MessageBarBody>
                </MessageBar>
              )}
              <Preview evidence={outcome} />
            </>
          )}
          <div className={styles.actions}>
            {evidence && (
              <Button
                appearance="primary"
                size="small"
                disabled={busy || duplicate || rows === 0}
                onClick={() => void add()}
              >
                {addLabel(rows, columns?.length ?? 0)}
              </Button>
            )}
            <Button size="small" disabled={adding} onClick={cancel}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
