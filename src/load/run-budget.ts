import type { Diagnostic } from '../model/diagnostic.js';
import type { Lang } from '../model/lang.js';
import { createDiagnostic } from '../model/messages.js';
import { LIMITS } from './limits.js';
import type { LoadedFile } from './loaded-document.js';
import { FILE_MESSAGES } from './messages.js';

/**
 * What one run (one repository load) may still read, across its files: documents, and nodes that
 * aliases expand to. The limits per file keep one file from exhausting memory; these keep many
 * files, each within its own limits, from doing it together (README, "Gränser").
 */
export class RunBudget {
  aliasNodes: number;
  documents: number;

  /** `limits` are LIMITS' but in tests. */
  constructor(readonly limits: Readonly<Record<'maxAliasNodes' | 'maxAliasNodesPerRun' | 'maxDocumentsPerRun', number>> = LIMITS) {
    this.aliasNodes = limits.maxAliasNodesPerRun;
    this.documents = limits.maxDocumentsPerRun;
  }

  /** A file's share of the aliases' budget. */
  forFile(): AliasBudget {
    return new AliasBudget(this.limits.maxAliasNodes, this);
  }

  /** Whether another file may be read at all: not once the run's documents are used up. */
  get full(): boolean {
    return this.documents <= 0;
  }

  /**
   * Takes a parsed file's documents from the budget; those beyond it are dropped, with a finding at
   * the first of them (or on the file, when none of it could be read).
   */
  take(file: LoadedFile, lang: Lang): LoadedFile {
    const kept = Math.max(0, Math.min(this.documents, file.documents.length));
    this.documents -= file.documents.length;
    if (kept === file.documents.length) return file;
    const first = file.documents[kept];
    const start = first ? first.source.positionAt(first.span[0]) : { line: 1, column: 1 };
    return { ...file, documents: file.documents.slice(0, kept), diagnostics: [...file.diagnostics, this.limit(file.path, lang, start)] };
  }

  /** The finding for a file, or the rest of one, left unread because the run's documents are used up. */
  limit(path: string, lang: Lang, start = { line: 1, column: 1 }): Diagnostic {
    return createDiagnostic(
      {
        rule: 'file/document-limit',
        messageId: 'document-limit',
        spec: FILE_MESSAGES['document-limit'],
        data: { max: this.limits.maxDocumentsPerRun },
        file: path,
        start,
      },
      lang,
    );
  }
}

/** What aliases may still expand to: a file's share, and what is left of its run's. */
export class AliasBudget {
  constructor(
    private file: number,
    private readonly run: RunBudget,
  ) {}

  /** Takes one node; says which limit ran out instead, if one did. */
  spend(): 'file' | 'run' | undefined {
    if (this.file <= 0) return 'file';
    if (this.run.aliasNodes <= 0) return 'run';
    this.file -= 1;
    this.run.aliasNodes -= 1;
    return undefined;
  }

  /** A budget left as this one is now that spends on its own: for reading the same file twice. */
  fork(): AliasBudget {
    const run = new RunBudget(this.run.limits);
    run.aliasNodes = this.run.aliasNodes;
    return new AliasBudget(this.file, run);
  }
}
