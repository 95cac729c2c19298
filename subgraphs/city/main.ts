import { runLevelSubgraph } from '../level/server';

runLevelSubgraph('CITY');
