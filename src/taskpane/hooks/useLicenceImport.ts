/**
 * The licence-records import's state, without rendering: the export the admin gave (a chosen
 * file or pasted text), what the import made of it, the rows the register does not have yet
 * (planned against the last validation), and the add and cancel actions.
 * components/LicenceImport.tsx renders it.
 */
import { useMemo, useRef, useState } from 'react';
import {
  isImportProblem,
  planImport,
  readImport,
  readImportText,
  type AuditResult,
  type ImportFile,
  type ImportPlan,
  type ImportProblem,
} from '../../core';
import { cultureOf, fileBytes, PASTED } from '../evidence';

export interface LicenceImportOptions {
  /** The last validation: the rows it read are not added again. Without one, nothing is added. */
  readonly result?: AuditResult;
  readonly disabled?: boolean;
  /** Adds the rows to the register; resolves true when they were added. */
  readonly onAdd: (plan: ImportPlan) => Promise<boolean>;
}

type Input =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'text'; readonly text: string };

export interface LicenceImportState {
  readonly file: React.RefObject<HTMLInputElement>;
  readonly input?: Input;
  readonly outcome?: ImportFile | ImportProblem;
  /** What would be added: the lines the register does not have. */
  readonly plan?: ImportPlan;
  readonly pasting: boolean;
  readonly pasted: string;
  readonly readError?: string;
  readonly adding: boolean;
  readonly busy: boolean;
  readonly choose: (chosen: File | undefined) => Promise<void>;
  readonly togglePasting: () => void;
  readonly setPasted: (text: string) => void;
  readonly readPasted: () => void;
  readonly add: () => Promise<void>;
  readonly cancel: () => void;
}

export function useLicenceImport({
  result,
  disabled,
  onAdd,
}: LicenceImportOptions): LicenceImportState {
  const file = useRef<HTMLInputElement>(null);
  const [input, setInput] = useState<Input>();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [adding, setAdding] = useState(false);
  const [readError, setReadError] = useState<string>();
  const culture = cultureOf(typeof navigator === 'undefined' ? undefined : navigator.language);

  const outcome = useMemo(() => {
    if (!input) return undefined;
    return input.kind === 'file'
      ? readImport(input.bytes, { source: input.name, culture })
      : readImportText(input.text, { source: PASTED, culture });
  }, [input, culture]);
  const read = outcome && !isImportProblem(outcome) ? outcome : undefined;
  const plan = useMemo(
    () =>
      read && result
        ? planImport([read], { register: result.register, name: 'the register' })
        : undefined,
    [read, result],
  );

  const cancel = () => {
    setInput(undefined);
    setPasted('');
    setPasting(false);
    setReadError(undefined);
    if (file.current) file.current.value = '';
  };

  return {
    file,
    ...(input ? { input } : {}),
    ...(outcome ? { outcome } : {}),
    ...(plan ? { plan } : {}),
    pasting,
    pasted,
    ...(readError ? { readError } : {}),
    adding,
    busy: disabled === true || adding,
    choose: async (chosen) => {
      if (!chosen) return;
      try {
        setInput({ kind: 'file', name: chosen.name, bytes: await fileBytes(chosen) });
        setPasting(false);
        setReadError(undefined);
      } catch (error) {
        setInput(undefined);
        setReadError(
          `The file "${chosen.name}" could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was added.`,
        );
      }
    },
    togglePasting: () => setPasting(!pasting),
    setPasted,
    readPasted: () => setInput({ kind: 'text', text: pasted }),
    add: async () => {
      if (!plan) return;
      setAdding(true);
      const added = await onAdd(plan);
      setAdding(false);
      if (added) cancel();
    },
    cancel,
  };
}
