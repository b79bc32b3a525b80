/** A web address that starts with `https://` (logos, cover images). */
export const HTTPS_URL_PATTERN = /^https:\/\/[^\s/$.?#][^\s]*$/i;
