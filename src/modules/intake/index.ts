// Public surface of the intake module for other modules: the streaming file readers and the CSV writer.
export {
  openSource,
  type OpenedSource,
  type OpenSourceOptions,
  type SourceFormat,
  type SourceInfo,
  type SourceRow,
} from './intake.readers';
export { csvWithBom, safeCell, toCsvLine } from './intake.csv';
