import express from 'express';
import { ApiError } from '../../errors.js';
import { csrfFailed } from '../auth/auth-errors.js';
import { sendError } from '../auth/auth-routes.js';
import { passesCsrfCheck, resolveViewer, type AuthServices } from '../auth/request-viewer.js';
import { requireRoleOrScope } from '../auth/viewer.js';
import type { ObservationImportService } from './observation-import-service.js';

/** Large enough for a few hundred thousand rows. */
const maxFileSize = '50mb';

/**
 * `POST /import` with the CSV as a `text/csv` body, for machine clients with an API key
 * (scope observations:write) and for the studio (an editor's session and CSRF token).
 * `?dryRun=true` only reports; otherwise every row is written or, when any is invalid, none.
 * `?fileName=` names the upload in the import history.
 */
export function createImportRoutes(
  imports: ObservationImportService,
  auth: AuthServices,
): express.Router {
  const router = express.Router();
  router.post(
    '/import',
    express.text({ type: ['text/csv', 'text/plain', 'application/csv'], limit: maxFileSize }),
    async (req, res) => {
      const viewer = await resolveViewer(auth, req.headers);
      let actor;
      try {
        if (!passesCsrfCheck(viewer)) throw csrfFailed();
        actor = requireRoleOrScope(viewer, 'EDITOR', 'observations:write', 'import observations');
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const code = String(error.extensions.code);
        sendError(res, code === 'UNAUTHENTICATED' ? 401 : 403, code, error.message);
        return;
      }
      if (typeof req.body !== 'string') {
        sendError(
          res,
          415,
          'BAD_USER_INPUT',
          'Send the CSV file as the request body with Content-Type: text/csv.',
        );
        return;
      }
      const fileName =
        typeof req.query.fileName === 'string' && req.query.fileName
          ? req.query.fileName
          : 'upload.csv';
      const input = { csv: req.body, fileName: fileName.slice(0, 200) };
      const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
      const report = dryRun ? await imports.dryRun(input) : await imports.commit(input, actor);
      res.status(dryRun || report.committed ? 200 : 422).json(report);
    },
  );
  return router;
}
