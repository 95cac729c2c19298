import type { Subject } from './subject';
import { SERVICE_SUBJECTS } from './serviceSubjects';
import { SUPERVISION_SUBJECTS } from './supervisionSubjects';

export type { Subject } from './subject';

/** Every subject a generated notice can be about. */
export const SUBJECTS: readonly Subject[] = [...SUPERVISION_SUBJECTS, ...SERVICE_SUBJECTS];
