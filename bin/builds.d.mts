export const projectRoot: string;
export const server: { inputs: string[]; dir: string; entry: string };
export const webInputs: string[];
export function sourceHash(inputs: string[]): string;
export function isCurrent(dir: string, inputs: string[]): boolean;
export function stamp(dir: string, inputs: string[]): void;
export function buildServer(): Promise<void>;
