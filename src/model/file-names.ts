/** The configuration of one repository, at its root (format.md, kind `config`). */
export const CONFIG_FILE = 'samverkan.yaml';

/** Several repositories seen as one (format.md, kind `workspace`), found in the current folder. */
export const WORKSPACE_FILE = 'samverkan-workspace.yaml';
