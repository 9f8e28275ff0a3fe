import { lazy } from 'react';

// Every page but the editor loads on demand, each as its own chunk: the editor, where most visits
// start, then carries no gallery, review or profile code (issue 16, item 9).
export const ReviewPage = lazy(() => import('./ReviewPage.tsx').then((module) => ({ default: module.ReviewPage })));
export const RulesPage = lazy(() => import('./RulesPage.tsx').then((module) => ({ default: module.RulesPage })));
export const RulePage = lazy(() => import('./RulePage.tsx').then((module) => ({ default: module.RulePage })));
export const GalleryPage = lazy(() => import('./GalleryPage.tsx').then((module) => ({ default: module.GalleryPage })));
export const ProfilePage = lazy(() => import('./ProfilePage.tsx').then((module) => ({ default: module.ProfilePage })));
export const ExercisePage = lazy(() => import('./ExercisePage.tsx').then((module) => ({ default: module.ExercisePage })));
