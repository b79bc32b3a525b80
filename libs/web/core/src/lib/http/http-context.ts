import { HttpContextToken } from '@angular/common/http';

/**
 * Set on a request that handles its own errors (e.g. a status indicator), so the
 * API interceptor does not also show an error toast.
 */
export const SKIP_ERROR_TOAST = new HttpContextToken<boolean>(() => false);
