/** The agreed shape of an eval section (tests/eval/sections/*.ts): a name and rows of figures. */
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
