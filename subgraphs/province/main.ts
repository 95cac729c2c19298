import { runLevelSubgraph } from '../level/server';

runLevelSubgraph('PROVINCE');
