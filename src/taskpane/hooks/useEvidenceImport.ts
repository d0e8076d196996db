/**
 * The evidence import's state, without rendering: what the admin gave (a chosen file or
 * pasted text), how its dates are read, its capture date, what the import made of it, and the
 * add and cancel actions. components/EvidenceImport.tsx renders it.
 */
import { useMemo, useRef, useState } from 'react';
import {
  dayToIso,
  isoToDay,
  localDay,
  usageTableRows,
  type AuditResult,
  type DateCulture,
  type EvidenceImport,
  type EvidenceProblem,
} from '../../core';
import {
  alreadyImported,
  columnsNote,
  columnsToAdd,
  cultureOf,
  fileBytes,
  isEvidenceProblem,
  readExport,
  type ExportInput,
} from '../evidence';

export interface EvidenceImportOptions {
  /** Today, as a day number: the capture date of pasted text. */
  readonly today: number;
  /** The last validation, to notice an export already in the Usage table. */
  readonly result?: AuditResult;
  readonly disabled?: boolean;
  /** Adds the import to the Usage table; resolves true when it was added. */
  readonly onAdd: (evidence: EvidenceImport) => Promise<boolean>;
}

export interface EvidenceImportState {
  /** The hidden file input the "Choose export file" button opens. */
  readonly file: React.RefObject<HTMLInputElement>;
  readonly input?: ExportInput;
  /** What the import made of the input: the evidence, or why it cannot be used. */
  readonly outcome?: EvidenceImport | EvidenceProblem;
  /** The usable evidence, when the outcome is one. */
  readonly evidence?: EvidenceImport;
  /** Rows it would add to the Usage table. */
  readonly rows: number;
  /** Columns they would add at the Usage table's right; undefined before a validation. */
  readonly columns?: readonly string[];
  /** What the pane says of those columns and of what the import lists in full. */
  readonly columnsNote?: string;
  readonly pasting: boolean;
  readonly pasted: string;
  readonly culture: DateCulture;
  /** The capture date typed (ISO), used when the export gives none. */
  readonly captured: string;
  /** The export gives its own capture date. */
  readonly ownDate: boolean;
  readonly capturedDay?: number;
  /** The Usage table already holds this export, captured the same day. */
  readonly duplicate: boolean;
  readonly readError?: string;
  readonly adding: boolean;
  /** Another operation runs, or this one adds. */
  readonly busy: boolean;
  readonly choose: (chosen: File | undefined) => Promise<void>;
  readonly togglePasting: () => void;
  readonly setPasted: (text: string) => void;
  readonly readPasted: () => void;
  readonly setCulture: (culture: DateCulture) => void;
  readonly setCaptured: (iso: string) => void;
  readonly add: () => Promise<void>;
  readonly cancel: () => void;
}

export function useEvidenceImport({
  today,
  result,
  disabled,
  onAdd,
}: EvidenceImportOptions): EvidenceImportState {
  const file = useRef<HTMLInputElement>(null);
  const [input, setInput] = useState<ExportInput>();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [culture, setCulture] = useState<DateCulture>(() =>
    cultureOf(typeof navigator === 'undefined' ? undefined : navigator.language),
  );
  const [captured, setCaptured] = useState('');
  const [adding, setAdding] = useState(false);
  const [readError, setReadError] = useState<string>();

  const capturedDay = isoToDay(captured);
  const outcome = useMemo(
    () => (input ? readExport(input, culture, capturedDay) : undefined),
    [input, culture, capturedDay],
  );

  const start = (next: ExportInput, day: number) => {
    setInput(next);
    setCaptured(dayToIso(day));
    setReadError(undefined);
  };

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    try {
      const bytes = await fileBytes(chosen);
      const modified = localDay(new Date(chosen.lastModified));
      start({ kind: 'file', name: chosen.name, bytes, modified }, modified);
      setPasting(false);
    } catch (error) {
      setInput(undefined);
      setReadError(
        `The file "${chosen.name}" could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was added.`,
      );
    }
  };

  const cancel = () => {
    setInput(undefined);
    setPasted('');
    setPasting(false);
    setReadError(undefined);
    if (file.current) file.current.value = '';
  };

  const evidence = outcome && !isEvidenceProblem(outcome) ? outcome : undefined;
  const tableRows = useMemo(() => (evidence ? usageTableRows(evidence) : []), [evidence]);
  const columns = useMemo(
    () => (evidence ? columnsToAdd(result, tableRows) : undefined),
    [evidence, result, tableRows],
  );
  const note = evidence ? columnsNote(evidence, columns) : undefined;

  const add = async () => {
    if (!evidence) return;
    setAdding(true);
    const added = await onAdd(evidence);
    setAdding(false);
    if (added) cancel();
  };

  return {
    file,
    ...(input ? { input } : {}),
    ...(outcome ? { outcome } : {}),
    ...(evidence ? { evidence } : {}),
    rows: tableRows.length,
    ...(columns ? { columns } : {}),
    ...(note ? { columnsNote: note } : {}),
    pasting,
    pasted,
    culture,
    captured,
    ownDate: evidence?.capturedOn !== undefined && evidence.capturedOn !== capturedDay,
    ...(capturedDay !== undefined ? { capturedDay } : {}),
    duplicate: evidence !== undefined && alreadyImported(result, evidence),
    ...(readError ? { readError } : {}),
    adding,
    busy: disabled === true || adding,
    choose,
    togglePasting: () => setPasting(!pasting),
    setPasted,
    readPasted: () => start({ kind: 'text', text: pasted }, today),
    setCulture,
    setCaptured,
    add,
    cancel,
  };
}
