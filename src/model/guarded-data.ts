import { child, parsePointer } from './pointer.js';

/**
 * Thrown when a domain rule reads a value that failed its schema (or a required field that is
 * missing). The rule engine catches it and skips that rule for the document it was checking: the
 * rule needed an input that is not valid, and the schema finding already says what is wrong.
 */
export class InvalidInputRead extends Error {
  constructor(readonly pointer: string) {
    super(`read of the invalid value at ${pointer === '' ? '(the document)' : pointer}`);
    this.name = 'InvalidInputRead';
  }
}

/** A trie of the invalid places of a document: a node is invalid itself, or leads to some. */
interface Node {
  invalid: boolean;
  children: Map<string, Node>;
}

/**
 * A document's data as a domain rule may see it when parts of it failed their schema: everything
 * valid reads as usual, and reading an invalid value, or a required field that is missing, throws
 * {@link InvalidInputRead}. So a rule never sees a value of the wrong type or form, and one that
 * needs such a value stops for that document only, while every rule that does not need it runs.
 *
 * `invalid` are RFC 6901 pointers. Only the paths that lead to an invalid value are wrapped; below
 * them the data is the plain data, at no cost. Data without invalid places is returned as it is.
 */
export function guardData<T>(data: T, invalid: readonly string[]): T {
  if (invalid.length === 0) return data;
  const root: Node = { invalid: false, children: new Map() };
  for (const pointer of invalid) {
    let node = root;
    for (const segment of parsePointer(pointer)) {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { invalid: false, children: new Map() }));
      node = next;
    }
    node.invalid = true;
  }
  if (root.invalid) throw new InvalidInputRead('');
  // One proxy per object, so that identity holds across reads (rules cache by object).
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown, node: Node, pointer: string): unknown => {
    if (value === null || typeof value !== 'object' || node.children.size === 0) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, handler(node, pointer));
      proxies.set(value, proxy);
    }
    return proxy;
  };
  const handler = (node: Node, pointer: string): ProxyHandler<object> => {
    const lookup = (key: string | symbol): Node | undefined => {
      if (typeof key === 'symbol') return undefined;
      const next = node.children.get(key);
      if (next?.invalid) throw new InvalidInputRead(child(pointer, key));
      return next;
    };
    return {
      get(target, key, receiver) {
        const next = lookup(key);
        const value: unknown = Reflect.get(target, key, receiver);
        return next ? wrap(value, next, child(pointer, key as string)) : value;
      },
      has(target, key) {
        lookup(key);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor(target, key) {
        lookup(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      set() {
        throw new TypeError('document data is read-only');
      },
      deleteProperty() {
        throw new TypeError('document data is read-only');
      },
      defineProperty() {
        throw new TypeError('document data is read-only');
      },
    };
  };
  return wrap(data, root, '') as T;
}

/** Whether an error is a rule reading an invalid value, which skips the rule rather than failing. */
export function isInvalidInputRead(error: unknown): error is InvalidInputRead {
  return error instanceof InvalidInputRead;
}

/** The value `read` gives, or undefined when it needs a value that failed its schema. */
export function readIfValid<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (isInvalidInputRead(error)) return undefined;
    throw error;
  }
}
