import { runLevelSubgraph } from '../level/server';

runLevelSubgraph('COUNTY');
