import type { RequestHandler, Response } from 'express';

/** Notes when a request reached the app, so that deadlines count the time it waited for its turn. */
export const noteArrival: RequestHandler = (_req, res, next) => {
  res.locals.arrivedAt = performance.now();
  next();
};

export const arrivedAt = (res: Response): number => (res.locals.arrivedAt as number | undefined) ?? performance.now();
