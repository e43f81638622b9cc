export {
  configSchema,
  egressSettings,
  STAGES,
  type LailatovConfig,
  type StageName,
} from './schema.js';
export { priceTableOf } from './prices.js';
export {
  CONFIG_PATH,
  applyOverrides,
  loadConfigAt,
  loadConfigFile,
  parseConfig,
  testCommandArgs,
  type ConfigOverrides,
} from './load.js';
