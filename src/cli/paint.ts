import { Chalk } from 'chalk';
import { NO_PAINT, type Paint } from '../present/formatters/formatter.js';

/** Colours for the formatters, or none. Level 1 (16 colours) reads well on every terminal. */
export function createPaint(color: boolean): Paint {
  if (!color) return NO_PAINT;
  const chalk = new Chalk({ level: 1 });
  return {
    red: (t) => chalk.red(t),
    yellow: (t) => chalk.yellow(t),
    green: (t) => chalk.green(t),
    cyan: (t) => chalk.cyan(t),
    dim: (t) => chalk.dim(t),
    bold: (t) => chalk.bold(t),
    underline: (t) => chalk.underline(t),
  };
}
