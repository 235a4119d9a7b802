/**
 * The small glob dialect of `config.exclude`, matched against paths relative to the root with `/`:
 * `*` is any run of characters within one folder or file name, `**` any number of folders, `?` one
 * character. A pattern without `/` matches a name at any depth, as in `.gitignore`; a pattern that
 * matches a folder excludes everything below it.
 *
 * A pattern compiles to a small automaton that is run over the path once, keeping the set of
 * places the pattern could be at (Thompson's construction): time grows with the path's length
 * times the pattern's, never exponentially. A regular expression backtracks: `*a*a*a*a*a*a*b`
 * against a long name, or `**` repeated, took minutes. picomatch and minimatch compile to
 * regular expressions too.
 */

/** One state of the automaton; `next` is the state after it, `alt` the other way out of a split. */
type State =
  | { type: 'char'; char: string; next: number }
  | { type: 'name-char'; next: number }
  | { type: 'any-char'; next: number }
  | { type: 'split'; next: number; alt: number }
  | { type: 'match' };

/** A piece of the pattern, in the order it must match. */
type Piece = 'name-run' | 'any-run' | 'folders' | 'name-char' | { char: string };

export function compileGlob(pattern: string): (path: string) => boolean {
  const trimmed = pattern.trim().replace(/\/+$/, '');
  // A slash anywhere but at the end ties the pattern to the root, `./drafts` included.
  const anchored = trimmed.includes('/');
  const glob = trimmed.replace(/^\.?\//, '');
  const pieces: Piece[] = anchored ? [] : ['folders'];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      pieces.push(slash ? 'folders' : 'any-run');
      i += slash ? 2 : 1;
    } else if (c === '*') pieces.push('name-run');
    else if (c === '?') pieces.push('name-char');
    else pieces.push({ char: c });
  }
  return matcher(build(pieces));
}

/** One predicate for a list of patterns. */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  const matchers = patterns.filter((p) => p.trim() !== '').map(compileGlob);
  return (path) => matchers.some((m) => m(path));
}

/**
 * The automaton of the pieces followed by "and optionally `/` and anything": a pattern that
 * matches a folder matches everything below it. Built back to front, so each piece knows the
 * state that follows it.
 */
function build(pieces: readonly Piece[]): State[] {
  const states: State[] = [{ type: 'match' }];
  const add = (state: State): number => states.push(state) - 1;
  // (/.*)? at the end.
  const rest = add({ type: 'split', next: 0, alt: -1 });
  const restLoop = add({ type: 'any-char', next: rest });
  states[rest] = { type: 'split', next: restLoop, alt: 0 };
  const tail = add({ type: 'split', next: add({ type: 'char', char: '/', next: rest }), alt: 0 });
  let next = tail;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i] as Piece;
    if (piece === 'name-char') next = add({ type: 'name-char', next });
    else if (typeof piece === 'object') next = add({ type: 'char', char: piece.char, next });
    else if (piece === 'folders') {
      // (.*/)?: nothing, or anything that ends in a slash.
      const slash = add({ type: 'char', char: '/', next });
      const loop = add({ type: 'split', next: -1, alt: slash });
      states[loop] = { type: 'split', next: add({ type: 'any-char', next: loop }), alt: slash };
      next = add({ type: 'split', next: loop, alt: next });
    } else {
      const loop = add({ type: 'split', next: -1, alt: next });
      const step = piece === 'name-run' ? add({ type: 'name-char', next: loop }) : add({ type: 'any-char', next: loop });
      states[loop] = { type: 'split', next: step, alt: next };
      next = loop;
    }
  }
  states.push({ type: 'split', next, alt: next });
  return states;
}

/**
 * The matcher of an automaton (its start is the last state), turned into a deterministic one as
 * paths need it: each set of states the run can be in is worked out once, with its step for each
 * character met, so the walk's thousands of similar paths cost a table lookup per character. The
 * table is bounded; once full it starts over, which keeps the time linear.
 */
function matcher(states: readonly State[]): (path: string) => boolean {
  const closures = states.map((_, s) => closure(states, s));
  interface Node {
    states: readonly number[];
    accepts: boolean;
    /** The step for each character code met so far. */
    next: (Node | undefined)[];
    /** The table's generation it belongs to. */
    generation: number;
  }
  const interned = new Map<string, Node>();
  let generation = 0;
  const intern = (set: readonly number[]): Node => {
    const sorted = [...set].sort((a, b) => a - b);
    const key = sorted.join(',');
    let node = interned.get(key);
    if (node === undefined) {
      if (interned.size >= MAX_CACHED_SETS) {
        interned.clear();
        generation += 1;
      }
      node = { states: sorted, accepts: sorted.some((s) => states[s]?.type === 'match'), next: [], generation };
      interned.set(key, node);
    }
    return node;
  };
  const step = (from: Node, code: number): Node => {
    const c = String.fromCharCode(code);
    const into = new Set<number>();
    for (const s of from.states) {
      const state = states[s] as State;
      if (state.type === 'match' || state.type === 'split') continue;
      if (state.type === 'char' ? state.char !== c : state.type === 'name-char' && c === '/') continue;
      for (const t of closures[state.next] as readonly number[]) into.add(t);
    }
    return intern([...into]);
  };
  const startSet = closures[states.length - 1] as readonly number[];
  let start = intern(startSet);
  return (path) => {
    // After the table started over, the old start would keep every old set alive through its steps.
    if (start.generation !== generation) start = intern(startSet);
    let node = start;
    for (let i = 0; i < path.length && node.states.length > 0; i++) {
      const code = path.charCodeAt(i);
      node = node.next[code] ?? (node.next[code] = step(node, code));
    }
    return node.accepts;
  };
}

/** Sets of states remembered per pattern; a path of 4 096 characters meets at most that many. */
const MAX_CACHED_SETS = 4096;

/** The states that consume a character (or match) reachable from `start` through splits alone. */
function closure(states: readonly State[], start: number): number[] {
  const seen = new Set<number>();
  const found: number[] = [];
  const stack = [start];
  while (stack.length > 0) {
    const s = stack.pop() as number;
    if (seen.has(s)) continue;
    seen.add(s);
    const state = states[s] as State;
    if (state.type === 'split') stack.push(state.alt, state.next);
    else found.push(s);
  }
  return found;
}
