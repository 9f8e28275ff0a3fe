/** The agreed shape of an eval section module (tests/eval/sections/*.ts): its default export. */
export interface EvalRow {
  metric: string;
  value: number | string;
  goal?: string;
  met?: boolean;
}

export interface EvalSection {
  name: string;
  run(testdataDir: string): Promise<EvalRow[]>;
}
