import { paPath } from '../pas/index.js';

/** Where training's pages are. A PA's part is under their page; the rest under /training. */
export const trainingTab = (workerId: string, sub = '') => paPath(workerId, `/training${sub}`);
export const recordPath = (workerId: string, recordId = 'new') => trainingTab(workerId, `/record/${recordId}`);
export const deleteRecordPath = (workerId: string, recordId: string) => trainingTab(workerId, `/record/${recordId}/delete`);
export const qualificationPath = (workerId: string, id = 'new') => trainingTab(workerId, `/qualifications/${id}`);
export const deleteQualificationPath = (workerId: string, id: string) => trainingTab(workerId, `/qualifications/${id}/delete`);
export const deletePlanPath = (workerId: string, planId: string) => trainingTab(workerId, `/plans/${planId}/delete`);
export const needPath = (workerId: string, topicId: string) => trainingTab(workerId, `/needs/${topicId}`);
export const standardPath = (workerId: string, n: number) => trainingTab(workerId, `/care-certificate/${n}`);
export const planItPath = (workerId: string, topicId: string) => `/training/plan/${workerId}/${topicId}`;
export const topicPath = (topicId = 'new') => `/training/topics/${topicId}`;
