import type Ajv from 'ajv';

export const SCHEMA_DIR: string;
export const SCHEMA_ID_BASE: string;
export function schemaId(file: string): string;
export const KIND_SCHEMAS: Record<string, string>;
export function readSchemas(): Record<string, unknown>[];
export function createAjv(options?: { standalone?: boolean }): Ajv.default;
