/** "Bildbeskrivning:" or "Syntolkning:" in the post: the image is described in the text itself. */
export const describedInPost = /(?<!\p{L})(?:bildbeskrivning|syntolkning)\s*:/iu;
