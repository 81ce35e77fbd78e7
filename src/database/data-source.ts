import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npx typeorm -d dist/database/data-source.js migration:show`). */
export default new DataSource(dataSourceOptions(loadAppConfig().database.url));
